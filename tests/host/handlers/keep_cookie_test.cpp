#include "support/handler_fixture.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

TEST_F(HandlerTest, KeepCookieAddsTheSiteAndNameOnce) {
  call(handle_keep_cookie, {{"site", "https://www.example.com/"}, {"name", "prefs"}}, context);
  json reply = call(handle_keep_cookie, {{"site", "example.com"}, {"name", "prefs"}}, context);
  EXPECT_EQ(reply["keep_list"], json::parse(R"([{"site":"example.com","name":"prefs"}])"));
}

TEST_F(HandlerTest, KeepCookieKeepsNonAsciiNames) {
  json reply = call(handle_keep_cookie, {{"site", "bücher.example"}, {"name", "wähl_ü"}}, context);
  ASSERT_EQ(reply["keep_list"].size(), 1u);
  EXPECT_EQ(reply["keep_list"][0]["name"], "wähl_ü");
}

TEST_F(HandlerTest, KeepCookieNeedsASiteAndAName) {
  EXPECT_EQ(error_code_of([&] {
              call(handle_keep_cookie, {{"name", "prefs"}}, context);
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(error_code_of([&] {
              call(handle_keep_cookie, {{"site", "a.com"}}, context);
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(error_code_of([&] {
              call(handle_keep_cookie, {{"site", "a.com"}, {"name", ""}}, context);
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(error_code_of([&] {
              call(handle_keep_cookie, {{"site", "a.com"}, {"name", 1}}, context);
            }),
            ErrorCode::invalid_request);
}

}  // namespace
}  // namespace consentry::testing
