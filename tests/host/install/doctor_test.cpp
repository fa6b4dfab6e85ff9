#include "install/doctor.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "install/install.h"
#include "store/atomic_file.h"
#include "support/environment_scope.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;
using nlohmann::json;

constexpr const char* kFix = "consentry-host install --browser ";
constexpr const char* kOtherChromiumId = "abcdefghijklmnopabcdefghijklmnop";

// A user folder and a system-wide folder of the test's own; "this program" is the test binary.
struct DoctorTest : ::testing::Test {
  testing::TempDir temp;
  ManifestLocations where{temp / "user/org.consentry.host.json",
                          temp / "system/org.consentry.host.json"};
  DoctorOptions options{fs::read_symlink("/proc/self/exe"), {}, "consentry-host"};

  // What `install` writes for `browser` into `file`'s folder, naming `program`.
  void install_into(const fs::path& file, Browser browser, const fs::path& program) {
    InstallOptions install_options;
    install_options.browsers = {browser};
    install_options.dir = file.parent_path();
    install_options.binary = program;
    install_options.data_dir = temp / "data";
    install(install_options);
  }

  // `file` as install writes it for `browser`, with `change` applied.
  void write_changed(const fs::path& file, Browser browser, const json& change) {
    fs::remove(file);  // install would refuse a manifest of another name
    install_into(file, browser, options.program);
    json manifest = json::parse(*read_file(file));
    manifest.merge_patch(change);
    write_file_atomically(file, manifest.dump(), kReadableFileMode);
  }

  BrowserDiagnosis diagnosed(Browser browser) { return diagnose(browser, where, options); }

  // The one finding, which must block.
  DoctorFinding only_problem(Browser browser) {
    BrowserDiagnosis diagnosis = diagnosed(browser);
    EXPECT_FALSE(diagnosis.reaches_host());
    EXPECT_EQ(diagnosis.findings.size(), 1u);
    if (diagnosis.findings.empty()) return {};
    EXPECT_TRUE(diagnosis.findings[0].blocking);
    return diagnosis.findings[0];
  }

  fs::path make_program(const std::string& name, fs::perms mode) {
    fs::path program = temp / name;
    std::ofstream(program.string()) << "#!/bin/sh\n";
    fs::permissions(program, mode);
    return program;
  }
};

std::string with(const std::string& text, const std::string& part) {
  return text.find(part) == std::string::npos ? "'" + text + "' lacks '" + part + "'" : "";
}

TEST_F(DoctorTest, AManifestAsInstallWritesItReachesTheHost) {
  install_into(where.user, Browser::chromium, options.program);
  BrowserDiagnosis diagnosis = diagnosed(Browser::chromium);
  EXPECT_TRUE(diagnosis.reaches_host());
  EXPECT_TRUE(diagnosis.findings.empty());
  EXPECT_EQ(diagnosis.manifest, where.user);
  EXPECT_FALSE(diagnosis.system_wide);
}

TEST_F(DoctorTest, NoManifestAnywhereSaysWhereTheBrowserLooks) {
  DoctorFinding finding = only_problem(Browser::firefox);
  EXPECT_EQ(finding.problem,
            "no manifest: it looks for " + where.user.string() + " and " + where.system->string());
  EXPECT_EQ(finding.fix, std::string(kFix) + "firefox");
  EXPECT_FALSE(diagnosed(Browser::firefox).manifest);
}

TEST_F(DoctorTest, AManifestThatIsNotJsonMustBeRemovedBeforeInstalling) {
  fs::create_directories(where.user.parent_path());
  write_file_atomically(where.user, "{\"name\": ", kReadableFileMode);
  DoctorFinding finding = only_problem(Browser::chrome);
  EXPECT_EQ(with(finding.problem, where.user.string() + " is not valid JSON"), "");
  EXPECT_EQ(finding.fix, "rm " + where.user.string() + " && " + kFix + "chrome");
  write_file_atomically(where.user, "[1]", kReadableFileMode);
  EXPECT_EQ(with(only_problem(Browser::chrome).problem, "is not a JSON object"), "");
}

TEST_F(DoctorTest, AManifestThatCannotBeReadIsNamed) {
  fs::create_directories(where.user);  // a folder where the file should be
  DoctorFinding finding = only_problem(Browser::edge);
  EXPECT_EQ(with(finding.problem, where.user.string() + " cannot be read"), "");
  EXPECT_EQ(with(finding.fix, "install --browser edge"), "");
}

TEST_F(DoctorTest, TheProgramMustExistBeExecutableAndBeThisOne) {
  write_changed(where.user, Browser::chromium, {{"path", (temp / "gone").string()}});
  DoctorFinding gone = only_problem(Browser::chromium);
  EXPECT_EQ(gone.problem, where.user.string() + " names \"" + (temp / "gone").string() +
                              "\", which does not exist");
  EXPECT_EQ(gone.fix, std::string(kFix) + "chromium");

  fs::path plain = make_program("plain", fs::owner_read | fs::owner_write);
  write_changed(where.user, Browser::chromium, {{"path", plain.string()}});
  EXPECT_EQ(with(only_problem(Browser::chromium).problem, "which is not an executable file"), "");

  fs::path other = make_program("other-host", fs::owner_all);
  write_changed(where.user, Browser::chromium, {{"path", other.string()}});
  EXPECT_EQ(with(only_problem(Browser::chromium).problem,
                 "another program than this one (\"" + options.program.string() + "\")"),
            "");

  write_changed(where.user, Browser::chromium, {{"path", "consentry-host"}});
  EXPECT_EQ(with(only_problem(Browser::chromium).problem, "relative path"), "");
  write_changed(where.user, Browser::chromium, {{"path", nullptr}});
  EXPECT_EQ(with(only_problem(Browser::chromium).problem, "names no program"), "");
}

TEST_F(DoctorTest, TheExtensionIdsMustBeAllowed) {
  write_changed(
      where.user, Browser::chromium,
      {{"allowed_origins", json::array({"chrome-extension://abcdefghijklmnopabcdefghijklmnop/"})}});
  DoctorFinding finding = only_problem(Browser::chromium);
  EXPECT_EQ(with(finding.problem,
                 "does not allow Consentry's extension (allowed_origins lacks "
                 "\"chrome-extension://bbknmoenegficbneloggpepccmghfhab/\")"),
            "");
  EXPECT_EQ(finding.fix, std::string(kFix) + "chromium");

  install_into(where.user, Browser::chromium, options.program);
  options.recorded.chromium = {kOtherChromiumId};  // installed for it, but not in this manifest
  EXPECT_EQ(with(only_problem(Browser::chromium).problem,
                 std::string("lacks \"chrome-extension://") + kOtherChromiumId + "/\""),
            "");

  write_changed(where.user, Browser::firefox, {{"allowed_extensions", json::array()}});
  EXPECT_EQ(with(only_problem(Browser::firefox).problem, "lacks \"consentry@consentry.org\""), "");
}

TEST_F(DoctorTest, AManifestOfTheOtherKindIsNamedAsSuch) {
  install_into(where.user, Browser::firefox, options.program);
  EXPECT_EQ(with(only_problem(Browser::brave).problem,
                 "has no allowed_origins list (it is a manifest for Firefox)"),
            "");
}

TEST_F(DoctorTest, AnotherHostsNameMustBeRemovedFirstAndAWrongTypeIsReplaced) {
  write_changed(where.user, Browser::chromium, {{"name", "com.example.other"}});
  DoctorFinding name = only_problem(Browser::chromium);
  EXPECT_EQ(name.problem, where.user.string() +
                              " names the host \"com.example.other\", not \"org.consentry.host\"");
  EXPECT_EQ(name.fix, "rm " + where.user.string() + " && " + kFix + "chromium");
  write_changed(where.user, Browser::chromium, {{"name", "org.consentry.host"}, {"type", "pipe"}});
  DoctorFinding type = only_problem(Browser::chromium);
  EXPECT_EQ(type.problem, where.user.string() + " has type \"pipe\", not \"stdio\"");
  EXPECT_EQ(type.fix, std::string(kFix) + "chromium");
}

TEST_F(DoctorTest, PathsWithSpacesAreQuotedInTheFix) {
  where.user = temp / "Application Support/org.consentry.host.json";
  fs::create_directories(where.user.parent_path());
  write_file_atomically(where.user, "not json", kReadableFileMode);
  EXPECT_EQ(only_problem(Browser::chrome).fix,
            "rm '" + where.user.string() + "' && " + kFix + "chrome");
}

TEST_F(DoctorTest, WithoutAManifestOfTheUsersTheSystemWideOneIsUsed) {
  install_into(*where.system, Browser::chromium, options.program);
  BrowserDiagnosis fine = diagnosed(Browser::chromium);
  EXPECT_TRUE(fine.reaches_host());
  EXPECT_EQ(fine.manifest, where.system);
  EXPECT_TRUE(fine.system_wide);

  // A package's manifest naming its own binary, not this one: the user's own manifest shadows it.
  install_into(*where.system, Browser::chromium, make_program("packaged-host", fs::owner_all));
  DoctorFinding finding = only_problem(Browser::chromium);
  EXPECT_EQ(with(finding.problem,
                 where.system->string() +
                     " (system-wide; used because you have no manifest of your own) names"),
            "");
  EXPECT_EQ(finding.fix, std::string(kFix) + "chromium");
  install_into(where.user, Browser::chromium, options.program);
  EXPECT_TRUE(diagnosed(Browser::chromium).reaches_host());
}

TEST_F(DoctorTest, ChromiumUsesTheUsersManifestEvenWhenItIsBroken) {
  install_into(*where.system, Browser::chromium, options.program);
  write_changed(where.user, Browser::chromium, {{"type", "pipe"}});
  BrowserDiagnosis diagnosis = diagnosed(Browser::chromium);
  EXPECT_FALSE(diagnosis.reaches_host());
  EXPECT_EQ(diagnosis.manifest, where.user);
  ASSERT_EQ(diagnosis.findings.size(), 1u);
  EXPECT_EQ(with(diagnosis.findings[0].problem, where.user.string()), "");
}

TEST_F(DoctorTest, FirefoxSkipsAManifestItCannotUseForTheSystemWideOne) {
  install_into(*where.system, Browser::firefox, options.program);
  fs::create_directories(where.user.parent_path());
  write_file_atomically(where.user, "not json", kReadableFileMode);
  BrowserDiagnosis diagnosis = diagnosed(Browser::firefox);
  EXPECT_TRUE(diagnosis.reaches_host());
  EXPECT_EQ(diagnosis.manifest, where.system);
  ASSERT_EQ(diagnosis.findings.size(), 1u);
  EXPECT_FALSE(diagnosis.findings[0].blocking);
  EXPECT_EQ(with(diagnosis.findings[0].problem, "; Firefox skips it"), "");
  EXPECT_EQ(diagnosis.findings[0].fix, "rm " + where.user.string() + " && " + kFix + "firefox");

  // Once it is skipped, a system-wide manifest that names another program is what fails.
  install_into(*where.system, Browser::firefox, make_program("packaged-host", fs::owner_all));
  diagnosis = diagnosed(Browser::firefox);
  EXPECT_FALSE(diagnosis.reaches_host());
  ASSERT_EQ(diagnosis.findings.size(), 2u);
  EXPECT_EQ(with(diagnosis.findings[1].problem, "used because Firefox skips yours"), "");
}

TEST_F(DoctorTest, FirefoxUsesTheUsersManifestWhenOnlyItsProgramIsWrong) {
  install_into(*where.system, Browser::firefox, options.program);
  write_changed(where.user, Browser::firefox, {{"path", (temp / "gone").string()}});
  BrowserDiagnosis diagnosis = diagnosed(Browser::firefox);
  EXPECT_FALSE(diagnosis.reaches_host());
  EXPECT_EQ(diagnosis.manifest, where.user);
  ASSERT_EQ(diagnosis.findings.size(), 1u);
  EXPECT_EQ(with(diagnosis.findings[0].problem, "which does not exist"), "");
}

TEST_F(DoctorTest, BrowsersWithoutASystemFolderLookOnlyInTheUsers) {
  where.system.reset();
  EXPECT_EQ(only_problem(Browser::vivaldi).problem,
            "no manifest: it looks for " + where.user.string());
}

#ifndef __APPLE__
TEST(ManifestLocationsTest, TheBrowsersOwnFolders) {
  testing::TempDir temp;
  testing::EnvironmentScope environment;
  environment.set("HOME", temp.path().c_str());
  environment.set("XDG_CONFIG_HOME", nullptr);
  ManifestLocations opera = manifest_locations(Browser::opera);
  EXPECT_EQ(opera.user, temp / ".config/opera/NativeMessagingHosts/org.consentry.host.json");
  EXPECT_FALSE(opera.system);
  EXPECT_EQ(manifest_locations(Browser::brave).system,
            fs::path("/etc/opt/chrome/native-messaging-hosts/org.consentry.host.json"));
}
#endif

}  // namespace
}  // namespace consentry
