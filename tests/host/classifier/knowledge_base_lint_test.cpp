#include "classifier/knowledge_base_lint.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

std::vector<std::string> lint(std::string_view cookies, std::string_view more_vendors = "") {
  std::string text = R"({"group": "g", "vendors": [{"id": "acme", "name": "Acme",
    "source": "https://a.example", "domains": ["acme.example"], "domain_category": "targeting",
    "cookies": [)" + std::string(cookies) +
                     "]}" + std::string(more_vendors) + "]}";
  return lint_knowledge_base(parse_knowledge_base({{"test.json", text}}));
}

TEST(KnowledgeBaseLint, SoundBaseHasNoProblem) {
  EXPECT_TRUE(lint(R"({"name": "a", "category": "necessary", "purpose": "p"},
                      {"name": "a", "match": "prefix", "category": "necessary", "purpose": "p"},
                      {"name": "a", "category": "necessary", "purpose": "p", "domains": ["x.com"]},
                      {"name": "b[0-9]+", "match": "regex", "category": "necessary", "purpose": "p"})")
                  .empty());
}

TEST(KnowledgeBaseLint, FindsDuplicates) {
  auto problems = lint(R"({"name": "a", "category": "necessary", "purpose": "p"},
                          {"name": "A", "case_insensitive": true, "category": "targeting", "purpose": "p"})");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "duplicate rules acme/a and acme/A");
}

TEST(KnowledgeBaseLint, DifferentCaseIsNoDuplicateWhenCaseMatters) {
  EXPECT_TRUE(lint(R"({"name": "a", "category": "necessary", "purpose": "p"},
                      {"name": "A", "category": "targeting", "purpose": "p"})")
                  .empty());
}

TEST(KnowledgeBaseLint, FindsPatternsAPrefixAlwaysBeats) {
  auto problems =
      lint(R"({"name": "_ab", "match": "prefix", "category": "necessary", "purpose": "p"},
                          {"name": "_abc[0-9]+", "match": "regex", "category": "targeting", "purpose": "p"})");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("acme/_abc[0-9]+ can never win"), std::string::npos) << problems[0];
}

TEST(KnowledgeBaseLint, FindsLiteralPatternsAnExactRuleBeats) {
  auto problems = lint(R"({"name": "abc", "category": "necessary", "purpose": "p"},
                          {"name": "abc", "match": "regex", "category": "targeting", "purpose": "p"})");
  ASSERT_EQ(problems.size(), 1u);
}

TEST(KnowledgeBaseLint, ScopedPrefixDoesNotShadowAnUnscopedPattern) {
  EXPECT_TRUE(lint(R"({"name": "_ab", "match": "prefix", "category": "necessary", "purpose": "p",
                       "domains": ["x.com"]},
                      {"name": "_abc[0-9]+", "match": "regex", "category": "targeting", "purpose": "p"})")
                  .empty());
}

TEST(KnowledgeBaseLint, FindsADomainWithTwoCategories) {
  auto problems = lint("", R"(, {"id": "other", "name": "Other", "source": "https://o.example",
    "domains": ["acme.example"], "domain_category": "performance", "cookies": []})");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("acme.example"), std::string::npos);
}

}  // namespace
}  // namespace consentry
