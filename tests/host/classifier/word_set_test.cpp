#include "classifier/word_set.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

constexpr WordSet kWords(std::array<std::string_view, 4>{"cart", "car", "sess", "session"});

TEST(WordSet, FindsEveryWordAnywhereInTheText) {
  EXPECT_EQ(kWords.found_in("mycartsession"), 0b1111u);  // cart, car, sess, session
  EXPECT_EQ(kWords.found_in("xcar"), 0b0010u);
  EXPECT_EQ(kWords.found_in("sessid"), 0b0100u);
}

TEST(WordSet, FindsNothingInTextWithoutTheWords) {
  EXPECT_EQ(kWords.found_in(""), 0u);
  EXPECT_EQ(kWords.found_in("ca"), 0u);  // a word cut by the end of the text
  EXPECT_EQ(kWords.found_in("ses"), 0u);
}

TEST(WordSet, IgnoresAsciiCase) {
  EXPECT_EQ(kWords.found_in("CART"), 0b0011u);
  EXPECT_EQ(kWords.found_in("hjSessionUser"), 0b1100u);
  EXPECT_EQ(kWords.found_in("c\xC3\xA1rt"), 0u);  // only ASCII letters fold
}

TEST(WordSet, WordsSharingAFirstByteAreAllChecked) {
  EXPECT_EQ(kWords.found_in("scar"), 0b0010u);
  EXPECT_EQ(kWords.found_in("cacart"), 0b0011u);
  EXPECT_EQ(kWords.word(3), "session");
}

}  // namespace
}  // namespace consentry
