#include "support/handler_fixture.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

json declare(HostContext& context, const std::string& site, json cookies,
             const std::string& cmp = "cookiebot") {
  return call(handle_declare,
              {{"type", "declare"}, {"site", site}, {"cmp", cmp}, {"cookies", std::move(cookies)}},
              context);
}

json decide_one(HostContext& context, const json& cookie) {
  return call(handle_decide, {{"type", "decide"}, {"cookies", {cookie}}}, context)["results"][0];
}

json declared(const std::string& name, const std::string& category, const std::string& label) {
  return {{"name", name}, {"category", category}, {"label", label}};
}

TEST_F(HandlerTest, AnUnknownCookieTheSiteDeclaresStatisticsIsDeleted) {
  json cookie = persistent_cookie("zq_k7", "shop.example.com");
  EXPECT_EQ(decide_one(context, cookie)["action"], "keep");  // weak evidence leans to necessary
  json reply = declare(context, "https://www.example.com/",
                       json::array({declared("zq_k7", "performance", "statistics")}));
  EXPECT_EQ(reply["site"], "example.com");
  EXPECT_EQ(reply["cookies"], 1);
  EXPECT_EQ(reply["changed"], true);
  json result = decide_one(context, cookie);
  EXPECT_EQ(result["category"], "performance");
  EXPECT_EQ(result["action"], "delete");
  EXPECT_EQ(result["reason"],
            "declared by this site's consent banner (Cookiebot): statistics (zq_k7)");
  EXPECT_EQ(result["declared"], json({{"category", "performance"},
                                      {"cmp", "Cookiebot"},
                                      {"label", "statistics"},
                                      {"decided", true},
                                      {"contradicts", false}}));
}

TEST_F(HandlerTest, AVendorsDocumentationOverrulesASiteCallingItsTrackerNecessary) {
  declare(context, "example.com",
          json::array({declared("_ga", "necessary", "Strictly Necessary Cookies")}), "onetrust");
  json result = decide_one(context, persistent_cookie("_ga", ".example.com"));
  EXPECT_EQ(result["category"], "performance");
  EXPECT_EQ(result["action"], "delete");
  EXPECT_EQ(result["declared"]["contradicts"], true);
  EXPECT_EQ(result["declared"]["cmp"], "OneTrust");
}

TEST_F(HandlerTest, TheDeclarationHandlerListsContradictionsWhetherOrNotTheCookieIsHeld) {
  declare(context, "example.com",
          {declared("_ga", "necessary", "necessary"), declared("zq_k7", "necessary", "necessary"),
           declared("_fbp", "targeting", "marketing")});
  json contradictions =
      call(handle_declaration, {{"site", "example.com"}}, context)["contradictions"];
  ASSERT_EQ(contradictions.size(), 1u) << contradictions;
  EXPECT_EQ(contradictions[0]["name"], "_ga");
  EXPECT_EQ(contradictions[0]["declared"], "necessary");
  EXPECT_EQ(contradictions[0]["category"], "performance");
  EXPECT_NE(contradictions[0]["reason"].get<std::string>().find("calls it necessary"),
            std::string::npos);
}

TEST_F(HandlerTest, ADeclarationAppliesOnlyToItsOwnSite) {
  declare(context, "example.com", json::array({declared("zq_k7", "targeting", "marketing")}));
  json result = decide_one(context, persistent_cookie("zq_k7", "other.org"));
  EXPECT_FALSE(result.contains("declared"));
  EXPECT_EQ(result["action"], "keep");
}

TEST_F(HandlerTest, RepeatingADeclarationChangesNothingAndTheDeclarationHandlerShowsIt) {
  json cookies = {{{"name", "_hjSession_*"},
                   {"pattern", true},
                   {"category", "performance"},
                   {"label", "statistics"}}};
  EXPECT_EQ(declare(context, "example.com", cookies)["changed"], true);
  EXPECT_EQ(declare(context, "www.example.com", cookies)["changed"], false);
  json shown = call(handle_declaration, {{"site", "https://example.com/x"}}, context);
  EXPECT_EQ(shown["site"], "example.com");
  EXPECT_EQ(shown["platform"], "Cookiebot");
  EXPECT_EQ(shown["declaration"]["cmp"], "cookiebot");
  EXPECT_EQ(shown["declaration"]["cookies"], cookies);
  json nothing = call(handle_declaration, {{"site", "nothing.org"}}, context);
  EXPECT_EQ(nothing["declaration"], nullptr);
  EXPECT_EQ(nothing["platform"], nullptr);
  EXPECT_EQ(nothing["contradictions"], json::array());
  EXPECT_EQ(call(handle_hello, {}, context)["counts"]["declared_sites"], 1);
}

TEST_F(HandlerTest, ResettingASiteForgetsItsDeclaration) {
  declare(context, "example.com", json::array({declared("zq_k7", "targeting", "marketing")}));
  call(handle_set_preferences, {{"site", "example.com"}, {"allowed", {{"targeting", true}}}},
       context);
  call(handle_set_preferences, {{"site", "example.com"}, {"reset", true}}, context);
  EXPECT_EQ(call(handle_declaration, {{"site", "example.com"}}, context)["declaration"], nullptr);
  EXPECT_EQ(decide_one(context, persistent_cookie("zq_k7", "example.com"))["action"], "keep");
}

TEST_F(HandlerTest, AMalformedDeclarationIsRefusedAndNothingIsStored) {
  json good = declared("zq_k7", "targeting", "marketing");
  for (const json& request : {
           json{{"cmp", "cookiebot"}, {"cookies", {good}}},      // no site
           json{{"site", "example.com"}, {"cookies", {good}}},   // no cmp
           json{{"site", "example.com"}, {"cmp", "cookiebot"}},  // no cookies
           json{{"site", "example.com"},
                {"cmp", "cookiebot"},
                {"cookies", {good, "x"}}},  // a bad entry
           json{{"site", "example.com"},
                {"cmp", "cookiebot"},
                {"cookies", {good, declared("a", "evil", "x")}}},
           json{{"site", "file:///etc/passwd"}, {"cmp", "cookiebot"}, {"cookies", {good}}},
       }) {
    EXPECT_EQ(error_code_of([&] { call(handle_declare, request, context); }),
              ErrorCode::invalid_request)
        << request;
  }
  EXPECT_EQ(call(handle_declaration, {{"site", "example.com"}}, context)["declaration"], nullptr);
}

}  // namespace
}  // namespace consentry::testing
