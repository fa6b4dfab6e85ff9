#include "store/file_lock.h"

#include <gtest/gtest.h>

#include "support/child_process.h"
#include "store/atomic_file.h"
#include "store/storage_error.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

using testing::TempDir;

// Read, add one, write: without mutual exclusion two processes lose increments.
void increment(const boost::filesystem::path& counter, const boost::filesystem::path& lock_path) {
  FileLock lock(lock_path);
  int value = std::stoi(read_file(counter).value_or("0"));
  write_file_atomically(counter, std::to_string(value + 1));
}

TEST(FileLockTest, TwoProcessesIncrementingUnderTheLockLoseNothing) {
  TempDir dir(testing::Backing::memory);
  constexpr int kEach = 300;
  auto work = [&] {
    for (int i = 0; i < kEach; ++i) increment(dir / "counter", dir / "counter.lock");
    return 0;
  };
  pid_t first = testing::start_child(work);
  pid_t second = testing::start_child(work);
  EXPECT_EQ(testing::wait_for(first), 0);
  EXPECT_EQ(testing::wait_for(second), 0);
  EXPECT_EQ(read_file(dir / "counter"), std::to_string(2 * kEach));
}

TEST(FileLockTest, ALockInAMissingFolderThrows) {
  TempDir dir;
  EXPECT_THROW(FileLock(dir / "missing" / "x.lock"), StorageError);
}

}  // namespace
}  // namespace consentry
