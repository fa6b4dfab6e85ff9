#include "prefix_trie.h"

namespace consentry {

uint32_t PrefixTrie::child(uint32_t node, char c) const {
  for (const auto& [label, index] : nodes_[node].children) {
    if (label == c) return index;
  }
  return 0;
}

void PrefixTrie::insert(std::string_view prefix, const KbRule* rule) {
  uint32_t node = 0;
  for (char c : prefix) {
    uint32_t next = child(node, c);
    if (next == 0) {
      next = static_cast<uint32_t>(nodes_.size());
      nodes_[node].children.emplace_back(c, next);
      nodes_.emplace_back();
    }
    node = next;
  }
  nodes_[node].rules.push_back(rule);
}

PrefixTrie::Match PrefixTrie::longest(std::string_view name,
                                      std::string_view registrable_domain) const {
  Match best;
  uint32_t node = 0;
  for (size_t depth = 0; depth < name.size(); ++depth) {
    node = child(node, name[depth]);
    if (node == 0) break;
    for (const KbRule* rule : nodes_[node].rules) {
      if (rule_applies_on(*rule, registrable_domain)) {
        best = {rule, depth + 1};
        break;
      }
    }
  }
  return best;
}

}  // namespace consentry
