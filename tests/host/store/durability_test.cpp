// SIGKILL at random moments while the real SettingsStore and DeletionLog write: every file must
// always parse and hold the old or the new state, and nothing already saved may be lost.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <random>

#include "support/child_process.h"
#include "store/atomic_file.h"
#include "store/deletion_log.h"
#include "store/settings_store.h"
#include "support/temp_dir.h"
#include "json/untrusted_json.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;
using nlohmann::json;
using testing::TempDir;

constexpr int kRounds = 200;
constexpr int kLongestRunMicroseconds = 4000;

// Starts `work` in a child and kills it at a random moment of its first `window` microseconds.
void kill_at_random(std::mt19937& random, const std::function<int()>& work,
                    int window = kLongestRunMicroseconds) {
  pid_t child = testing::start_child(work);
  ::usleep(std::uniform_int_distribution<useconds_t>(0, window)(random));
  ::kill(child, SIGKILL);
  testing::wait_for(child);
}

// The next, wider kill window for a child that got nothing done in the last one (0.25 s at most).
int widened(int window) { return std::min(window * 2, 250000); }

std::string keep_name(size_t n) { return "c" + std::to_string(n); }

// Each update adds the next name, so every saved state is a keep list c1..cN.
int add_keep_entries_forever(const fs::path& data_dir) {
  SettingsStore store(data_dir);
  for (;;) {
    store.update([](Preferences& p) {
      p.keep_list.insert({"example.com", keep_name(p.keep_list.size() + 1)});
    });
  }
}

TEST(DurabilityTest, PreferencesAreWholeAndNeverLoseASavedUpdateUnderSigkill) {
  TempDir dir(testing::Backing::memory);
  unsigned seed = std::random_device()();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  size_t saved = 0;
  for (int round = 0; round < kRounds; ++round) {
    kill_at_random(random, [&] { return add_keep_entries_forever(dir.path()); });
    auto contents = read_file(dir / "preferences.json");
    if (!contents) {
      ASSERT_EQ(saved, 0u);
      continue;
    }
    Preferences preferences;  // read strictly: the store would move a broken file aside
    ASSERT_NO_THROW(preferences = preferences_from_json(json::parse(*contents))) << *contents;
    size_t count = preferences.keep_list.size();
    for (size_t n = 1; n <= count; ++n) {
      ASSERT_TRUE(preferences.keep_list.contains({"example.com", keep_name(n)}))
          << n << " of " << count;
    }
    ASSERT_GE(count, saved) << "a saved update was lost in round " << round;
    saved = count;
  }
  EXPECT_GT(saved, 0u) << "the child never got to save anything";
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    EXPECT_EQ(entry.path().filename().string().find(".broken-"), std::string::npos);
  }
}

constexpr size_t kBatch = 3;
constexpr size_t kCapacity = 40;  // small, so crashes hit compactions too

// Entry names are "<batch>.<k>"; the child continues after the newest batch on file.
int append_batches_forever(const fs::path& data_dir) {
  DeletionLog log(data_dir, kCapacity);
  DeletionQuery newest;
  newest.limit = 1;
  DeletionPage page = log.query(newest);
  size_t batch = page.entries.empty() ? 0 : std::stoul(page.entries[0].cookie.name) + 1;
  for (;; ++batch) {
    std::vector<DeletionEntry> entries(kBatch);
    for (size_t k = 0; k < kBatch; ++k) {
      entries[k].cookie.name = std::to_string(batch) + "." + std::to_string(k);
      entries[k].cookie.domain = "example.com";
      entries[k].category = Category::targeting;
    }
    log.append(std::move(entries));
  }
}

// Every complete line is a whole deletion entry.
void expect_complete_lines_are_entries(const fs::path& path) {
  std::string contents = read_file(path).value_or("");
  contents.erase(contents.rfind('\n') + 1);  // bytes after the last newline: a torn write, skipped
  UntrustedJsonParser parser;
  for (size_t start = 0, end; (end = contents.find('\n', start)) != std::string::npos;
       start = end + 1) {
    std::string_view line = std::string_view(contents).substr(start, end - start);
    ASSERT_NO_THROW(deletion_entry_from_json(parser.parse(line))) << line;
  }
}

TEST(DurabilityTest, TheDeletionLogShowsWholeBatchesAndLosesNoneUnderSigkill) {
  TempDir dir(testing::Backing::memory);
  unsigned seed = std::random_device()();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  long newest_batch = -1;
  const long batches_to_compact = static_cast<long>(kCapacity / kBatch);
  // A slow machine (a sanitizer build, a busy CI core) may not get to append within the
  // window: a round that saved nothing new widens it, and a run still short of
  // compactions gets more rounds, up to a bound, so that kills also land on compactions.
  int window = kLongestRunMicroseconds;
  for (int round = 0;
       round < kRounds || (newest_batch <= batches_to_compact && round < 20 * kRounds); ++round) {
    long before = newest_batch;
    kill_at_random(random, [&] { return append_batches_forever(dir.path()); }, window);
    ASSERT_NO_FATAL_FAILURE(expect_complete_lines_are_entries(dir / "deletions.jsonl"));
    DeletionQuery all;
    all.limit = kCapacity * 3;
    DeletionPage page = DeletionLog(dir.path(), kCapacity).query(all);
    ASSERT_LE(page.entries.size(), kCapacity);
    if (page.entries.empty()) {
      ASSERT_EQ(newest_batch, -1);
      window = widened(window);
      continue;
    }
    std::vector<std::string> names;
    for (auto it = page.entries.rbegin(); it != page.entries.rend(); ++it)
      names.push_back(it->cookie.name);
    long batch = std::stol(names.back());
    ASSERT_EQ(names.back(), std::to_string(batch) + "." + std::to_string(kBatch - 1))
        << "a partial batch is visible";
    for (size_t i = 0; i < names.size(); ++i) {  // consecutive, oldest first, ending with `batch`
      size_t position = batch * kBatch + kBatch - names.size() + i;
      ASSERT_EQ(names[i],
                std::to_string(position / kBatch) + "." + std::to_string(position % kBatch));
    }
    ASSERT_GE(batch, newest_batch) << "a saved batch was lost in round " << round;
    newest_batch = batch;
    if (newest_batch == before) window = widened(window);
  }
  EXPECT_GT(newest_batch, batches_to_compact) << "too few appends to compact";
}

}  // namespace
}  // namespace consentry
