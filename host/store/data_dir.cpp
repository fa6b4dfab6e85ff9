#include "store/data_dir.h"

#include <boost/filesystem/operations.hpp>
#include <cstdlib>
#include <stdexcept>

#include "store/folders.h"

namespace consentry {

namespace {

namespace fs = boost::filesystem;

// An unset and an empty variable mean the same: not given.
std::optional<std::string> environment(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) return std::nullopt;
  return std::string(value);
}

}  // namespace

std::optional<fs::path> home_dir() { return environment("HOME"); }

std::optional<fs::path> config_home() {
  if (auto config = environment("XDG_CONFIG_HOME"); config && fs::path(*config).is_absolute()) {
    return fs::path(*config);
  }
  if (auto home = home_dir()) return *home / ".config";
  return std::nullopt;
}

fs::path resolve_data_dir(const std::optional<std::string>& override_dir) {
  if (override_dir && !override_dir->empty()) return fs::absolute(*override_dir);
  if (auto from_environment = environment("CONSENTRY_DATA_DIR")) {
    return fs::absolute(*from_environment);
  }
#ifdef __APPLE__
  std::optional<fs::path> base = home_dir();
  if (base) *base /= "Library/Application Support";
  const char* name = "Consentry";
#else
  std::optional<fs::path> base = config_home();
  const char* name = "consentry";
#endif
  if (!base)
    throw std::runtime_error("cannot find the data folder: HOME is not set (use --data-dir)");
  return *base / name;
}

void create_data_dir(const fs::path& data_dir) { create_folders(data_dir, 0700); }

}  // namespace consentry
