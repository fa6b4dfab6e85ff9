#include "cli/command_line.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

CommandLine parse(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"/usr/bin/consentry-host"};
  argv.insert(argv.end(), args.begin(), args.end());
  return parse_command_line(argv);
}

template <typename T>
T command_of(const std::vector<std::string>& args) {
  CommandLine line = parse(args);
  if (auto* print = std::get_if<PrintAndExit>(&line.command);
      print && !std::is_same_v<T, PrintAndExit>) {
    ADD_FAILURE() << print->err;
  }
  EXPECT_TRUE(std::holds_alternative<T>(line.command));
  return std::holds_alternative<T>(line.command) ? std::get<T>(line.command) : T{};
}

PrintAndExit printed(const std::vector<std::string>& args) {
  return command_of<PrintAndExit>(args);
}

TEST(CommandLineTest, ChromiumLaunchServesAndNamesTheCaller) {
  auto serve = command_of<ServeOptions>({"chrome-extension://abcdefghijklmnopabcdefghijklmnop/"});
  EXPECT_EQ(serve.caller, "chrome-extension://abcdefghijklmnopabcdefghijklmnop/");
  EXPECT_EQ(serve.max_message_bytes, kDefaultMaxRequestBytes);
  auto windows = command_of<ServeOptions>({"chrome-extension://abc/", "--parent-window=7"});
  EXPECT_EQ(windows.caller, "chrome-extension://abc/");
}

TEST(CommandLineTest, FirefoxLaunchServesAndNamesTheAddOn) {
  auto serve =
      command_of<ServeOptions>({"/home/u/.mozilla/native-messaging-hosts/org.consentry.host.json",
                                "consentry@consentry.org"});
  EXPECT_EQ(serve.caller, "consentry@consentry.org");
}

TEST(CommandLineTest, ServeTakesTheRequestLimit) {
  EXPECT_FALSE(command_of<ServeOptions>({"serve"}).caller);
  EXPECT_EQ(command_of<ServeOptions>({"serve", "--max-message-bytes", "4096"}).max_message_bytes,
            4096u);
  EXPECT_EQ(printed({"serve", "--max-message-bytes", "0"}).exit_code, 2);
  EXPECT_EQ(printed({"serve", "--max-message-bytes", "lots"}).exit_code, 2);
}

TEST(CommandLineTest, DataDirIsGlobal) {
  EXPECT_EQ(parse({"--data-dir", "/tmp/x", "prefs"}).data_dir, "/tmp/x");
  EXPECT_EQ(parse({"inspect", "--data-dir", "/tmp/y"}).data_dir, "/tmp/y");
  EXPECT_FALSE(parse({"prefs"}).data_dir);
}

TEST(CommandLineTest, ClassifyReadsAFileOrStdin) {
  EXPECT_EQ(command_of<ClassifyOptions>({"classify", "cookies.jsonl"}).file, "cookies.jsonl");
  EXPECT_EQ(command_of<ClassifyOptions>({"classify"}).file, "");
  EXPECT_EQ(command_of<ClassifyOptions>({"classify", "-"}).file, "-");
  EXPECT_EQ(printed({"classify", "a", "b"}).exit_code, 2);
}

TEST(CommandLineTest, InspectTakesAnOptionalFileAndJson) {
  auto inspect = command_of<InspectOptions>({"inspect", "export.jsonl", "--json"});
  EXPECT_EQ(inspect.file, "export.jsonl");
  EXPECT_TRUE(inspect.json);
  EXPECT_FALSE(command_of<InspectOptions>({"inspect"}).file);
}

TEST(CommandLineTest, PrefsShowsSetsAndResets) {
  EXPECT_EQ(command_of<PrefsOptions>({"prefs"}).action, PrefsOptions::Action::show);
  EXPECT_TRUE(command_of<PrefsOptions>({"prefs", "--json", "show"}).json);
  auto set =
      command_of<PrefsOptions>({"prefs", "set", "targeting", "allow", "--site", "example.com"});
  EXPECT_EQ(set.action, PrefsOptions::Action::set);
  EXPECT_EQ(set.category, Category::targeting);
  EXPECT_TRUE(set.allowed);
  EXPECT_EQ(set.site, "example.com");
  auto refuse = command_of<PrefsOptions>({"prefs", "set", "functional", "refuse"});
  EXPECT_FALSE(refuse.allowed);
  EXPECT_FALSE(refuse.site);
  auto reset = command_of<PrefsOptions>({"prefs", "reset", "example.com"});
  EXPECT_EQ(reset.action, PrefsOptions::Action::reset);
  EXPECT_EQ(reset.site, "example.com");
}

TEST(CommandLineTest, PrefsUsageErrorsExit2) {
  EXPECT_EQ(printed({"prefs", "set", "cookies", "allow"}).exit_code, 2);
  EXPECT_EQ(printed({"prefs", "set", "targeting", "maybe"}).exit_code, 2);
  EXPECT_EQ(printed({"prefs", "set", "targeting"}).exit_code, 2);
  EXPECT_EQ(printed({"prefs", "reset"}).exit_code, 2);
}

TEST(CommandLineTest, InstallAndUninstallTakeBrowsersIdsAndFolders) {
  auto install = command_of<InstallCommandOptions>({"install", "--browser", "chromium", "--browser",
                                                    "firefox", "--extension-id", "abc",
                                                    "--extension-id", "x@y", "--dir", "/tmp/m"});
  EXPECT_FALSE(install.uninstall);
  EXPECT_EQ(install.browsers, (std::vector<std::string>{"chromium", "firefox"}));
  EXPECT_EQ(install.extension_ids, (std::vector<std::string>{"abc", "x@y"}));
  EXPECT_EQ(install.dir, "/tmp/m");
  EXPECT_FALSE(install.system);
  auto uninstall = command_of<InstallCommandOptions>({"uninstall", "--system", "--browser", "all"});
  EXPECT_TRUE(uninstall.uninstall);
  EXPECT_TRUE(uninstall.system);
  EXPECT_TRUE(command_of<InstallCommandOptions>({"install"}).browsers.empty());
  EXPECT_EQ(
      command_of<InstallCommandOptions>({"install", "--browser", "vivaldi", "--browser", "opera"})
          .browsers,
      (std::vector<std::string>{"vivaldi", "opera"}));
  EXPECT_EQ(printed({"install", "--browser", "netscape"}).exit_code, 2);
  EXPECT_EQ(printed({"install", "--system", "--dir", "/tmp/m"}).exit_code, 2);
}

TEST(CommandLineTest, DoctorTakesJson) {
  EXPECT_FALSE(command_of<DoctorCommandOptions>({"doctor"}).json);
  EXPECT_TRUE(command_of<DoctorCommandOptions>({"doctor", "--json"}).json);
  EXPECT_EQ(printed({"doctor", "--browser", "chrome"}).exit_code, 2);
}

TEST(CommandLineTest, VersionAndHelpPrintAndExit0) {
  EXPECT_EQ(printed({"--version"}).out, std::string(CONSENTRY_VERSION) + "\n");
  PrintAndExit help = printed({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* command :
       {"serve", "classify", "inspect", "prefs", "install", "uninstall", "doctor"}) {
    EXPECT_NE(help.out.find(command), std::string::npos) << command;
  }
  EXPECT_NE(printed({"classify", "--help"}).out.find("FILE"), std::string::npos);
  EXPECT_NE(printed({"install", "--help"}).out.find("Vivaldi and Opera"), std::string::npos);
}

TEST(CommandLineTest, UsageErrorsExit2WithAClearMessage) {
  PrintAndExit unknown = printed({"frobnicate"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown command \"frobnicate\""), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("--help"), std::string::npos);
  EXPECT_EQ(printed({}).exit_code, 2);
  EXPECT_EQ(printed({"serve", "--bogus"}).exit_code, 2);
  EXPECT_EQ(printed({"--data-dir"}).exit_code, 2);
}

}  // namespace
}  // namespace consentry
