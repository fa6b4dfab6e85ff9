// The record of extension IDs the host was installed for beyond the defaults
// (`install --extension-id`): DATA_DIR/installed-extensions.json, so the host can check its caller
// against every one of them. Changed under DATA_DIR/installed-extensions.lock, written atomically.
//
// {"format": "consentry-installed-extensions", "version": 1, "chromium": ["ID", ...],
//  "firefox": ["name@domain", ...]}
#pragma once
#include <boost/filesystem/path.hpp>
#include <optional>

#include "model/extension_id.h"

namespace consentry {

boost::filesystem::path installed_extensions_file(const boost::filesystem::path& data_dir);

// The recorded IDs; none when there is no record. The file is untrusted: it is read with the
// untrusted JSON parser and every ID must be of its kind. Throws StorageError naming the file
// when it cannot be read or is not such a record.
ExtensionIds read_installed_extensions(const boost::filesystem::path& data_dir);

// Adds `ids` to the record (creating the data directory and the record as needed), or removes
// them (removing the record once it is empty). Returns the record's path when it was written or
// removed, nullopt when nothing changed. A record that cannot be read is left as it is. Throws
// StorageError.
std::optional<boost::filesystem::path> record_installed_extensions(
    const boost::filesystem::path& data_dir, const ExtensionIds& ids);
std::optional<boost::filesystem::path> forget_installed_extensions(
    const boost::filesystem::path& data_dir, const ExtensionIds& ids);

}  // namespace consentry
