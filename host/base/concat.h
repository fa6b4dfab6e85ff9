// Joining text pieces into one string with a single allocation, for the reasons written on the
// hot path (a chain of + allocates and copies again as the string grows).
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

namespace consentry {

inline std::string concat(std::initializer_list<std::string_view> pieces) {
  size_t size = 0;
  for (std::string_view piece : pieces) size += piece.size();
  std::string text;
  text.reserve(size);
  for (std::string_view piece : pieces) text += piece;
  return text;
}

}  // namespace consentry
