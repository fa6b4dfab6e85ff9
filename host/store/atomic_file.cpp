#include "store/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <boost/filesystem/operations.hpp>
#include <cerrno>

#include "base/fd_write.h"
#include "store/storage_error.h"

namespace consentry {

namespace {

namespace fs = boost::filesystem;

std::string temp_prefix_for(const fs::path& path) {
  return "." + path.filename().string() + ".tmp-";
}

// Unique within the folder: two processes (or threads) never share a temp file.
fs::path temp_path_for(const fs::path& path) {
  static std::atomic<unsigned long> counter{0};
  return path.parent_path() /
         (temp_prefix_for(path) + std::to_string(::getpid()) + "-" + std::to_string(++counter));
}

fs::path folder_of(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

}  // namespace

AtomicFileWriter::AtomicFileWriter(fs::path path, unsigned mode)
    : path_(std::move(path)), temp_path_(temp_path_for(path_)) {
  fd_ = ::open(temp_path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd_ < 0) throw_storage_error("cannot create", temp_path_, errno);
}

AtomicFileWriter::~AtomicFileWriter() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temp_path_.c_str());
}

void AtomicFileWriter::write(std::string_view contents) {
  if (!write_fully(fd_, contents)) throw_storage_error("cannot write", temp_path_, errno);
}

void AtomicFileWriter::commit() {
  if (::fsync(fd_) != 0) throw_storage_error("cannot sync", temp_path_, errno);
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) throw_storage_error("cannot close", temp_path_, errno);
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0)
    throw_storage_error("cannot replace", path_, errno);
  committed_ = true;
  sync_directory(folder_of(path_));
}

void write_file_atomically(const fs::path& path, std::string_view contents, unsigned mode) {
  AtomicFileWriter writer(path, mode);
  writer.write(contents);
  writer.commit();
}

std::optional<std::string> read_file(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return std::nullopt;
    throw_storage_error("cannot open", path, errno);
  }
  std::string contents;
  char buffer[65536];
  for (;;) {
    ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      int error = errno;
      ::close(fd);
      throw_storage_error("cannot read", path, error);
    }
    if (got == 0) break;
    contents.append(buffer, static_cast<size_t>(got));
  }
  ::close(fd);
  return contents;
}

void remove_stale_temp_files(const fs::path& path) {
  std::string prefix = temp_prefix_for(path);
  boost::system::error_code error;
  for (fs::directory_iterator it(folder_of(path), error), end; !error && it != end;
       it.increment(error)) {
    boost::system::error_code ignored;  // a file another cleaner removed first is fine
    if (it->path().filename().string().starts_with(prefix)) fs::remove(it->path(), ignored);
  }
}

void sync_directory(const fs::path& directory) {
  int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw_storage_error("cannot open folder", directory, errno);
  int result = ::fsync(fd);
  int error = errno;
  ::close(fd);
  if (result != 0) throw_storage_error("cannot sync folder", directory, error);
}

}  // namespace consentry
