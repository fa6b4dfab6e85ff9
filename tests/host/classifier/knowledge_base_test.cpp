#include "classifier/knowledge_base.h"

#include <gtest/gtest.h>

#include <set>

#include "classifier/knowledge_base_lint.h"
#include "json/untrusted_json.h"
#include "model/site.h"

namespace consentry {
namespace {

std::string error_of(std::string_view text) {
  try {
    parse_knowledge_base({{"test.json", text}});
  } catch (const InvalidKnowledgeBase& error) {
    return error.what();
  }
  return "no error";
}

constexpr std::string_view kValid = R"({"group": "g", "vendors": [
  {"id": "acme", "name": "Acme", "source": "https://acme.example/cookies",
   "domains": ["acme.example"], "domain_category": "targeting",
   "cookies": [
     {"name": "acme_id", "category": "targeting", "purpose": "identifies the browser"},
     {"name": "acme_", "match": "prefix", "category": "performance", "purpose": "counts visits"},
     {"name": "acme[0-9]+", "match": "regex", "case_insensitive": true, "category": "functional",
      "purpose": "keeps a setting", "domains": ["shop.example"]}]}]})";

TEST(KnowledgeBase, ReadsEveryField) {
  KnowledgeBase kb = parse_knowledge_base({{"test.json", kValid}});
  ASSERT_EQ(kb.vendors.size(), 1u);
  EXPECT_EQ(kb.vendors[0].name, "Acme");
  EXPECT_EQ(kb.vendors[0].domain_category, Category::targeting);
  ASSERT_EQ(kb.rules.size(), 3u);
  EXPECT_EQ(kb.rules[0].id, "acme/acme_id");
  EXPECT_EQ(kb.rules[1].match, MatchKind::prefix);
  EXPECT_EQ(kb.rules[2].match, MatchKind::regex);
  EXPECT_TRUE(kb.rules[2].case_insensitive);
  EXPECT_EQ(kb.rules[2].domains, std::vector<std::string>{"shop.example"});
}

TEST(KnowledgeBase, ErrorsNameFileVendorAndRule) {
  std::string error = error_of(R"({"group": "g", "vendors": [{"id": "acme", "name": "Acme",
    "source": "https://a.example", "cookies": [{"name": "x", "category": "tracking",
    "purpose": "p"}]}]})");
  EXPECT_NE(error.find("test.json"), std::string::npos) << error;
  EXPECT_NE(error.find("vendor \"acme\""), std::string::npos) << error;
  EXPECT_NE(error.find("rule \"x\""), std::string::npos) << error;
  EXPECT_NE(error.find("category"), std::string::npos) << error;
}

TEST(KnowledgeBase, RejectsBrokenEntries) {
  auto vendor = [](std::string_view fields, std::string_view rule) {
    return R"({"group": "g", "vendors": [{"id": "acme", "name": "Acme", )" + std::string(fields) +
           R"("cookies": [)" + std::string(rule) + "]}]}";
  };
  std::string source = R"("source": "https://a.example", )";
  std::string good_rule = R"({"name": "x", "category": "necessary", "purpose": "p"})";
  EXPECT_NE(error_of("{"), "no error");
  EXPECT_NE(error_of(vendor("", good_rule)).find("missing \"source\""), std::string::npos);
  EXPECT_NE(error_of(vendor(source, R"({"name": "(", "match": "regex", "category": "necessary",
    "purpose": "p"})"))
                .find("invalid regex"),
            std::string::npos);
  EXPECT_NE(error_of(vendor(source, R"({"name": "x", "match": "glob", "category": "necessary",
    "purpose": "p"})"))
                .find("\"match\""),
            std::string::npos);
  EXPECT_NE(error_of(vendor(source, R"({"name": "x", "category": "necessary", "purpose": "P"})"))
                .find("lower-case"),
            std::string::npos);
  EXPECT_NE(error_of(vendor(source, R"({"name": "x", "category": "necessary", "purpose": "p."})"))
                .find("period"),
            std::string::npos);
  EXPECT_NE(error_of(vendor(source, R"({"name": "x", "categroy": "necessary", "purpose": "p"})"))
                .find("unknown field \"categroy\""),
            std::string::npos);
  EXPECT_NE(error_of(vendor(source + R"("domain_category": "targeting", )", good_rule))
                .find("needs \"domains\""),
            std::string::npos);
  EXPECT_NE(error_of(vendor(source + R"("domains": [".Acme.com"], )", good_rule))
                .find("registrable domains"),
            std::string::npos);
}

TEST(KnowledgeBase, KeepsEachRulesSourceAndTheSettledConflicts) {
  KnowledgeBase kb = parse_knowledge_base({{"imported/x.json", R"json({"group": "g", "vendors": [
    {"id": "acme", "name": "Acme", "source": "https://a.example", "cookies": [
      {"name": "a", "category": "targeting", "purpose": "p", "from": "open-cookie-database:1"},
      {"name": "b", "category": "necessary", "purpose": "p"}]}],
    "conflicts": [{"name": "c", "kept": "reviewed:acme (necessary)",
                   "dropped": "tarteaucitron:acme says targeting"}]})json"}});
  EXPECT_EQ(kb.rules[0].from, "open-cookie-database:1");
  EXPECT_EQ(kb.rules[1].from, "reviewed");
  EXPECT_EQ(list_source_conflicts(kb),
            std::vector<std::string>{"imported/x.json: c: kept reviewed:acme (necessary); left out "
                                     "tarteaucitron:acme says targeting"});
  EXPECT_NE(error_of(R"({"group": "g", "vendors": [], "conflicts": [{"name": "c"}]})")
                .find("missing \"kept\""),
            std::string::npos);
}

TEST(KnowledgeBase, VendorIdsAreUniqueAcrossFiles) {
  EXPECT_THROW(parse_knowledge_base({{"a.json", kValid}, {"b.json", kValid}}),
               InvalidKnowledgeBase);
}

TEST(KnowledgeBase, RuleAppliesOnItsDomainsOnly) {
  KnowledgeBase kb = parse_knowledge_base({{"test.json", kValid}});
  EXPECT_TRUE(rule_applies_on(kb.rules[0], "anything.example"));
  EXPECT_TRUE(rule_applies_on(kb.rules[2], "shop.example"));
  EXPECT_FALSE(rule_applies_on(kb.rules[2], "other.example"));
}

// The shipped data (host/data/*.json): parses, and every rule can win.
TEST(BuiltinKnowledgeBase, IsValid) {
  KnowledgeBase kb = parse_knowledge_base(embedded_data_files());
  EXPECT_FALSE(kb.vendors.empty());
  std::set<std::string> ids;
  for (const KbVendor& vendor : kb.vendors) {
    EXPECT_TRUE(ids.insert(vendor.id).second) << vendor.id;
    EXPECT_FALSE(vendor.source.empty()) << vendor.id;
  }
  for (const std::string& problem : lint_knowledge_base(kb)) ADD_FAILURE() << problem;
}

// The start parses the compiled-in files without the duplicate-key scan of untrusted input: a key
// written twice in a vendor or rule would silently mean its last value, so it is caught here.
TEST(BuiltinKnowledgeBase, HasNoDuplicateKeys) {
  UntrustedJsonParser parser;
  for (const EmbeddedFile& file : embedded_data_files()) {
    EXPECT_NO_THROW(parser.parse(file.text)) << file.name;
  }
}

// Rules and vendors name the domains the classifier compares: registrable domains by libpsl,
// which the importer's simpler guess (scripts/kb/domains.mjs) must agree with.
TEST(BuiltinKnowledgeBase, DomainsAreRegistrable) {
  KnowledgeBase kb = parse_knowledge_base(embedded_data_files());
  for (const KbVendor& vendor : kb.vendors) {
    for (const std::string& domain : vendor.domains) {
      EXPECT_EQ(registrable_domain(domain), domain) << vendor.id;
    }
  }
  for (const KbRule& rule : kb.rules) {
    for (const std::string& domain : rule.domains) {
      EXPECT_EQ(registrable_domain(domain), domain) << rule.id;
    }
  }
}

// Every imported rule names its source; the reviewed files are ours.
TEST(BuiltinKnowledgeBase, ImportedRulesNameTheirSource) {
  KnowledgeBase kb = parse_knowledge_base(embedded_data_files());
  size_t imported = 0;
  for (const KbRule& rule : kb.rules) {
    bool from_import = kb.vendors[rule.vendor].file.starts_with("imported/");
    EXPECT_EQ(from_import, rule.from != "reviewed") << rule.id << " from " << rule.from;
    imported += from_import;
  }
  EXPECT_GT(imported, 0u);
}

}  // namespace
}  // namespace consentry
