#include "store/settings_store.h"

#include <spdlog/spdlog.h>

#include <boost/filesystem/operations.hpp>
#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "store/atomic_file.h"
#include "store/data_dir.h"
#include "store/file_lock.h"
#include "store/storage_error.h"
#include "json/untrusted_json.h"

namespace consentry {

namespace {

namespace fs = boost::filesystem;
// Far above any real file (some 60,000 keep-list entries), and low enough that parsing stays
// well within the host's memory budget whatever a tampered file holds.
constexpr uintmax_t kMaxSettingsBytes = 4 << 20;
constexpr size_t kMaxSettingsDepth = 16;  // the format nests 4 deep

// The user may have edited the file, or something else written it: it is read as untrusted.
Preferences parse_settings(const std::string& contents) {
  try {
    return preferences_from_json(parse_untrusted_json(contents, kMaxSettingsDepth));
  } catch (const InvalidJson& error) {
    throw InvalidSettings(std::string("not valid JSON: ") + error.what());
  }
}

// Defaults when there is no file. Throws InvalidSettings for a file to move aside, and
// StorageError for one of a newer version, which must stay as it is.
Preferences read_settings(const fs::path& path) {
  boost::system::error_code error;  // a missing file is read_file's to report
  if (fs::file_size(path, error) > kMaxSettingsBytes && !error) {
    throw InvalidSettings("the file is larger than 4 MiB");
  }
  auto contents = read_file(path);
  if (!contents) return {};
  try {
    return parse_settings(*contents);
  } catch (const NewerSettingsVersion& error) {
    throw StorageError(path.string() + ": " + error.what());
  }
}

fs::path unused_path(const fs::path& base) {
  fs::path candidate = base;
  for (int n = 1; fs::exists(candidate); ++n) candidate = base.string() + "-" + std::to_string(n);
  return candidate;
}

}  // namespace

SettingsStore::SettingsStore(fs::path data_dir) : data_dir_(std::move(data_dir)) {
  create_data_dir(data_dir_);
}

fs::path SettingsStore::settings_path() const { return data_dir_ / "preferences.json"; }

Preferences SettingsStore::load() const {
  try {
    return read_settings(settings_path());
  } catch (const InvalidSettings&) {
    // Another host may have replaced it meanwhile: decide under the lock, on a fresh read.
    FileLock lock(data_dir_ / "preferences.lock");
    return load_locked();
  }
}

Preferences SettingsStore::update(const std::function<void(Preferences&)>& change) {
  FileLock lock(data_dir_ / "preferences.lock");
  Preferences before = load_locked();
  Preferences after = before;
  change(after);
  if (after != before || !fs::exists(settings_path())) {
    remove_stale_temp_files(settings_path());
    write_file_atomically(settings_path(), preferences_to_json(after).dump(2) + "\n");
  }
  return after;
}

Preferences SettingsStore::load_locked() const {
  try {
    return read_settings(settings_path());
  } catch (const InvalidSettings& error) {
    move_aside(error.what());
    return {};
  }
}

void SettingsStore::move_aside(const std::string& problem) const {
  fs::path aside = unused_path(settings_path().string() + ".broken-" +
                               std::to_string(static_cast<long long>(seconds_since_epoch())));
  boost::system::error_code error;
  fs::rename(settings_path(), aside, error);
  if (error) {
    throw StorageError("cannot move the unreadable " + settings_path().string() +
                       " aside: " + error.message());
  }
  sync_directory(data_dir_);
  spdlog::error("preferences file {} is not valid ({}); moved it to {} and starting from defaults",
                settings_path().string(), problem, aside.string());
}

}  // namespace consentry
