#include "support/handler_fixture.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

TEST_F(HandlerTest, ForgetCookieRemovesOnlyThatEntry) {
  call(handle_keep_cookie, {{"site", "example.com"}, {"name", "a"}}, context);
  call(handle_keep_cookie, {{"site", "example.com"}, {"name", "b"}}, context);
  json reply = call(handle_forget_cookie, {{"site", "shop.example.com"}, {"name", "a"}}, context);
  EXPECT_EQ(reply["keep_list"], json::parse(R"([{"site":"example.com","name":"b"}])"));
}

TEST_F(HandlerTest, ForgettingAnAbsentEntryChangesNothing) {
  json reply = call(handle_forget_cookie, {{"site", "example.com"}, {"name", "never"}}, context);
  EXPECT_EQ(reply["keep_list"], json::array());
}

}  // namespace
}  // namespace consentry::testing
