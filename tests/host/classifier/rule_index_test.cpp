#include "classifier/rule_index.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

// Each rule's purpose is its own label, so a test can say which rule won.
KnowledgeBase knowledge_base(std::string_view cookies) {
  return parse_knowledge_base({{"test.json", R"({"group": "g", "vendors": [{"id": "v",
    "name": "V", "source": "https://v.example", "cookies": [)" +
                                                 std::string(cookies) + "]}]}"}});
}

std::string winner(const RuleIndex& index, std::string_view name,
                   std::string_view domain = "a.com") {
  const KbRule* rule = index.find(name, domain);
  return rule ? rule->purpose : "none";
}

TEST(RuleIndex, ExactBeatsPrefixBeatsPattern) {
  KnowledgeBase kb = knowledge_base(R"(
    {"name": "_x.*", "match": "regex", "category": "targeting", "purpose": "pattern"},
    {"name": "_x", "match": "prefix", "category": "performance", "purpose": "prefix"},
    {"name": "_xy", "category": "necessary", "purpose": "exact"})");
  RuleIndex index(kb);
  EXPECT_EQ(winner(index, "_xy"), "exact");
  EXPECT_EQ(winner(index, "_xz"), "prefix");
  EXPECT_EQ(winner(index, "_y"), "none");
}

TEST(RuleIndex, LongestPrefixWins) {
  KnowledgeBase kb = knowledge_base(R"(
    {"name": "_h", "match": "prefix", "category": "targeting", "purpose": "short"},
    {"name": "_hjSession", "match": "prefix", "category": "performance", "purpose": "long"})");
  RuleIndex index(kb);
  EXPECT_EQ(winner(index, "_hjSessionUser_1"), "long");
  EXPECT_EQ(winner(index, "_hjS"), "short");
}

TEST(RuleIndex, PatternsMatchTheWholeNameAndKeepFileOrder) {
  KnowledgeBase kb = knowledge_base(R"(
    {"name": "ab[0-9]+", "match": "regex", "category": "targeting", "purpose": "first"},
    {"name": "a.*", "match": "regex", "category": "performance", "purpose": "second"})");
  RuleIndex index(kb);
  EXPECT_EQ(winner(index, "ab12"), "first");
  EXPECT_EQ(winner(index, "ab12x"), "second");
  EXPECT_EQ(winner(index, "xab12"), "none");
}

TEST(RuleIndex, DomainScopedRulesApplyOnlyOnTheirDomainsAndComeFirst) {
  KnowledgeBase kb = knowledge_base(R"(
    {"name": "session", "category": "targeting", "purpose": "generic"},
    {"name": "session", "category": "necessary", "purpose": "shop", "domains": ["shop.com"]},
    {"name": "id", "category": "targeting", "purpose": "scoped only", "domains": ["ads.com"]},
    {"name": "p_", "match": "prefix", "category": "targeting", "purpose": "generic prefix"},
    {"name": "p_", "match": "prefix", "category": "necessary", "purpose": "scoped prefix",
     "domains": ["shop.com"]},
    {"name": "r[0-9]", "match": "regex", "category": "necessary", "purpose": "scoped pattern",
     "domains": ["shop.com"]},
    {"name": "r.", "match": "regex", "category": "targeting", "purpose": "generic pattern"})");
  RuleIndex index(kb);
  EXPECT_EQ(winner(index, "session", "shop.com"), "shop");
  EXPECT_EQ(winner(index, "session", "other.com"), "generic");
  EXPECT_EQ(winner(index, "id", "ads.com"), "scoped only");
  EXPECT_EQ(winner(index, "id", "other.com"), "none");
  EXPECT_EQ(winner(index, "p_1", "shop.com"), "scoped prefix");
  EXPECT_EQ(winner(index, "p_1", "other.com"), "generic prefix");
  EXPECT_EQ(winner(index, "r1", "shop.com"), "scoped pattern");
  EXPECT_EQ(winner(index, "r1", "other.com"), "generic pattern");
}

TEST(RuleIndex, CaseInsensitiveRulesIgnoreCaseOthersDoNot) {
  KnowledgeBase kb = knowledge_base(R"(
    {"name": "Visitor", "case_insensitive": true, "category": "targeting", "purpose": "exact ci"},
    {"name": "Pre", "match": "prefix", "case_insensitive": true, "category": "targeting",
     "purpose": "prefix ci"},
    {"name": "pat[0-9]", "match": "regex", "case_insensitive": true, "category": "targeting",
     "purpose": "pattern ci"},
    {"name": "Strict", "category": "necessary", "purpose": "exact cs"})");
  RuleIndex index(kb);
  EXPECT_EQ(winner(index, "VISITOR"), "exact ci");
  EXPECT_EQ(winner(index, "preXYZ"), "prefix ci");
  EXPECT_EQ(winner(index, "PAT1"), "pattern ci");
  EXPECT_EQ(winner(index, "Strict"), "exact cs");
  EXPECT_EQ(winner(index, "strict"), "none");
}

TEST(RuleIndex, LongNamesAreSafe) {
  KnowledgeBase kb = knowledge_base(
      R"({"name": "Abc", "case_insensitive": true, "category": "targeting", "purpose": "ci"})");
  RuleIndex index(kb);
  EXPECT_EQ(winner(index, "abc" + std::string(500, 'x')), "none");
  EXPECT_EQ(winner(index, ""), "none");
}

}  // namespace
}  // namespace consentry
