// ASCII lower-casing, locale-free: hosts and sites (case-insensitive by DNS) and cookie names
// (compared case-insensitively by case_insensitive rules and name tokens, on the hot path, so
// without allocating).
#pragma once
#include <array>
#include <string>
#include <string_view>

namespace consentry {

constexpr char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// A lower-case ASCII copy of at most N characters of a name; longer names are cut, which only
// matters for names far longer than any rule or token.
template <size_t N = 128>
class AsciiLower {
 public:
  explicit AsciiLower(std::string_view text) : size_(text.size() < N ? text.size() : N) {
    for (size_t i = 0; i < size_; ++i) buffer_[i] = ascii_lower(text[i]);
  }
  std::string_view view() const { return {buffer_.data(), size_}; }

 private:
  std::array<char, N> buffer_;
  size_t size_;
};

// The same as a string, for building lookup tables at load time.
inline std::string ascii_lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = ascii_lower(c);
  return lower;
}

}  // namespace consentry
