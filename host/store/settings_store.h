// The preferences file (DATA_DIR/preferences.json). Every update locks, re-reads, applies and
// writes atomically, so concurrent hosts lose none of each other's changes. A file that does not
// parse is moved aside (preferences.json.broken-<time>) with a log line, and defaults are used.
#pragma once
#include <boost/filesystem/path.hpp>
#include <functional>

#include "preferences.h"

namespace consentry {

class SettingsStore {
 public:
  explicit SettingsStore(boost::filesystem::path data_dir);  // creates the folder if needed

  Preferences load() const;

  // Applies `change` to the freshest state under the lock and saves it; returns the saved state.
  // If `change` throws, nothing is written. Throws StorageError if the write fails.
  Preferences update(const std::function<void(Preferences&)>& change);

  const boost::filesystem::path& data_dir() const { return data_dir_; }

 private:
  boost::filesystem::path data_dir_;
};

}  // namespace consentry
