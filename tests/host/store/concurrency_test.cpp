// Two hosts (Chrome's and Firefox's) writing one data folder at once lose none of each other's
// preference updates or deletion records.
#include <gtest/gtest.h>

#include "support/child_process.h"
#include "store/deletion_log.h"
#include "store/settings_store.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

constexpr int kWritesEach = 2000;

std::string name_of(const std::string& who, int n) { return who + "-" + std::to_string(n); }

// Update n replaces this writer's keep entry n-1 with entry n. Had any update been applied to a
// stale copy, it would have written back the other writer's older entry, which that writer then
// never removes: so the file ends with exactly each writer's last entry only if none was lost.
// (The keep list stays two entries long, so each update costs the same.)
void replace_keep_entry(Preferences& preferences, const std::string& who, int n) {
  if (n > 0) preferences.keep_list.erase({"example.com", name_of(who, n - 1)});
  preferences.keep_list.insert({"example.com", name_of(who, n)});
}

// Interleaves preference updates and deletion records, as a host serving a browser does.
int write_everything(const boost::filesystem::path& data_dir, const std::string& who) {
  SettingsStore store(data_dir);
  DeletionLog log(data_dir);
  for (int n = 0; n < kWritesEach; ++n) {
    store.update([&](Preferences& preferences) { replace_keep_entry(preferences, who, n); });
    DeletionEntry entry;
    entry.cookie.name = name_of(who, n);
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

  std::vector<std::string> kept;
  for (const KeepEntry& entry : SettingsStore(dir.path()).load().keep_list)
    kept.push_back(entry.name);
  EXPECT_EQ(kept, (std::vector<std::string>{name_of("chrome", kWritesEach - 1),
                                            name_of("firefox", kWritesEach - 1)}));

  DeletionQuery all;
  all.limit = 4 * kWritesEach;
  DeletionPage page = DeletionLog(dir.path()).query(all);
  std::set<std::string> logged, ids;
  for (const DeletionEntry& entry : page.entries) {
    logged.insert(entry.cookie.name);
    ids.insert(entry.id);
  }
  EXPECT_EQ(page.total, 2u * kWritesEach);
  EXPECT_EQ(ids.size(), 2u * kWritesEach);
  for (const char* who : {"chrome", "firefox"}) {
    for (int n = 0; n < kWritesEach; ++n) {
      ASSERT_TRUE(logged.contains(name_of(who, n))) << name_of(who, n);
    }
  }
}

}  // namespace
}  // namespace consentry
