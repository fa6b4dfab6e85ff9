#include "install/install.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <boost/filesystem/operations.hpp>
#include <nlohmann/json.hpp>

#include "protocol/caller_check.h"
#include "store/atomic_file.h"
#include "store/storage_error.h"
#include "support/environment_scope.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;
using nlohmann::json;
using testing::TempDir;

constexpr const char* kOtherChromiumId = "abcdefghijklmnopabcdefghijklmnop";

// The repository's template for `kind` ("chromium" or "firefox") with the binary's path filled in.
json template_for(const std::string& kind, const fs::path& binary) {
  fs::path file = fs::path(CONSENTRY_TESTS_DIR) / ".." / "manifests" /
                  ("org.consentry.host." + kind + ".json.in");
  std::string text = *read_file(file);
  text.replace(text.find("@CONSENTRY_HOST_PATH@"), 21, binary.string());
  return json::parse(text);
}

json read_json(const fs::path& file) { return json::parse(*read_file(file)); }

unsigned mode_of(const fs::path& path) {
  struct stat status {};
  ::stat(path.c_str(), &status);
  return status.st_mode & 07777;
}

// Every regular file below `root`, relative to it, sorted.
std::vector<std::string> files_below(const fs::path& root) {
  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(root), end; it != end; ++it) {
    if (fs::is_regular_file(it->path())) files.push_back(fs::relative(it->path(), root).string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct InstallTest : ::testing::Test {
  TempDir temp;
  fs::path binary = fs::read_symlink("/proc/self/exe");  // any existing program will do

  InstallOptions options_for(std::vector<Browser> browsers) {
    InstallOptions options;
    options.browsers = std::move(browsers);
    options.dir = temp / "dir";
    options.binary = binary;
    options.data_dir = temp / "data";
    return options;
  }
};

TEST_F(InstallTest, DirGetsTheChromiumTemplateWithTheBinaryPath) {
  std::vector<ChangedFile> written = install(options_for({Browser::chromium, Browser::chrome}));
  fs::path manifest = temp / "dir" / "org.consentry.host.json";
  EXPECT_EQ(written, (std::vector<ChangedFile>{{manifest, {Browser::chromium, Browser::chrome}}}));
  EXPECT_EQ(read_json(manifest), template_for("chromium", binary));
  EXPECT_EQ(read_json(manifest)["allowed_origins"],
            json({"chrome-extension://bbknmoenegficbneloggpepccmghfhab/"}));
  EXPECT_EQ(files_below(temp.path()), std::vector<std::string>{"dir/org.consentry.host.json"});
}

TEST_F(InstallTest, DirGetsTheFirefoxTemplate) {
  install(options_for({Browser::firefox}));
  json manifest = read_json(temp / "dir" / "org.consentry.host.json");
  EXPECT_EQ(manifest, template_for("firefox", binary));
  EXPECT_EQ(manifest["allowed_extensions"], json({"consentry@consentry.org"}));
}

TEST_F(InstallTest, TheDefaultBinaryIsThisProgram) {
  InstallOptions options = options_for({Browser::chromium});
  options.binary.clear();
  install(options);
  EXPECT_EQ(read_json(temp / "dir" / "org.consentry.host.json")["path"],
            fs::read_symlink("/proc/self/exe").string());
}

TEST_F(InstallTest, ManifestsAreReadableAndNeverWorldWritableWhateverTheUmask) {
  mode_t previous = ::umask(0);
  install(options_for({Browser::chromium}));  // creates "dir" too
  ::umask(previous);
  unsigned mode = mode_of(temp / "dir" / "org.consentry.host.json");
  EXPECT_EQ(mode & 0022, 0u) << std::oct << mode;
  EXPECT_EQ(mode & 0444, 0444u) << std::oct << mode;
  EXPECT_EQ(mode_of(temp / "dir"), 0755u);
}

TEST_F(InstallTest, ExtraExtensionIdsAreAllowedAndRecorded) {
  InstallOptions options = options_for({Browser::chromium});
  options.extension_ids = {kOtherChromiumId,
                           std::string("chrome-extension://") + kOtherChromiumId + "/",
                           "beta@consentry.org", "{12345678-90ab-cdef-1234-567890abcdef}"};
  std::vector<ChangedFile> written = install(options);
  EXPECT_EQ(written.front(), (ChangedFile{temp / "data" / "installed-extensions.json", {}}));
  EXPECT_EQ(read_json(temp / "dir" / "org.consentry.host.json")["allowed_origins"],
            json({"chrome-extension://bbknmoenegficbneloggpepccmghfhab/",
                  std::string("chrome-extension://") + kOtherChromiumId + "/"}));

  fs::path data = temp / "data";
  EXPECT_TRUE(caller_allowed(std::string("chrome-extension://") + kOtherChromiumId + "/", data));
  EXPECT_TRUE(caller_allowed("beta@consentry.org", data));
  EXPECT_TRUE(caller_allowed("{12345678-90ab-cdef-1234-567890abcdef}", data));

  options.extension_ids = {"beta@consentry.org"};
  uninstall(options);
  EXPECT_FALSE(caller_allowed("beta@consentry.org", data));
  EXPECT_TRUE(caller_allowed(std::string("chrome-extension://") + kOtherChromiumId + "/", data));
}

TEST_F(InstallTest, EveryRecordedIdStaysAllowedWhenInstallingAgainWithoutIt) {
  InstallOptions chromium = options_for({Browser::chromium});
  chromium.extension_ids = {kOtherChromiumId, "beta@consentry.org"};
  install(chromium);
  chromium.extension_ids.clear();
  install(chromium);
  EXPECT_EQ(read_json(temp / "dir" / "org.consentry.host.json")["allowed_origins"],
            json({"chrome-extension://bbknmoenegficbneloggpepccmghfhab/",
                  std::string("chrome-extension://") + kOtherChromiumId + "/"}));
  InstallOptions firefox = options_for({Browser::firefox});
  firefox.dir = temp / "firefox";
  install(firefox);
  EXPECT_EQ(read_json(temp / "firefox" / "org.consentry.host.json")["allowed_extensions"],
            json({"consentry@consentry.org", "beta@consentry.org"}));
}

TEST_F(InstallTest, WithoutExtraIdsNothingIsRecordedAndOnlyDefaultsMayCall) {
  install(options_for({Browser::chromium}));
  EXPECT_FALSE(fs::exists(temp / "data"));
  EXPECT_TRUE(
      caller_allowed("chrome-extension://bbknmoenegficbneloggpepccmghfhab/", temp / "data"));
  EXPECT_FALSE(
      caller_allowed(std::string("chrome-extension://") + kOtherChromiumId + "/", temp / "data"));
}

TEST_F(InstallTest, AnUnreadableRecordStopsTheInstallBeforeAnyManifest) {
  fs::create_directories(temp / "data");
  write_file_atomically(temp / "data" / "installed-extensions.json", "{broken");
  InstallOptions options = options_for({Browser::firefox});
  options.extension_ids = {"beta@consentry.org"};
  EXPECT_THROW(install(options), StorageError);
  EXPECT_EQ(read_file(temp / "data" / "installed-extensions.json"), "{broken");
  EXPECT_FALSE(fs::exists(temp / "dir"));
}

TEST_F(InstallTest, BadOptionsAreRefusedBeforeAnythingIsWritten) {
  InstallOptions mixed = options_for({Browser::chrome, Browser::firefox});
  EXPECT_THROW(install(mixed), InstallError);
  InstallOptions bad_id = options_for({Browser::chrome});
  bad_id.extension_ids = {"../../etc/passwd"};
  EXPECT_THROW(install(bad_id), InstallError);
  InstallOptions relative = options_for({Browser::chrome});
  relative.binary = "consentry-host";
  EXPECT_THROW(install(relative), InstallError);
  InstallOptions missing = options_for({Browser::chrome});
  missing.binary = temp / "no-such-program";
  EXPECT_THROW(install(missing), InstallError);
  EXPECT_THROW(install(options_for({})), InstallError);
  EXPECT_TRUE(files_below(temp.path()).empty());
}

TEST_F(InstallTest, AForeignManifestIsNeverOverwrittenOrRemoved) {
  fs::path manifest = temp / "dir" / "org.consentry.host.json";
  fs::create_directories(manifest.parent_path());
  std::string foreign = R"({"name": "com.example.other", "path": "/usr/bin/other"})";
  write_file_atomically(manifest, foreign);
  try {
    install(options_for({Browser::chromium}));
    FAIL() << "overwrote a foreign manifest";
  } catch (const InstallError& error) {
    EXPECT_NE(std::string(error.what()).find("com.example.other"), std::string::npos);
  }
  EXPECT_THROW(uninstall(options_for({Browser::chromium})), InstallError);
  write_file_atomically(manifest, "not json");
  EXPECT_THROW(install(options_for({Browser::chromium})), InstallError);
  EXPECT_EQ(read_file(manifest), "not json");
}

TEST_F(InstallTest, ReinstallingReplacesOurOwnManifestAndUninstallRemovesIt) {
  install(options_for({Browser::chromium}));
  InstallOptions moved = options_for({Browser::chromium});
  moved.binary = fs::absolute(CONSENTRY_HOST_BINARY);
  install(moved);
  fs::path manifest = temp / "dir" / "org.consentry.host.json";
  EXPECT_EQ(read_json(manifest)["path"], moved.binary.string());
  EXPECT_EQ(uninstall(moved), (std::vector<ChangedFile>{{manifest, {Browser::chromium}}}));
  EXPECT_FALSE(fs::exists(manifest));
  EXPECT_TRUE(uninstall(moved).empty());
}

#ifndef __APPLE__
TEST_F(InstallTest, UserFoldersAreTheBrowsersOwnAndNothingElseIsWritten) {
  testing::EnvironmentScope environment;
  environment.set("HOME", (temp / "home").c_str());
  environment.set("XDG_CONFIG_HOME", nullptr);
  InstallOptions options = options_for({kAllBrowsers.begin(), kAllBrowsers.end()});
  options.dir.reset();
  std::vector<ChangedFile> written = install(options);
  std::vector<std::string> expected = {
      ".config/BraveSoftware/Brave-Browser/NativeMessagingHosts/org.consentry.host.json",
      ".config/chromium/NativeMessagingHosts/org.consentry.host.json",
      ".config/google-chrome/NativeMessagingHosts/org.consentry.host.json",
      ".config/microsoft-edge/NativeMessagingHosts/org.consentry.host.json",
      ".config/opera/NativeMessagingHosts/org.consentry.host.json",
      ".config/vivaldi/NativeMessagingHosts/org.consentry.host.json",
      ".mozilla/native-messaging-hosts/org.consentry.host.json",
  };
  EXPECT_EQ(written.size(), 7u);
  EXPECT_EQ(files_below(temp / "home"), expected);
  EXPECT_EQ(read_json(temp / "home" / expected[6]), template_for("firefox", binary));
  EXPECT_EQ(read_json(temp / "home" / expected[5]), template_for("chromium", binary));
  EXPECT_EQ(uninstall(options).size(), 7u);
  EXPECT_TRUE(files_below(temp / "home").empty());
}

TEST(InstallPathsTest, SystemManifestsAreOnePerFolderWithBraveSharingChromes) {
  InstallOptions options;
  options.system = true;
  options.browsers = {Browser::chrome, Browser::chromium, Browser::edge, Browser::brave,
                      Browser::firefox};
  EXPECT_EQ(
      manifest_paths(options),
      (std::vector<fs::path>{"/etc/opt/chrome/native-messaging-hosts/org.consentry.host.json",
                             "/etc/chromium/native-messaging-hosts/org.consentry.host.json",
                             "/etc/opt/edge/native-messaging-hosts/org.consentry.host.json",
                             "/usr/lib/mozilla/native-messaging-hosts/org.consentry.host.json"}));
}

TEST(InstallPathsTest, VivaldiAndOperaHaveNoSystemFolder) {
  InstallOptions options;
  options.system = true;
  options.browsers = {Browser::vivaldi};
  EXPECT_THROW(manifest_paths(options), InstallError);
}
#endif

}  // namespace
}  // namespace consentry
