#pragma once
#include <boost/filesystem/path.hpp>
#include <stdexcept>
#include <string_view>

namespace consentry {

// A file could not be read or written (full disk, permissions, ...). The old file is intact.
class StorageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws StorageError "<what> <path>: <the error's text>", e.g. "cannot write /d/f: No space
// left on device"; `error` is an errno value.
[[noreturn]] void throw_storage_error(std::string_view what, const boost::filesystem::path& path,
                                      int error);

}  // namespace consentry
