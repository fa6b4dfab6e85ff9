#include "store/preferences_cache.h"

#include <gtest/gtest.h>

#include "support/temp_dir.h"

namespace consentry::testing {
namespace {

TEST(PreferencesCacheTest, StartsFromDefaultsWithoutAFile) {
  TempDir dir;
  SettingsStore store(dir.path());
  PreferencesCache cache(store);
  EXPECT_EQ(cache.current(), Preferences{});
}

TEST(PreferencesCacheTest, SeesEveryWriteToTheFile) {
  TempDir dir;
  SettingsStore store(dir.path());
  PreferencesCache cache(store);
  EXPECT_FALSE(cache.current().global.allows(Category::targeting));
  for (bool allowed : {true, false, true}) {
    store.update(
        [&](Preferences& preferences) { preferences.global.set(Category::targeting, allowed); });
    EXPECT_EQ(cache.current().global.allows(Category::targeting), allowed);
  }
}

TEST(PreferencesCacheTest, SeesTheFileRemoved) {
  TempDir dir;
  SettingsStore store(dir.path());
  PreferencesCache cache(store);
  store.update([](Preferences& preferences) { preferences.delete_session_cookies = true; });
  EXPECT_TRUE(cache.current().delete_session_cookies);
  boost::filesystem::remove(store.settings_path());
  EXPECT_FALSE(cache.current().delete_session_cookies);
}

}  // namespace
}  // namespace consentry::testing
