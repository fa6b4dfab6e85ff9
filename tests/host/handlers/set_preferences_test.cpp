#include "support/handler_fixture.h"
#include "store/settings_store.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

json set(HostContext& context, const json& request) {
  return call(handle_set_preferences, request, context)["preferences"];
}

TEST_F(HandlerTest, SetPreferencesChangesOnlyTheNamedGlobalCategories) {
  json preferences = set(context, {{"allowed", {{"performance", true}}}});
  EXPECT_EQ(preferences["allowed"]["performance"], true);
  EXPECT_EQ(preferences["allowed"]["targeting"], false);
  EXPECT_EQ(preferences["allowed"]["functional"], true);
  EXPECT_TRUE(SettingsStore(dir.path()).load().global.allows(Category::performance));
}

TEST_F(HandlerTest, ANewSiteOverrideStartsFromTheGlobalSet) {
  set(context, {{"allowed", {{"functional", false}}}});
  json preferences = set(
      context, {{"site", "https://shop.example.co.uk/basket"}, {"allowed", {{"targeting", true}}}});
  json site = preferences["sites"]["example.co.uk"]["allowed"];
  EXPECT_EQ(site, json({{"necessary", true},
                        {"functional", false},
                        {"performance", false},
                        {"targeting", true}}));
  EXPECT_EQ(preferences["allowed"]["targeting"], false);
}

TEST_F(HandlerTest, ResetDropsASitesOverride) {
  set(context, {{"site", "example.com"}, {"allowed", {{"targeting", true}}}});
  json preferences = set(context, {{"site", "www.example.com"}, {"reset", true}});
  EXPECT_EQ(preferences["sites"], json::object());
}

TEST_F(HandlerTest, TheCautionIsGlobalAndOneOfThreeLevels) {
  EXPECT_EQ(set(context, {{"caution", "strict"}})["caution"], "strict");
  EXPECT_EQ(SettingsStore(dir.path()).load().caution, Caution::strict);
  EXPECT_EQ(error_code_of([&] {
              set(context, {{"site", "a.com"}, {"caution", "careful"}});
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(error_code_of([&] {
              set(context, {{"caution", "reckless"}});
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(error_code_of([&] { set(context, {{"caution", 1}}); }), ErrorCode::invalid_request);
  EXPECT_EQ(SettingsStore(dir.path()).load().caution, Caution::strict);
}

TEST_F(HandlerTest, TheSessionCookieOptionIsGlobal) {
  EXPECT_EQ(set(context, {{"delete_session_cookies", true}})["delete_session_cookies"], true);
  EXPECT_EQ(error_code_of([&] {
              set(context, {{"site", "a.com"}, {"delete_session_cookies", false}});
            }),
            ErrorCode::invalid_request);
}

TEST_F(HandlerTest, NecessaryCannotBeRefusedAndNothingChangesThen) {
  EXPECT_EQ(error_code_of([&] {
              set(context, {{"allowed", {{"performance", true}, {"necessary", false}}}});
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(SettingsStore(dir.path()).load(), Preferences{});
}

TEST_F(HandlerTest, SetPreferencesRefusesMalformedRequests) {
  for (const json& request :
       {json{{"type", "set_preferences"}}, json{{"allowed", {{"cookies", true}}}},
        json{{"allowed", {{"targeting", "yes"}}}}, json{{"allowed", json::array()}},
        json{{"allowed", json::object()}}, json{{"reset", true}}, json{{"site", "a.com"}},
        json{{"site", "a.com"}, {"reset", true}, {"allowed", {{"targeting", true}}}},
        json{{"site", ""}, {"allowed", {{"targeting", true}}}},
        json{{"delete_session_cookies", "on"}}}) {
    EXPECT_EQ(error_code_of([&] { set(context, request); }), ErrorCode::invalid_request) << request;
  }
  EXPECT_EQ(SettingsStore(dir.path()).load(), Preferences{});
}

}  // namespace
}  // namespace consentry::testing
