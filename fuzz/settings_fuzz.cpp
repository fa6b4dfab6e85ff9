// Any bytes as the preferences file (a tampered or damaged DATA_DIR/preferences.json) through
// SettingsStore::load: the result is valid preferences that round-trip through their JSON form,
// or the file is moved aside whole (nothing the user had is lost), or, for a newer version, a
// StorageError leaves the file untouched. Any other exception or crash is a finding.
#include <boost/filesystem/operations.hpp>
#include <fstream>
#include <iterator>
#include <string>

#include "fuzz_check.h"
#include "fuzz_session.h"
#include "model/preferences.h"
#include "store/settings_store.h"
#include "store/storage_error.h"

namespace {

namespace fs = boost::filesystem;

std::string contents_of(const fs::path& path) {
  std::ifstream in(path.string(), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The one file in `dir` whose name starts with "preferences.json.broken-", or an empty path.
fs::path moved_aside(const fs::path& dir) {
  fs::path found;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().starts_with("preferences.json.broken-")) {
      FUZZ_CHECK(found.empty());
      found = entry.path();
    }
  }
  return found;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  consentry::fuzzing::log_to_nowhere();
  consentry::testing::TempDir dir;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::ofstream(dir.path() / "preferences.json", std::ios::binary) << bytes;
  consentry::SettingsStore store(dir.path());
  try {
    consentry::Preferences loaded = store.load();
    FUZZ_CHECK(consentry::preferences_from_json(consentry::preferences_to_json(loaded)) == loaded);
    fs::path aside = moved_aside(dir.path());
    if (aside.empty()) {
      FUZZ_CHECK(contents_of(store.settings_path()) == bytes);
    } else {
      FUZZ_CHECK(!fs::exists(store.settings_path()));
      FUZZ_CHECK(contents_of(aside) == bytes);
      FUZZ_CHECK(loaded == consentry::Preferences{});
    }
  } catch (const consentry::StorageError&) {
    FUZZ_CHECK(moved_aside(dir.path()).empty());
    FUZZ_CHECK(contents_of(store.settings_path()) == bytes);
  }
  return 0;
}
