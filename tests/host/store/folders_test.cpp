#include "store/folders.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "store/atomic_file.h"
#include "store/storage_error.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

unsigned mode_of(const boost::filesystem::path& path) {
  struct stat status {};
  ::stat(path.c_str(), &status);
  return status.st_mode & 07777;
}

TEST(FoldersTest, EveryCreatedFolderGetsTheModeAndNoneIsWritableByOthers) {
  testing::TempDir dir;
  mode_t previous = ::umask(0);
  create_folders(dir / "a/b/c", 0777);
  create_folders(dir / "p/q", 0700);
  ::umask(previous);
  EXPECT_EQ(mode_of(dir / "a"), 0755u);
  EXPECT_EQ(mode_of(dir / "a/b/c"), 0755u);
  EXPECT_EQ(mode_of(dir / "p"), 0700u);
  EXPECT_EQ(mode_of(dir / "p/q"), 0700u);
}

TEST(FoldersTest, ExistingFoldersAreLeftAsTheyAre) {
  testing::TempDir dir;
  create_folders(dir / "a", 0700);
  ::chmod((dir / "a").c_str(), 0750);
  create_folders(dir / "a/b", 0700);
  EXPECT_EQ(mode_of(dir / "a"), 0750u);
}

TEST(FoldersTest, AFileInTheWayIsAClearError) {
  testing::TempDir dir;
  write_file_atomically(dir / "file", "x");
  EXPECT_THROW(create_folders(dir / "file", 0700), StorageError);
  EXPECT_THROW(create_folders(dir / "file/sub", 0700), StorageError);
}

}  // namespace
}  // namespace consentry
