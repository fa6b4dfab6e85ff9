#include "support/handler_fixture.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

TEST_F(HandlerTest, RestoreHandsTheCookieBackAndKeepsIt) {
  json cookie = persistent_cookie("_fbp", ".example.com");
  cookie["secure"] = true;
  cookie["path"] = "/shop";
  json recorded = call(
      handle_record_deletions,
      {{"deletions", {{{"cookie", cookie}, {"category", "targeting"}, {"site", "example.com"}}}}},
      context);
  json reply = call(handle_restore, {{"entry_id", recorded["ids"][0]}}, context);
  EXPECT_EQ(reply["cookie"]["name"], "_fbp");
  EXPECT_EQ(reply["cookie"]["value"], "v1");
  EXPECT_EQ(reply["cookie"]["expirationDate"], 4102444800.0);
  EXPECT_EQ(reply["url"], "https://example.com/shop");
  EXPECT_EQ(reply["kept"], true);
  EXPECT_TRUE(context.preferences().keep_list.contains(KeepEntry{"example.com", "_fbp"}));
}

TEST_F(HandlerTest, RestoreBuildsAnHttpUrlForAnInsecureHostOnlyCookie) {
  json cookie = persistent_cookie("lang", "shop.example.com");
  json recorded =
      call(handle_record_deletions,
           {{"deletions", {{{"cookie", cookie}, {"category", "functional"}}}}}, context);
  EXPECT_EQ(call(handle_restore, {{"entry_id", recorded["ids"][0]}}, context)["url"],
            "http://shop.example.com/");
}

TEST_F(HandlerTest, RestoreOfAnUnknownEntryIsNotFound) {
  EXPECT_EQ(error_code_of([&] {
              call(handle_restore, {{"entry_id", "d-0-0"}}, context);
            }),
            ErrorCode::not_found);
  EXPECT_EQ(error_code_of([&] { call(handle_restore, {}, context); }), ErrorCode::invalid_request);
  EXPECT_TRUE(context.preferences().keep_list.empty());
}

}  // namespace
}  // namespace consentry::testing
