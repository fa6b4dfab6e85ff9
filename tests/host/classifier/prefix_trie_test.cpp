#include "classifier/prefix_trie.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

KbRule rule(std::string name, std::vector<std::string> domains = {}) {
  KbRule result;
  result.name = std::move(name);
  result.match = MatchKind::prefix;
  result.domains = std::move(domains);
  return result;
}

TEST(PrefixTrie, FindsTheLongestApplicablePrefix) {
  KbRule short_rule = rule("_g"), long_rule = rule("_ga_"), scoped = rule("_ga_x", {"a.com"});
  PrefixTrie trie;
  trie.insert(short_rule.name, &short_rule);
  trie.insert(long_rule.name, &long_rule);
  trie.insert(scoped.name, &scoped);
  EXPECT_EQ(trie.longest("_ga_123", "b.com").rule, &long_rule);
  EXPECT_EQ(trie.longest("_ga_123", "b.com").length, 4u);
  EXPECT_EQ(trie.longest("_ga_x1", "a.com").rule, &scoped);
  EXPECT_EQ(trie.longest("_ga_x1", "b.com").rule, &long_rule);
  EXPECT_EQ(trie.longest("_gid", "b.com").rule, &short_rule);
  EXPECT_EQ(trie.longest("_ga_", "b.com").rule, &long_rule);  // a name may equal the prefix
  EXPECT_EQ(trie.longest("x_ga_", "b.com").rule, nullptr);
  EXPECT_EQ(trie.longest("", "b.com").rule, nullptr);
}

TEST(PrefixTrie, FirstInsertedWinsAtOneNode) {
  KbRule scoped = rule("p_", {"a.com"}), unscoped = rule("p_");
  PrefixTrie trie;
  trie.insert(scoped.name, &scoped);
  trie.insert(unscoped.name, &unscoped);
  EXPECT_EQ(trie.longest("p_1", "a.com").rule, &scoped);
  EXPECT_EQ(trie.longest("p_1", "c.com").rule, &unscoped);
}

}  // namespace
}  // namespace consentry
