// A string hash that lets std::unordered_map<std::string, ...> be searched with a string_view,
// so lookups on the hot path do not build a std::string.
#pragma once
#include <functional>
#include <string_view>

namespace consentry {

struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

}  // namespace consentry
