#include "cli/prefs_command.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "support/host_process.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

TEST(PrefsCommandTest, DescribesDefaults) {
  std::string text = describe_preferences(Preferences{});
  EXPECT_NE(
      text.find("Everywhere: allowed: necessary, functional; refused: performance, targeting"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("Session cookies: always kept"), std::string::npos);
  EXPECT_NE(text.find("Sites with their own choice: none"), std::string::npos);
  EXPECT_NE(text.find("Always kept: none"), std::string::npos);
}

TEST(PrefsCommandTest, DescribesSitesAndTheKeepList) {
  Preferences preferences;
  preferences.sites["example.com"].set(Category::targeting, true);
  preferences.keep_list.insert({"example.org", "prefs"});
  preferences.delete_session_cookies = true;
  std::string text = describe_preferences(preferences);
  EXPECT_NE(
      text.find("  example.com: allowed: necessary, functional, targeting; refused: performance"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("  prefs on example.org"), std::string::npos);
  EXPECT_NE(text.find("deleted when refused"), std::string::npos);
}

// Keep-list names are cookie names a page chose: shown escaped, never sent to the terminal raw.
TEST(PrefsCommandTest, KeptCookieNamesAreEscapedForTheTerminal) {
  Preferences preferences;
  preferences.keep_list.insert({"example.org", "\x1b]0;title\x07id"});
  std::string text = describe_preferences(preferences);
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_NE(text.find("  \\x1b]0;title\\x07id on example.org"), std::string::npos) << text;
}

TEST(PrefsCommandTest, SetsACategoryGloballyAndForASite) {
  testing::TempDir dir;
  EXPECT_EQ(testing::run_host(dir, {"prefs", "set", "targeting", "allow"}, "").exit_code, 0);
  testing::HostRun run = testing::run_host(
      dir, {"prefs", "set", "functional", "off", "--site", "https://www.shop.example/x"}, "");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(
      run.out.find("Everywhere: allowed: necessary, functional, targeting; refused: performance"),
      std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find(
                "  shop.example: allowed: necessary, targeting; refused: functional, performance"),
            std::string::npos)
      << run.out;
}

TEST(PrefsCommandTest, RefusingNecessaryOrANonSiteExits2AndChangesNothing) {
  testing::TempDir dir;
  EXPECT_EQ(testing::run_host(dir, {"prefs", "set", "targeting", "allow"}, "").exit_code, 0);
  std::string saved = testing::file_contents(dir / "data" / "preferences.json");

  testing::HostRun necessary = testing::run_host(dir, {"prefs", "set", "necessary", "refuse"}, "");
  EXPECT_EQ(necessary.exit_code, 2);
  EXPECT_NE(necessary.err.find("CATEGORY: necessary cookies are always allowed"), std::string::npos)
      << necessary.err;
  testing::HostRun not_a_site =
      testing::run_host(dir, {"prefs", "set", "targeting", "refuse", "--site", "a b/c"}, "");
  EXPECT_EQ(not_a_site.exit_code, 2);
  EXPECT_NE(not_a_site.err.find("--site: \"a b/c\" is not a site"), std::string::npos)
      << not_a_site.err;
  EXPECT_EQ(testing::run_host(dir, {"prefs", "reset", ""}, "").exit_code, 2);
  EXPECT_EQ(testing::file_contents(dir / "data" / "preferences.json"), saved);
}

}  // namespace
}  // namespace consentry
