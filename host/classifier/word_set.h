// Which of a fixed list of lower-case words occur in a text, ignoring ASCII case, found in one
// pass over it without a lower-case copy. The signals layer looks for a few dozen stems in every
// unknown cookie's name and value; one search per word took more time than the rest of scoring.
#pragma once
#include <array>
#include <bit>
#include <cstdint>
#include <string_view>

#include "base/ascii_lower.h"

namespace consentry {

template <size_t N>
class WordSet {
  static_assert(N <= 64, "the words found are reported as a 64-bit set");

 public:
  // Every word must be non-empty and lower-case.
  constexpr explicit WordSet(const std::array<std::string_view, N>& words) : words_(words) {
    for (size_t i = 0; i < N; ++i) {
      char first = words[i].front();
      by_first_byte_[static_cast<unsigned char>(first)] |= uint64_t{1} << i;
      if (first >= 'a' && first <= 'z') {
        by_first_byte_[static_cast<unsigned char>(first - 'a' + 'A')] |= uint64_t{1} << i;
      }
    }
  }

  // Bit i is set when words[i] occurs in `text`, in any ASCII case.
  uint64_t found_in(std::string_view text) const {
    uint64_t found = 0;
    for (size_t at = 0; at < text.size(); ++at) {
      for (uint64_t candidates = by_first_byte_[static_cast<unsigned char>(text[at])] & ~found;
           candidates != 0; candidates &= candidates - 1) {
        size_t index = static_cast<size_t>(std::countr_zero(candidates));
        if (occurs_at(text, at, words_[index])) found |= uint64_t{1} << index;
      }
    }
    return found;
  }

  std::string_view word(size_t index) const { return words_[index]; }

 private:
  // The first byte is known to match.
  static bool occurs_at(std::string_view text, size_t at, std::string_view word) {
    if (text.size() - at < word.size()) return false;
    for (size_t i = 1; i < word.size(); ++i) {
      if (ascii_lower(text[at + i]) != word[i]) return false;
    }
    return true;
  }

  std::array<std::string_view, N> words_;
  std::array<uint64_t, 256> by_first_byte_{};
};

}  // namespace consentry
