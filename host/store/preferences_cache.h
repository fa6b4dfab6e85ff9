// The preferences as decide needs them: read once, then re-read only when preferences.json
// changed on disk (another host, the CLI, or our own update). One stat(2) per check; an atomic
// write replaces the file, so inode, size and mtime together tell any change apart.
#pragma once
#include <sys/types.h>

#include <optional>

#include "model/preferences.h"
#include "store/settings_store.h"

namespace consentry {

class PreferencesCache {
 public:
  explicit PreferencesCache(const SettingsStore& store);

  // The current preferences; valid until the next call of any member.
  const Preferences& current();

  // Forget what is cached: the next current() reads the file.
  void invalidate() { stamp_.reset(); }

 private:
  struct FileStamp {
    bool exists = false;
    ino_t inode = 0;
    off_t size = 0;
    long long mtime_ns = 0;
    bool operator==(const FileStamp&) const = default;
  };
  FileStamp stamp_now() const;

  const SettingsStore& store_;
  std::optional<FileStamp> stamp_;
  Preferences preferences_;
};

}  // namespace consentry
