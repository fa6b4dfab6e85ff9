#include "cli/terminal_text.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

TEST(TerminalTextTest, PrintableTextIsUnchanged) {
  EXPECT_EQ(escape_for_terminal("_ga GA1.2 café 日本 🍪 ~!"), "_ga GA1.2 café 日本 🍪 ~!");
  EXPECT_EQ(escape_for_terminal(""), "");
}

TEST(TerminalTextTest, ControlCharactersBecomeVisibleEscapes) {
  EXPECT_EQ(escape_for_terminal("a\x1b[2Jb"), "a\\x1b[2Jb");
  EXPECT_EQ(escape_for_terminal("\x1b]0;title\x07"), "\\x1b]0;title\\x07");
  EXPECT_EQ(escape_for_terminal(std::string("x\0y\ty\nz\r\x7f", 9)),
            "x\\x00y\\x09y\\x0az\\x0d\\x7f");
  EXPECT_EQ(escape_for_terminal("\xc2\x9b"
                                "31m"),
            "\\u{009b}31m");  // C1 CSI, as UTF-8
}

TEST(TerminalTextTest, BidiControlsThatReorderALineAreEscaped) {
  EXPECT_EQ(escape_for_terminal("abc\u202Efdp.exe"), "abc\\u{202e}fdp.exe");
  EXPECT_EQ(escape_for_terminal("\u2066x\u2069\u200F"), "\\u{2066}x\\u{2069}\\u{200f}");
}

TEST(TerminalTextTest, InvalidUtf8IsEscapedBytePerByte) {
  EXPECT_EQ(escape_for_terminal("a\x9b"
                                "b"),
            "a\\x9bb");                                                        // a bare 8-bit CSI
  EXPECT_EQ(escape_for_terminal("\xc3"), "\\xc3");                             // cut short
  EXPECT_EQ(escape_for_terminal("\xc0\xaf"), "\\xc0\\xaf");                    // overlong "/"
  EXPECT_EQ(escape_for_terminal("\xed\xa0\x80"), "\\xed\\xa0\\x80");           // a surrogate
  EXPECT_EQ(escape_for_terminal("\xf4\x90\x80\x80"), "\\xf4\\x90\\x80\\x80");  // past U+10FFFF
}

TEST(TerminalTextTest, ABackslashIsDoubledSoEscapesCannotBeForged) {
  EXPECT_EQ(escape_for_terminal("\\x1b"), "\\\\x1b");
  EXPECT_NE(escape_for_terminal("\\x1b"), escape_for_terminal("\x1b"));
}

}  // namespace
}  // namespace consentry
