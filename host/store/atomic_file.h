// Whole-file writes that a crash cannot tear: temp file in the same folder, fsync, rename, fsync
// of the folder. Readers see the old or the new contents, never a mix.
#pragma once
#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace consentry {

// Permission bits for new files, before the user's umask: the user's data is private;
// manifests must be readable by the browser. Neither is ever group- or world-writable.
inline constexpr unsigned kPrivateFileMode = 0600;
inline constexpr unsigned kReadableFileMode = 0644;

// The same, written in pieces (a file too large to hold in memory at once): create, write any
// number of times, commit. Dropped without commit, the temp file is removed and the target is
// untouched. Every member throws StorageError.
class AtomicFileWriter {
 public:
  AtomicFileWriter(boost::filesystem::path path, unsigned mode = kPrivateFileMode);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  void write(std::string_view contents);
  void commit();  // fsync, rename over the target, fsync of the folder

 private:
  boost::filesystem::path path_;
  boost::filesystem::path temp_path_;
  int fd_ = -1;
  bool committed_ = false;
};

// Throws StorageError on any failure; the previous file is then untouched.
void write_file_atomically(const boost::filesystem::path& path, std::string_view contents,
                           unsigned mode = kPrivateFileMode);

// nullopt if the file does not exist; throws StorageError on other read errors.
std::optional<std::string> read_file(const boost::filesystem::path& path);

// Removes the temp files that writers of `path` killed mid-write left behind. Call it only
// while holding the lock every writer of `path` holds, so none of them is a live write.
void remove_stale_temp_files(const boost::filesystem::path& path);

// Makes a rename or unlink in `directory` durable. Throws StorageError.
void sync_directory(const boost::filesystem::path& directory);

}  // namespace consentry
