#include "store/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store/atomic_file.h"
#include "store/storage_error.h"

namespace consentry {

FileLock::FileLock(const boost::filesystem::path& lock_path) {
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, kPrivateFileMode);
  if (fd_ < 0) {
    throw StorageError("cannot open lock file " + lock_path.string() + ": " + std::strerror(errno));
  }
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    int error = errno;
    ::close(fd_);
    throw StorageError("cannot lock " + lock_path.string() + ": " + std::strerror(error));
  }
}

// Closing the descriptor releases the lock.
FileLock::~FileLock() { ::close(fd_); }

}  // namespace consentry
