#include "store/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <boost/filesystem/operations.hpp>

#include "support/child_process.h"
#include "store/storage_error.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;
using testing::TempDir;

std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

unsigned mode_of(const fs::path& path) {
  struct stat status {};
  ::stat(path.c_str(), &status);
  return status.st_mode & 07777;
}

class UmaskScope {
 public:
  explicit UmaskScope(mode_t mask) : previous_(::umask(mask)) {}
  ~UmaskScope() { ::umask(previous_); }

 private:
  mode_t previous_;
};

TEST(AtomicFileTest, WritesReplacesAndLeavesNoTempFile) {
  TempDir dir;
  write_file_atomically(dir / "a.json", "first");
  write_file_atomically(dir / "a.json", "second, longer");
  EXPECT_EQ(read_file(dir / "a.json"), "second, longer");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"a.json"});
}

TEST(AtomicFileTest, AMissingFileReadsAsNothing) {
  TempDir dir;
  EXPECT_EQ(read_file(dir / "missing"), std::nullopt);
  EXPECT_THROW(read_file(dir.path()), StorageError);  // a folder is not a file
}

TEST(AtomicFileTest, NewFilesArePrivateOrReadableUnderTheUmaskNeverWritableByOthers) {
  TempDir dir;
  UmaskScope mask(022);
  write_file_atomically(dir / "private", "x");
  write_file_atomically(dir / "readable", "x", kReadableFileMode);
  EXPECT_EQ(mode_of(dir / "private"), 0600u);
  EXPECT_EQ(mode_of(dir / "readable"), 0644u);
  UmaskScope strict(077);
  write_file_atomically(dir / "readable", "y", kReadableFileMode);
  EXPECT_EQ(mode_of(dir / "readable"), 0600u);
}

TEST(AtomicFileTest, AFailedWriteThrowsAndKeepsTheOldFile) {
  TempDir dir;
  write_file_atomically(dir / "a.json", "old");
  int code = testing::run_in_child([&] {
    testing::limit_file_size(100);  // the disk is full after 100 bytes
    try {
      write_file_atomically(dir / "a.json", std::string(1000, 'n'));
    } catch (const StorageError&) {
      return 0;
    }
    return 1;
  });
  EXPECT_EQ(code, 0) << "no StorageError";
  EXPECT_EQ(read_file(dir / "a.json"), "old");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"a.json"});
}

TEST(AtomicFileTest, AWriterDroppedWithoutCommitChangesNothing) {
  TempDir dir;
  write_file_atomically(dir / "a.json", "old");
  {
    AtomicFileWriter writer(dir / "a.json");
    writer.write("new");
  }
  EXPECT_EQ(read_file(dir / "a.json"), "old");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"a.json"});
}

TEST(AtomicFileTest, WritingIntoAMissingFolderThrows) {
  TempDir dir;
  EXPECT_THROW(write_file_atomically(dir / "no" / "a.json", "x"), StorageError);
}

TEST(AtomicFileTest, StaleTempFilesOfOneTargetAreRemoved) {
  TempDir dir;
  write_file_atomically(dir / ".a.json.tmp-1-1", "left by a killed writer");
  write_file_atomically(dir / ".b.json.tmp-1-1", "another file's");
  write_file_atomically(dir / "a.json", "x");
  remove_stale_temp_files(dir / "a.json");
  EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{".b.json.tmp-1-1", "a.json"}));
}

}  // namespace
}  // namespace consentry
