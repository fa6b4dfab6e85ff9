#include "store/settings_store.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>
#include <nlohmann/json.hpp>

#include "support/child_process.h"
#include "store/atomic_file.h"
#include "store/storage_error.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;
using nlohmann::json;
using testing::TempDir;

std::vector<fs::path> files_starting_with(const fs::path& folder, const std::string& prefix) {
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) found.push_back(entry.path());
  }
  return found;
}

void allow_targeting(Preferences& preferences) {
  preferences.global.set(Category::targeting, true);
}

TEST(SettingsStoreTest, NoFileMeansDefaultsAndNothingIsWrittenByReading) {
  TempDir dir;
  SettingsStore store(dir / "data");
  EXPECT_EQ(store.load(), Preferences());
  EXPECT_FALSE(fs::exists(store.settings_path()));
}

TEST(SettingsStoreTest, UpdatesPersistInTheVersionedFormat) {
  TempDir dir;
  SettingsStore(dir.path()).update([](Preferences& p) {
    p.keep_list.insert({"example.com", "prefs"});
  });
  Preferences saved = SettingsStore(dir.path()).update(allow_targeting);
  EXPECT_TRUE(saved.global.allows(Category::targeting));
  EXPECT_EQ(saved.keep_list.size(), 1u);
  EXPECT_EQ(SettingsStore(dir.path()).load(), saved);
  json file = json::parse(*read_file(dir / "preferences.json"));
  EXPECT_EQ(file["format"], "consentry-settings");
  EXPECT_EQ(file["version"], 2);
}

TEST(SettingsStoreTest, AChangeThatThrowsWritesNothing) {
  TempDir dir;
  SettingsStore store(dir.path());
  store.update(allow_targeting);
  std::string before = *read_file(store.settings_path());
  EXPECT_THROW(store.update([](Preferences& p) {
    p.delete_session_cookies = true;
    throw InvalidSettings("refused");
  }),
               InvalidSettings);
  EXPECT_EQ(read_file(store.settings_path()), before);
}

TEST(SettingsStoreTest, AFileThatDoesNotParseIsMovedAsideNotOverwritten) {
  TempDir dir;
  write_file_atomically(dir / "preferences.json", "{\"format\": \"consentry-settings\", \"vers");
  SettingsStore store(dir.path());
  EXPECT_EQ(store.load(), Preferences());
  EXPECT_FALSE(fs::exists(store.settings_path()));
  auto aside = files_starting_with(dir.path(), "preferences.json.broken-");
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(read_file(aside[0]), "{\"format\": \"consentry-settings\", \"vers");
  store.update(allow_targeting);
  EXPECT_EQ(files_starting_with(dir.path(), "preferences.json.broken-").size(), 1u);
}

TEST(SettingsStoreTest, AFileThatDoesNotValidateIsMovedAsideToo) {
  TempDir dir;
  write_file_atomically(
      dir / "preferences.json",
      R"({"format": "consentry-settings", "version": 1, "allowed": {"necessary": false}})");
  write_file_atomically(dir / "preferences.json.broken-1", "an older one");
  SettingsStore store(dir.path());
  Preferences saved = store.update(allow_targeting);
  EXPECT_TRUE(saved.global.allows(Category::targeting));
  EXPECT_EQ(files_starting_with(dir.path(), "preferences.json.broken-").size(), 2u);
}

TEST(SettingsStoreTest, DeeplyNestedJsonIsRefusedNotRecursedInto) {
  TempDir dir;
  write_file_atomically(dir / "preferences.json",
                        std::string(100000, '[') + std::string(100000, ']'));
  EXPECT_EQ(SettingsStore(dir.path()).load(), Preferences());
  EXPECT_EQ(files_starting_with(dir.path(), "preferences.json.broken-").size(), 1u);
}

TEST(SettingsStoreTest, AFileWithADuplicateKeyIsMovedAsideNotReadOneWay) {
  TempDir dir;
  std::string twice =
      R"({"format": "consentry-settings", "version": 1, "delete_session_cookies": false,)"
      R"( "delete_session_cookies": true})";
  write_file_atomically(dir / "preferences.json", twice);
  EXPECT_EQ(SettingsStore(dir.path()).load(), Preferences());
  auto aside = files_starting_with(dir.path(), "preferences.json.broken-");
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(read_file(aside[0]), twice);
}

TEST(SettingsStoreTest, AnOversizedFileIsMovedAsideUnread) {
  TempDir dir;
  std::string huge =
      "{\"format\": \"consentry-settings\", \"version\": 1}" + std::string(5 << 20, ' ');
  write_file_atomically(dir / "preferences.json", huge);
  EXPECT_EQ(SettingsStore(dir.path()).load(), Preferences());
  auto aside = files_starting_with(dir.path(), "preferences.json.broken-");
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(read_file(aside[0])->size(), huge.size());
}

TEST(SettingsStoreTest, ANewerVersionIsRefusedAndLeftExactlyAsItIs) {
  TempDir dir;
  std::string newer =
      R"({"format": "consentry-settings", "version": 7, "allowed": {"targeting": true}})";
  write_file_atomically(dir / "preferences.json", newer);
  SettingsStore store(dir.path());
  try {
    store.load();
    FAIL() << "a newer file was read";
  } catch (const StorageError& error) {
    EXPECT_NE(std::string(error.what()).find("version 7"), std::string::npos) << error.what();
  }
  EXPECT_THROW(store.update(allow_targeting), StorageError);
  EXPECT_EQ(read_file(store.settings_path()), newer);
  EXPECT_TRUE(files_starting_with(dir.path(), "preferences.json.broken-").empty());
}

TEST(SettingsStoreTest, AnOlderVersionIsMigratedOnTheNextWrite) {
  TempDir dir;
  write_file_atomically(
      dir / "preferences.json",
      R"({"allowed": ["necessary", "targeting"], "sites": {"example.com": ["necessary"]}})");
  SettingsStore store(dir.path());
  Preferences saved = store.update([](Preferences& p) { p.delete_session_cookies = true; });
  EXPECT_TRUE(saved.global.allows(Category::targeting));
  EXPECT_FALSE(saved.global.allows(Category::functional));
  EXPECT_FALSE(saved.sites.at("example.com").allows(Category::functional));
  EXPECT_EQ(json::parse(*read_file(store.settings_path()))["version"], 2);
}

TEST(SettingsStoreTest, AFailedWriteThrowsStorageErrorAndKeepsTheOldFile) {
  TempDir dir;
  SettingsStore store(dir.path());
  store.update(allow_targeting);
  std::string before = *read_file(store.settings_path());
  int code = testing::run_in_child([&] {
    testing::limit_file_size(before.size() + 10);
    try {
      store.update([](Preferences& p) {
        for (int i = 0; i < 100; ++i)
          p.keep_list.insert({"example.com", "cookie" + std::to_string(i)});
      });
    } catch (const StorageError&) {
      return 0;
    }
    return 1;
  });
  EXPECT_EQ(code, 0) << "no StorageError";
  EXPECT_EQ(read_file(store.settings_path()), before);
  EXPECT_EQ(store.load(), SettingsStore(dir.path()).load());
}

TEST(SettingsStoreTest, TempFilesOfAKilledWriterAreCleanedOnTheNextUpdate) {
  TempDir dir;
  write_file_atomically(dir / ".preferences.json.tmp-99999-1", "half");
  SettingsStore(dir.path()).update(allow_targeting);
  EXPECT_TRUE(files_starting_with(dir.path(), ".preferences.json.tmp-").empty());
}

}  // namespace
}  // namespace consentry
