// Where the user's data lives: --data-dir, else $CONSENTRY_DATA_DIR, else
// $XDG_CONFIG_HOME/consentry, else ~/.config/consentry (macOS: ~/Library/Application
// Support/Consentry).
#pragma once
#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>

namespace consentry {

// The user's home folder ($HOME); nullopt when it is not set.
std::optional<boost::filesystem::path> home_dir();

// The user's configuration folder: $XDG_CONFIG_HOME when set and absolute (the XDG spec says a
// relative one must be ignored), else ~/.config; nullopt when neither is known.
std::optional<boost::filesystem::path> config_home();

// Resolves the directory (does not create it). Throws std::runtime_error if no HOME is known.
boost::filesystem::path resolve_data_dir(const std::optional<std::string>& override_dir);

// Creates the directory and its parents if missing; every folder it creates is private to the
// user (0700, as the XDG spec asks). Throws StorageError.
void create_data_dir(const boost::filesystem::path& data_dir);

}  // namespace consentry
