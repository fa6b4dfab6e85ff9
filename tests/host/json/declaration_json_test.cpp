#include "json/declaration_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "json/untrusted_json.h"

namespace consentry {
namespace {

using nlohmann::json;

SiteDeclaration read(const json& document) {
  UntrustedJsonParser parser;
  simdjson::dom::object object;
  EXPECT_EQ(parser.parse(document.dump()).get_object().get(object), simdjson::SUCCESS);
  return declaration_from_json(object, "example.com", 7);
}

std::string error_of(const json& document) {
  try {
    read(document);
  } catch (const InvalidDeclaration& error) {
    return error.what();
  }
  ADD_FAILURE() << "accepted " << document.dump().substr(0, 200);
  return "";
}

json entry(const std::string& name, const std::string& category) {
  return {{"name", name}, {"category", category}};
}

TEST(DeclarationJson, ReadsEntriesWithPatternsAndLabels) {
  SiteDeclaration declaration = read({{"cmp", "cookiebot"},
                                      {"cookies",
                                       {{{"name", "_ga_*"},
                                         {"pattern", true},
                                         {"category", "performance"},
                                         {"label", "statistics"}},
                                        entry("cart", "necessary")}}});
  EXPECT_EQ(declaration.site(), "example.com");
  EXPECT_EQ(declaration.platform(), "cookiebot");
  ASSERT_EQ(declaration.cookies().size(), 2u);
  EXPECT_TRUE(declaration.cookies()[0].pattern);
  EXPECT_EQ(declaration.cookies()[0].label, "statistics");
  EXPECT_EQ(declaration.cookies()[1].label, "necessary");  // no label: the category's name
}

TEST(DeclarationJson, RoundTripsThroughTheWriter) {
  SiteDeclaration original("example.com", "onetrust", 1795435200.5,
                           {{"_hj*", true, Category::performance, "Cookies de rendimiento"},
                            {"OptanonConsent", false, Category::necessary, "Strictly Necessary"}});
  std::string text;
  JsonWriter writer(text);
  write_declaration(writer, original);
  json written = json::parse(text);
  EXPECT_EQ(written["site"], "example.com");
  EXPECT_EQ(written["time"], 1795435200.5);
  SiteDeclaration again = read(written);
  EXPECT_TRUE(again.same_contents(original));
}

TEST(DeclarationJson, RefusesEachMalformedPartNamingIt) {
  json ok = entry("x1", "targeting");
  EXPECT_EQ(error_of({{"cookies", json::array()}}), "cmp is missing");
  EXPECT_EQ(error_of({{"cmp", "evil"}, {"cookies", json::array()}}).rfind("cmp must be one of", 0),
            0u);
  EXPECT_EQ(error_of({{"cmp", "termly"}}), "cookies is missing or not an array");
  EXPECT_EQ(error_of({{"cmp", "termly"}, {"cookies", {ok, 5}}}), "cookies[1] must be an object");
  EXPECT_EQ(error_of({{"cmp", "termly"}, {"cookies", {json{{"category", "targeting"}}}}}),
            "cookies[0].name is missing");
  EXPECT_EQ(error_of({{"cmp", "termly"}, {"cookies", {entry("x", "cookies")}}}),
            "cookies[0].category must be necessary, functional, performance or targeting");
  EXPECT_EQ(error_of({{"cmp", "termly"}, {"cookies", {entry("", "targeting")}}}),
            "cookies[0].name must hold 1 to 256 bytes");
  EXPECT_EQ(error_of({{"cmp", "termly"}, {"cookies", {entry(std::string(257, 'a'), "targeting")}}}),
            "cookies[0].name must hold 1 to 256 bytes");
  EXPECT_EQ(error_of({{"cmp", "termly"}, {"cookies", {entry("a\nb", "targeting")}}}),
            "cookies[0].name must not hold control characters");
  EXPECT_EQ(error_of({{"cmp", "termly"}, {"cookies", {{{"name", 5}, {"category", "targeting"}}}}}),
            "cookies[0].name must be a string");
  EXPECT_EQ(
      error_of({{"cmp", "termly"},
                {"cookies", {{{"name", "x"}, {"category", "targeting"}, {"pattern", "yes"}}}}}),
      "cookies[0].pattern must be true or false");
  EXPECT_EQ(
      error_of({{"cmp", "termly"},
                {"cookies",
                 {{{"name", "x"}, {"category", "targeting"}, {"label", std::string(65, 'l')}}}}}),
      "cookies[0].label must hold 1 to 64 bytes");
}

TEST(DeclarationJson, APatternMustSaySomethingAboutTheName) {
  auto pattern = [](const std::string& name) {
    return json{{"cmp", "cookiebot"},
                {"cookies", {{{"name", name}, {"pattern", true}, {"category", "targeting"}}}}};
  };
  EXPECT_EQ(error_of(pattern("*")),
            "cookies[0].name is a pattern with fewer than 2 literal characters");
  EXPECT_EQ(error_of(pattern("*a*")),
            "cookies[0].name is a pattern with fewer than 2 literal characters");
  EXPECT_EQ(error_of(pattern("a*b*c*d*e*f")), "cookies[0].name holds more than 4 '*'");
  EXPECT_NO_THROW(read(pattern("_ga_*")));
}

TEST(DeclarationJson, CountsAreBounded) {
  json many = json::array();
  for (size_t i = 0; i <= kMaxDeclaredCookies; ++i)
    many.push_back(entry("c" + std::to_string(i), "targeting"));
  EXPECT_EQ(error_of({{"cmp", "onetrust"}, {"cookies", many}}),
            "cookies holds 2001 entries; at most 2000");
  json patterns = json::array();
  for (size_t i = 0; i <= kMaxDeclaredPatterns; ++i) {
    patterns.push_back(
        {{"name", "p" + std::to_string(i) + "*"}, {"pattern", true}, {"category", "targeting"}});
  }
  EXPECT_EQ(error_of({{"cmp", "onetrust"}, {"cookies", patterns}}),
            "cookies holds more than 200 patterns");
}

}  // namespace
}  // namespace consentry
