#include "support/handler_fixture.h"
#include "store/settings_store.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

TEST_F(HandlerTest, ImportReplacesEverythingWithTheDocument) {
  call(handle_keep_cookie, {{"site", "old.com"}, {"name", "gone"}}, context);
  json settings = {{"format", "consentry-settings"},
                   {"version", 1},
                   {"allowed", {{"targeting", true}}},
                   {"keep_list", {{{"site", "example.com"}, {"name", "prefs"}}}}};
  json reply = call(handle_import_settings, {{"settings", settings}}, context);
  Preferences saved = SettingsStore(dir.path()).load();
  EXPECT_EQ(preferences_from_json(reply["preferences"]), saved);
  EXPECT_TRUE(saved.global.allows(Category::targeting));
  EXPECT_EQ(saved.keep_list, (std::set<KeepEntry>{{"example.com", "prefs"}}));
}

TEST_F(HandlerTest, ExportThenImportRoundTrips) {
  call(handle_set_preferences, {{"site", "example.org"}, {"allowed", {{"targeting", true}}}},
       context);
  json exported = call(handle_export_settings, {}, context)["settings"];
  Preferences before = context.preferences();
  call(handle_set_preferences, {{"site", "example.org"}, {"reset", true}}, context);
  call(handle_import_settings, {{"settings", exported}}, context);
  EXPECT_EQ(context.preferences(), before);
}

TEST_F(HandlerTest, AnInvalidDocumentChangesNothingAndNamesTheField) {
  call(handle_keep_cookie, {{"site", "example.com"}, {"name", "prefs"}}, context);
  Preferences before = SettingsStore(dir.path()).load();
  json bad = {
      {"format", "consentry-settings"}, {"version", 1}, {"allowed", {{"necessary", false}}}};
  try {
    call(handle_import_settings, {{"settings", bad}}, context);
    FAIL() << "accepted necessary: false";
  } catch (const ProtocolError& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_request);
    EXPECT_NE(std::string(error.what()).find("necessary"), std::string::npos) << error.what();
  }
  EXPECT_EQ(error_code_of([&] { call(handle_import_settings, {}, context); }),
            ErrorCode::invalid_request);
  EXPECT_EQ(error_code_of([&] {
              call(handle_import_settings, {{"settings", "x"}}, context);
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(SettingsStore(dir.path()).load(), before);
}

}  // namespace
}  // namespace consentry::testing
