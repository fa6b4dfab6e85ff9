// The preferences file (DATA_DIR/preferences.json). Every update locks (DATA_DIR/preferences.lock),
// re-reads, applies and writes atomically, so concurrent hosts lose none of each other's changes.
// A file that does not parse or validate is moved aside (preferences.json.broken-<time>) with a
// log line, and defaults are used. A file of a newer format version is never touched: load and
// update throw StorageError saying so, so nothing the user set is lost or overridden.
#pragma once
#include <boost/filesystem/path.hpp>
#include <functional>

#include "model/preferences.h"

namespace consentry {

class SettingsStore {
 public:
  explicit SettingsStore(boost::filesystem::path data_dir);  // creates the folder if needed

  // The saved preferences, or the first-run defaults when there is no file. Throws StorageError.
  Preferences load() const;

  // Applies `change` to the freshest state under the lock and saves it; returns the saved state.
  // If `change` throws, nothing is written. Throws StorageError if the write fails.
  Preferences update(const std::function<void(Preferences&)>& change);

  const boost::filesystem::path& data_dir() const { return data_dir_; }
  boost::filesystem::path settings_path() const;

 private:
  Preferences load_locked() const;
  void move_aside(const std::string& problem) const;

  boost::filesystem::path data_dir_;
};

}  // namespace consentry
