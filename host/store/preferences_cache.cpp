#include "store/preferences_cache.h"

#include <sys/stat.h>

namespace consentry {

PreferencesCache::PreferencesCache(const SettingsStore& store) : store_(store) {}

PreferencesCache::FileStamp PreferencesCache::stamp_now() const {
  FileStamp stamp;
  struct stat info {};
  if (::stat(store_.settings_path().c_str(), &info) != 0) return stamp;
  stamp.exists = true;
  stamp.inode = info.st_ino;
  stamp.size = info.st_size;
  stamp.mtime_ns =
      static_cast<long long>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
  return stamp;
}

const Preferences& PreferencesCache::current() {
  // Stat before loading: if the file changes in between, the stale stamp forces another read.
  FileStamp stamp = stamp_now();
  if (!stamp_ || !(*stamp_ == stamp)) {
    preferences_ = store_.load();
    stamp_ = stamp;
  }
  return preferences_;
}

}  // namespace consentry
