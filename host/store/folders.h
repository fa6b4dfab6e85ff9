// Creating folders with a chosen mode, applied (under the umask) to every folder created, not
// only the last: a folder Consentry creates is never writable by others, whatever the umask.
#pragma once
#include <boost/filesystem/path.hpp>

namespace consentry {

// Creates `folder` and any missing parents, each with `mode & ~umask & ~022`. Existing folders
// are left as they are. Throws StorageError.
void create_folders(const boost::filesystem::path& folder, unsigned mode);

}  // namespace consentry
