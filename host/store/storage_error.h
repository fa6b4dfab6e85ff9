#pragma once
#include <stdexcept>

namespace consentry {

// A file could not be read or written (full disk, permissions, ...). The old file is intact.
class StorageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace consentry
