// Longest-prefix lookup of knowledge-base prefix rules: one walk down a character trie per
// cookie name, no allocation.
#pragma once
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "knowledge_base.h"

namespace consentry {

class PrefixTrie {
 public:
  struct Match {
    const KbRule* rule = nullptr;
    size_t length = 0;  // of the matched prefix
  };

  // Rules are kept in insertion order at their node; insert domain-scoped rules first.
  void insert(std::string_view prefix, const KbRule* rule);

  // The rule of the longest prefix of `name` that applies on `registrable_domain`; at one
  // length the first inserted applicable rule wins.
  Match longest(std::string_view name, std::string_view registrable_domain) const;

 private:
  struct Node {
    std::vector<std::pair<char, uint32_t>> children;
    std::vector<const KbRule*> rules;
  };
  uint32_t child(uint32_t node, char c) const;  // 0 when absent (the root is never a child)
  std::vector<Node> nodes_{1};
};

}  // namespace consentry
