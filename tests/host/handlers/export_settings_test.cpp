#include "support/handler_fixture.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

TEST_F(HandlerTest, ExportHoldsEverythingTheUserSet) {
  call(handle_set_preferences,
       {{"allowed", {{"performance", true}}}, {"delete_session_cookies", true}}, context);
  call(handle_set_preferences, {{"site", "example.org"}, {"allowed", {{"targeting", true}}}},
       context);
  call(handle_keep_cookie, {{"site", "example.com"}, {"name", "prefs"}}, context);
  json settings = call(handle_export_settings, {}, context)["settings"];
  EXPECT_EQ(settings["format"], "consentry-settings");
  EXPECT_EQ(preferences_from_json(settings), context.preferences());
}

}  // namespace
}  // namespace consentry::testing
