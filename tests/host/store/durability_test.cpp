// SIGKILL at random moments while the real SettingsStore and DeletionLog write: every file must
// always parse and hold the old or the new state, and nothing already saved may be lost. The
// child reports each finished save over a pipe and is killed only after a report, so a slow
// machine makes the test slower, never wrong.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>
#include <nlohmann/json.hpp>
#include <optional>
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
constexpr int kMostStepsBeforeAKill = 3;
constexpr int kLongestKillDelayMicroseconds = 2000;

using Report = testing::ReportingChild::Report;

// Starts `work` in a child, waits until it has reported 1 to kMostStepsBeforeAKill finished
// steps, then kills it at a random moment of the work that follows. Returns the last step the
// child reported finished, or nullopt (after a test failure) if it ended without reporting.
std::optional<uint32_t> kill_after_progress(std::mt19937& random,
                                            const std::function<int(const Report&)>& work) {
  testing::ReportingChild child(work);
  std::optional<uint32_t> finished = child.wait_for_reports(
      std::uniform_int_distribution<size_t>(1, kMostStepsBeforeAKill)(random));
  if (!finished) {
    ADD_FAILURE() << "the child ended before reporting its progress";
    return std::nullopt;
  }
  // Not a wait for anything: a random delay spreads the kills over every point of the writes.
  ::usleep(std::uniform_int_distribution<useconds_t>(0, kLongestKillDelayMicroseconds)(random));
  child.kill_and_wait();
  return finished;
}

std::string keep_name(size_t n) { return "c" + std::to_string(n); }

// Each update adds the next name, so every saved state is a keep list c1..cN; reports N once saved.
int add_keep_entries_forever(const fs::path& data_dir, const Report& report) {
  SettingsStore store(data_dir);
  for (;;) {
    Preferences saved = store.update([](Preferences& p) {
      p.keep_list.insert({"example.com", keep_name(p.keep_list.size() + 1)});
    });
    report(static_cast<uint32_t>(saved.keep_list.size()));
  }
}

TEST(DurabilityTest, PreferencesAreWholeAndNeverLoseASavedUpdateUnderSigkill) {
  TempDir dir(testing::Backing::memory);
  unsigned seed = std::random_device()();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  size_t on_file = 0;
  for (int round = 0; round < kRounds; ++round) {
    std::optional<uint32_t> reported = kill_after_progress(
        random, [&](const Report& report) { return add_keep_entries_forever(dir.path(), report); });
    ASSERT_TRUE(reported);
    auto contents = read_file(dir / "preferences.json");
    ASSERT_TRUE(contents) << "a reported save is not on file in round " << round;
    Preferences preferences;  // read strictly: the store would move a broken file aside
    ASSERT_NO_THROW(preferences = preferences_from_json(json::parse(*contents))) << *contents;
    size_t count = preferences.keep_list.size();
    for (size_t n = 1; n <= count; ++n) {
      ASSERT_TRUE(preferences.keep_list.contains({"example.com", keep_name(n)}))
          << n << " of " << count;
    }
    ASSERT_GE(count, *reported) << "a reported save was lost in round " << round;
    ASSERT_GE(count, on_file) << "a saved update was lost in round " << round;
    on_file = count;
  }
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    EXPECT_EQ(entry.path().filename().string().find(".broken-"), std::string::npos);
  }
}

constexpr size_t kBatch = 3;
constexpr size_t kCapacity = 40;  // small, so crashes hit compactions too

// Entry names are "<batch>.<k>"; the child continues after the newest batch on file and
// reports each batch once appended.
int append_batches_forever(const fs::path& data_dir, const Report& report) {
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
    report(static_cast<uint32_t>(batch));
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
  for (int round = 0; round < kRounds; ++round) {
    std::optional<uint32_t> reported = kill_after_progress(
        random, [&](const Report& report) { return append_batches_forever(dir.path(), report); });
    ASSERT_TRUE(reported);
    ASSERT_NO_FATAL_FAILURE(expect_complete_lines_are_entries(dir / "deletions.jsonl"));
    DeletionQuery all;
    all.limit = kCapacity * 3;
    DeletionPage page = DeletionLog(dir.path(), kCapacity).query(all);
    ASSERT_LE(page.entries.size(), kCapacity);
    ASSERT_FALSE(page.entries.empty()) << "a reported batch is not on file in round " << round;
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
    ASSERT_GE(batch, static_cast<long>(*reported))
        << "a reported batch was lost in round " << round;
    ASSERT_GE(batch, newest_batch) << "a saved batch was lost in round " << round;
    newest_batch = batch;
  }
  // Every round appends at least one batch: kills have landed on compactions too.
  EXPECT_GT(newest_batch, batches_to_compact);
}

}  // namespace
}  // namespace consentry
