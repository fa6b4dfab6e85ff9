#include "cli/prefs_command.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

TEST(PrefsCommandTest, DescribesDefaults) {
  std::string text = describe_preferences(Preferences{});
  EXPECT_NE(text.find("Everywhere: allowed: necessary, functional; refused: performance, targeting"),
            std::string::npos) << text;
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
  EXPECT_NE(text.find("  example.com: allowed: necessary, functional, targeting; refused: performance"),
            std::string::npos) << text;
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

}  // namespace
}  // namespace consentry
