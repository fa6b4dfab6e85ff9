// Whole-file writes that a crash cannot tear: temp file in the same folder, fsync, rename, fsync
// of the folder. Readers see the old or the new contents, never a mix.
#pragma once
#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace consentry {

// Throws StorageError on any failure; the previous file is then untouched.
void write_file_atomically(const boost::filesystem::path& path, std::string_view contents);

// nullopt if the file does not exist; throws StorageError on other read errors.
std::optional<std::string> read_file(const boost::filesystem::path& path);

}  // namespace consentry
