#include "base/shell_quote.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

TEST(ShellQuoteTest, PlainPathsStayAsTheyAre) {
  EXPECT_EQ(shell_quoted("/usr/bin/consentry-host"), "/usr/bin/consentry-host");
  EXPECT_EQ(shell_quoted("a_b@c%d+e=f:g,h.i-j"), "a_b@c%d+e=f:g,h.i-j");
}

TEST(ShellQuoteTest, AnythingElseIsOneSingleQuotedWord) {
  EXPECT_EQ(shell_quoted(""), "''");
  EXPECT_EQ(shell_quoted("/Users/me/Library/Application Support/x.json"),
            "'/Users/me/Library/Application Support/x.json'");
  EXPECT_EQ(shell_quoted("it's $HOME `x`"), "'it'\\''s $HOME `x`'");
}

}  // namespace
}  // namespace consentry
