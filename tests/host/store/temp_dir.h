// A fresh folder for one test, removed with everything in it when the test ends.
#pragma once
#include <stdlib.h>

#include <boost/filesystem/operations.hpp>
#include <boost/filesystem/path.hpp>
#include <stdexcept>
#include <string>

namespace consentry::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (boost::filesystem::temp_directory_path() / "consentry-test-XXXXXX").string();
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
