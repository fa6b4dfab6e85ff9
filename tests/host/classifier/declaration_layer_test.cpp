#include "classifier/declaration_layer.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

Classification guessed(Category category) {
  return {category, 0.4, "unknown cookie: weak evidence, leaning to necessary",
          std::string(kSignalsRule), ""};
}

Classification documented(Category category) {
  return {category, 0.95, "Google Analytics: distinguishes visitors (_ga)", "google-analytics/_ga",
          "Google Analytics"};
}

SiteDeclaration site_says(const std::string& name, Category category, const std::string& label) {
  return SiteDeclaration("example.com", "cookiebot", 0, {{name, false, category, label}});
}

TEST(DeclarationLayer, ACookieNoVendorDocumentsTakesTheSitesWord) {
  Classification result = apply_site_declaration(
      guessed(Category::necessary), site_says("zq_vx", Category::targeting, "marketing"), "zq_vx");
  EXPECT_EQ(result.category, Category::targeting);
  EXPECT_EQ(result.reason, "declared by this site's consent banner (Cookiebot): marketing (zq_vx)");
  EXPECT_EQ(result.rule, "declared:cookiebot");
  ASSERT_TRUE(result.declared);
  EXPECT_TRUE(result.declared->decided);
  EXPECT_FALSE(result.declared->contradicts);
  EXPECT_GT(result.confidence, 0.4);
}

TEST(DeclarationLayer, ASiteCannotCallADocumentedTrackerNecessary) {
  Classification result = apply_site_declaration(
      documented(Category::performance), site_says("_ga", Category::necessary, "necessary"), "_ga");
  EXPECT_EQ(result.category, Category::performance);
  EXPECT_EQ(result.rule, "google-analytics/_ga");
  EXPECT_NE(result.reason.find("this site's consent banner (Cookiebot) calls it necessary, but the "
                               "vendor's documentation decides"),
            std::string::npos)
      << result.reason;
  ASSERT_TRUE(result.declared);
  EXPECT_FALSE(result.declared->decided);
  EXPECT_TRUE(result.declared->contradicts);
  EXPECT_EQ(result.declared->category, Category::necessary);
}

TEST(DeclarationLayer, TheSitesStricterWordWinsOverOurRules) {
  Classification ours = documented(Category::necessary);
  ours.reason = "PHP: keeps the visitor's session on a PHP site (PHPSESSID)";
  Classification result = apply_site_declaration(
      ours, site_says("PHPSESSID", Category::targeting, "marketing"), "PHPSESSID");
  EXPECT_EQ(result.category, Category::targeting);
  EXPECT_EQ(
      result.reason,
      "declared by this site's consent banner (Cookiebot): marketing; stricter than necessary "
      "from PHP: keeps the visitor's session on a PHP site (PHPSESSID)");
  ASSERT_TRUE(result.declared);
  EXPECT_TRUE(result.declared->decided);
  EXPECT_TRUE(result.declared->contradicts);
}

TEST(DeclarationLayer, AgreementKeepsOurAnswerWithTheSitesWordBesideIt) {
  Classification result =
      apply_site_declaration(documented(Category::performance),
                             site_says("_ga", Category::performance, "statistics"), "_ga");
  EXPECT_EQ(result.reason, documented(Category::performance).reason);
  ASSERT_TRUE(result.declared);
  EXPECT_FALSE(result.declared->contradicts);
  EXPECT_FALSE(result.declared->decided);
  EXPECT_EQ(result.declared->label, "statistics");
}

TEST(DeclarationLayer, ACookieTheSiteDoesNotNameIsLeftAlone) {
  Classification result = apply_site_declaration(
      guessed(Category::necessary), site_says("other", Category::targeting, "marketing"), "zq_vx");
  EXPECT_EQ(result.category, Category::necessary);
  EXPECT_FALSE(result.declared);
}

}  // namespace
}  // namespace consentry
