#include "classifier/classifier.h"

#include <gtest/gtest.h>

#include "model/caution.h"

namespace consentry {
namespace {

constexpr double kNow = 1'700'000'000;

constexpr std::string_view kData = R"({"group": "g", "vendors": [
  {"id": "acme-analytics", "name": "Acme Analytics", "source": "https://acme.example/cookies",
   "domains": ["acme-stats.com"], "domain_category": "performance",
   "cookies": [
     {"name": "_acme", "category": "performance", "purpose": "distinguishes visitors"},
     {"name": "_acme_", "match": "prefix", "category": "performance", "purpose": "keeps a property's session"},
     {"name": "_acx[0-9]+", "match": "regex", "category": "targeting", "purpose": "holds a campaign"},
     {"name": "session", "category": "necessary", "purpose": "keeps the shop session",
      "domains": ["acme-shop.com"]},
     {"name": "acme_login", "category": "necessary", "purpose": "keeps the Acme sign-in"},
     {"name": "acme_consent", "category": "necessary", "purpose": "stores the cookie choices"}]},
  {"id": "cdn", "name": "Some CDN", "source": "https://cdn.example/cookies",
   "domains": ["cdn.example"], "cookies": []},
  {"id": "ocd-pixelco", "name": "PixelCo", "source": "https://pixelco.example/",
   "cookies": [
     {"name": "pxc_id", "category": "targeting", "purpose": "identifies the browser for ads",
      "from": "open-cookie-database:1"},
     {"name": "pxc_", "match": "prefix", "category": "targeting", "purpose": "serves ads",
      "from": "open-cookie-database:2"}]},
  {"id": "tac-widgetco", "name": "WidgetCo", "source": "https://widgetco.example/",
   "cookies": [
     {"name": "wco_seen", "category": "performance", "purpose": "listed among its cookies",
      "from": "tarteaucitron:widgetco"}]}]})";

class ClassifierTest : public ::testing::Test {
 protected:
  std::unique_ptr<Classifier> classifier = Classifier::load({{"test.json", kData}});

  Classification classify(std::string name, std::string domain, std::string site = "") const {
    Cookie cookie;
    cookie.name = std::move(name);
    cookie.domain = std::move(domain);
    cookie.site = std::move(site);
    return classifier->classify(cookie, kNow);
  }
};

TEST_F(ClassifierTest, CountsRulesAndVendors) {
  EXPECT_EQ(classifier->rule_count(), 9u);
  EXPECT_EQ(classifier->vendor_count(), 4u);
}

TEST_F(ClassifierTest, KnowledgeBaseHitNamesVendorPurposeAndCookie) {
  Classification result = classify("_acme", ".example.com");
  EXPECT_EQ(result.category, Category::performance);
  EXPECT_EQ(result.reason,
            "Acme Analytics: distinguishes visitors (_acme); from the vendor's documentation");
  EXPECT_EQ(result.rule, "acme-analytics/_acme");
  EXPECT_EQ(result.vendor, "Acme Analytics");
  EXPECT_GE(result.confidence, 0.9);
}

TEST_F(ClassifierTest, PrefixAndPatternHitsQuoteTheActualName) {
  Classification prefix = classify("_acme_123", ".example.com");
  EXPECT_EQ(
      prefix.reason,
      "Acme Analytics: keeps a property's session (_acme_123); from the vendor's documentation");
  EXPECT_EQ(prefix.rule, "acme-analytics/_acme_");
  Classification pattern = classify("_acx42", ".example.com");
  EXPECT_EQ(pattern.category, Category::targeting);
  EXPECT_EQ(pattern.rule, "acme-analytics/_acx[0-9]+");
}

// Each caution level admits one more source (model/caution.h): careful only the documented
// cookies, balanced also the Open Cookie Database, strict also tarteaucitron's service lists.
TEST_F(ClassifierTest, ConfidenceFollowsHowMuchTheSourceKnowsOfTheCookie) {
  double documented = classify("_acme", ".example.com").confidence;
  double open_list = classify("pxc_id", ".example.com").confidence;
  double open_list_prefix = classify("pxc_zone", ".example.com").confidence;
  double service_list = classify("wco_seen", ".example.com").confidence;
  EXPECT_GE(documented, confidence_needed(Caution::careful));
  EXPECT_LT(open_list, confidence_needed(Caution::careful));
  EXPECT_GE(open_list_prefix, confidence_needed(Caution::balanced));
  EXPECT_LT(open_list_prefix, open_list);
  EXPECT_LT(service_list, confidence_needed(Caution::balanced));
  EXPECT_GE(service_list, confidence_needed(Caution::strict));
}

TEST_F(ClassifierTest, DomainScopedRuleUsesTheCookiesRegistrableDomain) {
  EXPECT_EQ(classify("session", "www.acme-shop.com").rule, "acme-analytics/session");
  EXPECT_EQ(classify("session", "other.com").rule, "signals");
}

TEST_F(ClassifierTest, VendorDomainDecidesUnnamedThirdPartyCookies) {
  Classification result = classify("zz", ".acme-stats.com", "https://news.example.org/a");
  EXPECT_EQ(result.category, Category::performance);
  EXPECT_EQ(result.rule, "domain:acme-stats.com");
  EXPECT_EQ(result.vendor, "Acme Analytics");
  EXPECT_EQ(
      result.reason,
      "Acme Analytics: set by its analytics domain acme-stats.com on another site (zz); from the "
      "vendor's documentation");
}

TEST_F(ClassifierTest, AVendorsOwnNecessaryCookieSeenThirdPartyServesItsDomainsPurpose) {
  Classification away = classify("acme_login", ".acme-stats.com", "https://news.example.org/");
  EXPECT_EQ(away.category, Category::performance);
  EXPECT_EQ(away.rule, "domain:acme-stats.com");
  EXPECT_EQ(away.reason,
            "Acme Analytics: keeps the Acme sign-in on its own site, but here set by its analytics "
            "domain acme-stats.com on another site (acme_login); from the vendor's documentation");
  EXPECT_EQ(classify("acme_login", ".acme-stats.com", "https://www.acme-stats.com/").category,
            Category::necessary);
  // A record of cookie choices stays necessary wherever it is seen.
  EXPECT_EQ(classify("acme_consent", ".acme-stats.com", "https://news.example.org/").category,
            Category::necessary);
}

TEST_F(ClassifierTest, VendorDomainDoesNotApplyFirstParty) {
  EXPECT_EQ(classify("zz", ".acme-stats.com", "https://www.acme-stats.com/").rule, "signals");
  EXPECT_EQ(classify("zz", ".acme-stats.com").rule, "signals");
}

TEST_F(ClassifierTest, VendorDomainWithoutCategoryIsNoEvidence) {
  EXPECT_EQ(classify("zz", "cdn.example", "https://news.example.org/").rule, "signals");
}

TEST_F(ClassifierTest, PartitionKeyGivesTheSite) {
  Cookie cookie;
  cookie.name = "zz";
  cookie.domain = ".acme-stats.com";
  cookie.partition_top_level_site = "https://news.example.org";
  EXPECT_EQ(classifier->classify(cookie, kNow).rule, "domain:acme-stats.com");
}

TEST_F(ClassifierTest, UnknownCookiesGetSignalsWithTheirReason) {
  Cookie cookie;
  cookie.name = "shop_sess";
  cookie.domain = "shop.example";
  cookie.http_only = true;
  Classification result = classifier->classify(cookie, kNow);
  EXPECT_EQ(result.category, Category::necessary);
  EXPECT_EQ(result.rule, "signals");
  EXPECT_EQ(result.reason.rfind("Unknown cookie; looks like a session id: name contains 'sess'", 0),
            0u)
      << result.reason;
}

TEST(BuiltinClassifier, LoadsTheShippedKnowledgeBase) {
  std::unique_ptr<Classifier> classifier = Classifier::load_builtin();
  EXPECT_GT(classifier->rule_count(), 0u);
  EXPECT_GT(classifier->vendor_count(), 0u);
}

TEST(BuiltinClassifier, InvalidDataThrowsWithTheFileName) {
  try {
    Classifier::load({{"broken.json", "{\"group\": 1}"}});
    FAIL() << "no error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("broken.json"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace consentry
