// A fresh folder for one test, removed with everything in it when the test ends.
#pragma once
#include <stdlib.h>

#include <boost/filesystem/operations.hpp>
#include <boost/filesystem/path.hpp>
#include <stdexcept>
#include <string>

namespace consentry::testing {

enum class Backing { disk, memory };

class TempDir {
 public:
  // `memory` puts the folder on /dev/shm (where there is one) for tests of many writes: each
  // fsync then costs nothing, so they measure locking and crashes, not a shared disk's latency.
  explicit TempDir(Backing backing = Backing::disk) {
    boost::filesystem::path base = boost::filesystem::temp_directory_path();
    if (backing == Backing::memory && boost::filesystem::is_directory("/dev/shm"))
      base = "/dev/shm";
    std::string pattern = (base / "consentry-test-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    boost::system::error_code ignored;
    boost::filesystem::permissions(path_, boost::filesystem::owner_all, ignored);
    boost::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const boost::filesystem::path& path() const { return path_; }
  boost::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  boost::filesystem::path path_;
};

}  // namespace consentry::testing
