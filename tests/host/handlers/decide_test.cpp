#include "support/handler_fixture.h"
#include "judge/verdict.h"
#include "store/settings_store.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

json decide(HostContext& context, json cookies, std::optional<std::string> site = std::nullopt) {
  json request = {{"type", "decide"}, {"cookies", std::move(cookies)}};
  if (site) request["site"] = *site;
  return call(handle_decide, request, context)["results"];
}

TEST_F(HandlerTest, DecideAnswersEveryCookieInOrder) {
  json results = decide(context,
                        {persistent_cookie("_ga", ".example.com"),
                         persistent_cookie("sessionid", "shop.example.com")},
                        "https://www.example.com/cart");
  ASSERT_EQ(results.size(), 2u);
  for (const char* field :
       {"category", "confidence", "reason", "rule", "vendor", "site", "action", "why"}) {
    EXPECT_TRUE(results[0].contains(field)) << field;
  }
  EXPECT_EQ(results[0]["category"], "performance");
  EXPECT_EQ(results[0]["action"], "delete");  // performance is refused by default
  EXPECT_EQ(results[0]["site"], "example.com");
  EXPECT_EQ(results[1]["action"], "keep");
}

TEST_F(HandlerTest, DecideReportsAnInvalidCookieInItsPlaceAndGoesOn) {
  json results = decide(context, {{{"name", "x"}}, 5, persistent_cookie("_ga", ".example.com")});
  ASSERT_EQ(results.size(), 3u);
  EXPECT_NE(results[0]["error"].get<std::string>().find("domain"), std::string::npos);
  EXPECT_TRUE(results[1].contains("error"));
  EXPECT_EQ(results[2]["category"], "performance");
}

TEST_F(HandlerTest, DecideAppliesTheTopLevelSiteUnlessTheCookieHasItsOwn) {
  json own = persistent_cookie("_ga", ".tracker.net");
  own["site"] = "https://news.example.org/";
  json results =
      decide(context, {persistent_cookie("_ga", ".tracker.net"), own}, "https://shop.example.com/");
  EXPECT_EQ(results[0]["site"], "example.com");
  EXPECT_EQ(results[1]["site"], "example.org");
}

TEST_F(HandlerTest, DecideSaysWhenThePageThatSetACookieIsUnknown) {
  json known = persistent_cookie("_ga", ".tracker.net");
  known["site"] = "https://news.example.org/";
  json partitioned = persistent_cookie("_ga", ".tracker.net");
  partitioned["partitionKey"] = {{"topLevelSite", "https://shop.example.com"}};
  json results = decide(context, {persistent_cookie("_ga", ".tracker.net"), known, partitioned,
                                  persistent_cookie("PHPSESSID", ".tracker.net")});
  std::string unknown = results[0]["why"];
  EXPECT_EQ(unknown, std::string("performance is refused on tracker.net") + kUnknownPageNote);
  EXPECT_EQ(results[1]["why"], "performance is refused on example.org");
  EXPECT_EQ(results[2]["why"], "performance is refused on example.com");
  EXPECT_EQ(results[3]["why"], "necessary cookies are always kept");  // no site was involved
}

TEST_F(HandlerTest, DecideFollowsPreferencesChangedByAnotherProcess) {
  json cookies = json::array({persistent_cookie("_ga", ".example.com")});
  EXPECT_EQ(decide(context, cookies)[0]["action"], "delete");
  SettingsStore other(dir.path());  // e.g. the CLI, or Firefox's host
  other.update(
      [](Preferences& preferences) { preferences.global.set(Category::performance, true); });
  EXPECT_EQ(decide(context, cookies)[0]["action"], "keep");
}

TEST_F(HandlerTest, DecideKeepsWhatIsOnTheKeepList) {
  call(handle_keep_cookie, {{"site", "example.com"}, {"name", "_ga"}}, context);
  json result = decide(context, json::array({persistent_cookie("_ga", ".example.com")}))[0];
  EXPECT_EQ(result["action"], "keep");
  EXPECT_EQ(result["category"], "performance");
}

TEST_F(HandlerTest, DecideRefusesAMissingOrOversizedBatch) {
  EXPECT_EQ(error_code_of([&] {
              call(handle_decide, {{"type", "decide"}}, context);
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(error_code_of([&] {
              call(handle_decide, {{"cookies", "x"}}, context);
            }),
            ErrorCode::invalid_request);
  json too_many = json::array();
  for (size_t i = 0; i <= kMaxCookiesPerRequest; ++i)
    too_many.push_back(persistent_cookie("a", "b.com"));
  EXPECT_EQ(error_code_of([&] {
              call(handle_decide, {{"cookies", too_many}}, context);
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(error_code_of([&] {
              call(handle_decide, {{"cookies", json::array()}, {"site", 3}}, context);
            }),
            ErrorCode::invalid_request);
}

}  // namespace
}  // namespace consentry::testing
