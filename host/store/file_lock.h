// An exclusive advisory lock (flock) on a lock file, so two hosts (Chrome's and Firefox's) can
// share one data directory: take it, re-read, change, write, release.
#pragma once
#include <boost/filesystem/path.hpp>

namespace consentry {

class FileLock {
 public:
  explicit FileLock(const boost::filesystem::path& lock_path);  // blocks; throws StorageError
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_;
};

}  // namespace consentry
