#include "model/site_declaration.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

TEST(NameMatchesPattern, StarsStandForAnyRunOfCharacters) {
  EXPECT_TRUE(name_matches_pattern("_ga_*", "_ga_ABC123"));
  EXPECT_TRUE(name_matches_pattern("_ga_*", "_ga_"));
  EXPECT_TRUE(name_matches_pattern("_hjSession_*", "_hjSession_123456"));
  EXPECT_TRUE(name_matches_pattern("*_session", "shop_session"));
  EXPECT_TRUE(name_matches_pattern("a*b*c", "axxbyyc"));
  EXPECT_FALSE(name_matches_pattern("_ga_*", "_gat"));
  EXPECT_FALSE(name_matches_pattern("a*b*c", "axxbyy"));
  EXPECT_FALSE(name_matches_pattern("_ga", "_ga_X"));
}

TEST(NameMatchesPattern, EverythingButStarIsLiteral) {
  EXPECT_FALSE(name_matches_pattern("_ga.x", "_gaAx"));
  EXPECT_FALSE(name_matches_pattern("_ga?", "_gaA"));
  EXPECT_TRUE(name_matches_pattern("_ga?", "_ga?"));
}

TEST(NameMatchesPattern, ALongHostileNameEndsQuickly) {
  std::string name(4096, 'a');
  EXPECT_FALSE(name_matches_pattern("*a*a*a*a*b", name));
}

TEST(SiteDeclaration, AnExactEntryWinsOverAPattern) {
  SiteDeclaration declaration("example.com", "cookiebot", 0,
                              {{"_ga_*", true, Category::performance, "statistics"},
                               {"_ga_keep", false, Category::necessary, "necessary"}});
  ASSERT_NE(declaration.find("_ga_keep"), nullptr);
  EXPECT_EQ(declaration.find("_ga_keep")->category, Category::necessary);
  ASSERT_NE(declaration.find("_ga_X1"), nullptr);
  EXPECT_EQ(declaration.find("_ga_X1")->category, Category::performance);
  EXPECT_EQ(declaration.find("other"), nullptr);
}

TEST(SiteDeclaration, ANameIsNotAPatternUnlessMarkedSo) {
  SiteDeclaration declaration("example.com", "onetrust", 0,
                              {{"_ga_*", false, Category::performance, "Performance Cookies"}});
  EXPECT_EQ(declaration.find("_ga_X1"), nullptr);
  EXPECT_NE(declaration.find("_ga_*"), nullptr);
}

TEST(SiteDeclaration, SameContentsIgnoresTheTime) {
  SiteDeclaration a("example.com", "cookiebot", 1,
                    {{"x", false, Category::targeting, "marketing"}});
  SiteDeclaration b("example.com", "cookiebot", 2,
                    {{"x", false, Category::targeting, "marketing"}});
  SiteDeclaration c("example.com", "cookiebot", 2,
                    {{"x", false, Category::performance, "statistics"}});
  EXPECT_TRUE(a.same_contents(b));
  EXPECT_FALSE(a.same_contents(c));
}

}  // namespace
}  // namespace consentry
