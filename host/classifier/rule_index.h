// The knowledge base compiled for lookup: exact names in hash maps, prefixes in tries, patterns
// in one RE2::Set. Precedence (host/data/README.md): exact (domain-scoped before unscoped), then
// the longest prefix (scoped before unscoped), then the first pattern in file order.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "knowledge_base.h"
#include "base/transparent_hash.h"
#include "prefix_trie.h"

namespace consentry {

class RuleIndex {
 public:
  // Keeps pointers into `kb`, which must outlive the index.
  explicit RuleIndex(const KnowledgeBase& kb);
  ~RuleIndex();

  // The rule that decides a cookie of this name on this registrable domain, or nullptr.
  const KbRule* find(std::string_view name, std::string_view registrable_domain) const;

 private:
  // Scoped rules first within each list.
  using ExactMap =
      std::unordered_map<std::string, std::vector<const KbRule*>, TransparentHash, std::equal_to<>>;

  const KbRule* find_exact(std::string_view name, std::string_view lower,
                           std::string_view domain) const;
  const KbRule* find_prefix(std::string_view name, std::string_view lower,
                            std::string_view domain) const;
  const KbRule* find_pattern(std::string_view name, std::string_view domain) const;

  ExactMap exact_;
  ExactMap exact_folded_;  // case_insensitive rules, keyed in lower case
  PrefixTrie prefixes_;
  PrefixTrie prefixes_folded_;
  struct PatternSet;
  std::unique_ptr<PatternSet> patterns_;
};

}  // namespace consentry
