#include "support/handler_fixture.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

TEST_F(HandlerTest, GetPreferencesStartsFromTheFirstRunDefaults) {
  json preferences = call(handle_get_preferences, {}, context)["preferences"];
  EXPECT_EQ(preferences["allowed"], json({{"necessary", true},
                                          {"functional", true},
                                          {"performance", false},
                                          {"targeting", false}}));
  EXPECT_EQ(preferences["delete_session_cookies"], false);
  EXPECT_EQ(preferences["sites"], json::object());
  EXPECT_EQ(preferences["keep_list"], json::array());
}

TEST_F(HandlerTest, GetPreferencesShowsWhatWasSet) {
  call(handle_set_preferences, {{"delete_session_cookies", true}}, context);
  EXPECT_EQ(call(handle_get_preferences, {}, context)["preferences"]["delete_session_cookies"],
            true);
}

}  // namespace
}  // namespace consentry::testing
