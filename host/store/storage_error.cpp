#include "store/storage_error.h"

#include <cstring>

namespace consentry {

void throw_storage_error(std::string_view what, const boost::filesystem::path& path, int error) {
  throw StorageError(std::string(what) + " " + path.string() + ": " + std::strerror(error));
}

}  // namespace consentry
