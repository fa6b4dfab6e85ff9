#include "store/folders.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "store/storage_error.h"

namespace consentry {

void create_folders(const boost::filesystem::path& folder, unsigned mode) {
  boost::filesystem::path partial;
  for (const boost::filesystem::path& part : folder) {
    partial /= part;
    if (::mkdir(partial.c_str(), mode & ~022u) == 0 || errno == EEXIST) continue;
    throw StorageError("cannot create " + partial.string() + ": " + std::strerror(errno));
  }
  struct stat status {};
  if (::stat(folder.c_str(), &status) != 0 || !S_ISDIR(status.st_mode)) {
    throw StorageError("cannot create " + folder.string() + ": a file of that name is in the way");
  }
}

}  // namespace consentry
