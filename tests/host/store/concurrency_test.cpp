// Two hosts (Chrome's and Firefox's) writing one data folder at once lose none of each other's
// preference updates or deletion records.
#include <gtest/gtest.h>

#include "child_process.h"
#include "store/deletion_log.h"
#include "store/settings_store.h"
#include "temp_dir.h"

namespace consentry {
namespace {

constexpr int kUpdatesEach = 500;  // each rewrites the whole keep list: keep it small
constexpr int kRecordsEach = 2000;

std::string name_of(const std::string& who, int n) { return who + "-" + std::to_string(n); }

// Interleaves preference updates and deletion records, as a host serving a browser does.
int write_everything(const boost::filesystem::path& data_dir, const std::string& who) {
  SettingsStore store(data_dir);
  DeletionLog log(data_dir);
  for (int i = 0; i < kRecordsEach; ++i) {
    if (i < kUpdatesEach) {
      store.update([&](Preferences& p) { p.keep_list.insert({"example.com", name_of(who, i)}); });
    }
    DeletionEntry entry;
    entry.cookie.name = name_of(who, i);
    entry.cookie.domain = "example.com";
    log.append({entry});
  }
  return 0;
}

TEST(ConcurrencyTest, TwoProcessesLoseNoneOfEachOthersWrites) {
  testing::TempDir dir(testing::Backing::memory);
  pid_t chrome = testing::start_child([&] { return write_everything(dir.path(), "chrome"); });
  pid_t firefox = testing::start_child([&] { return write_everything(dir.path(), "firefox"); });
  ASSERT_EQ(testing::wait_for(chrome), 0);
  ASSERT_EQ(testing::wait_for(firefox), 0);

  Preferences preferences = SettingsStore(dir.path()).load();
  DeletionQuery all;
  all.limit = 4 * kRecordsEach;
  DeletionPage page = DeletionLog(dir.path()).query(all);
  std::set<std::string> logged, ids;
  for (const DeletionEntry& entry : page.entries) {
    logged.insert(entry.cookie.name);
    ids.insert(entry.id);
  }
  EXPECT_EQ(preferences.keep_list.size(), 2u * kUpdatesEach);
  EXPECT_EQ(page.total, 2u * kRecordsEach);
  EXPECT_EQ(ids.size(), 2u * kRecordsEach);
  for (const char* who : {"chrome", "firefox"}) {
    for (int i = 0; i < kRecordsEach; ++i) {
      if (i < kUpdatesEach) {
        ASSERT_TRUE(preferences.keep_list.contains({"example.com", name_of(who, i)}))
            << name_of(who, i);
      }
      ASSERT_TRUE(logged.contains(name_of(who, i))) << name_of(who, i);
    }
  }
}

}  // namespace
}  // namespace consentry
