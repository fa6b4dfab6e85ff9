#include "install/install.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <cctype>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "store/atomic_file.h"
#include "store/data_dir.h"
#include "store/file_lock.h"
#include "store/folders.h"
#include "store/storage_error.h"

#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif

namespace consentry {

namespace {

namespace fs = boost::filesystem;
using nlohmann::json;

constexpr std::array<std::string_view, 5> kBrowserNames = {"chrome", "chromium", "edge", "brave",
                                                           "firefox"};
constexpr const char* kChromeOriginPrefix = "chrome-extension://";
constexpr const char* kManifestFileName = "org.consentry.host.json";  // kHostName + ".json"
constexpr const char* kRecordFormat = "consentry-installed-extensions";
constexpr const char* kDescription =
    "Consentry: classifies cookies and applies your consent choices";

// ---- Where each browser looks (platform.md's table; the browsers' native messaging docs) ----

struct Folders {
  const char* user;    // below $HOME (Linux: Chromium-family below the XDG config folder)
  const char* system;  // absolute
};

// In kAllBrowsers order. Brave reads Chrome's system folder.
#ifdef __APPLE__
constexpr std::array<Folders, 5> kFolders = {{
    {"Library/Application Support/Google/Chrome/NativeMessagingHosts",
     "/Library/Google/Chrome/NativeMessagingHosts"},
    {"Library/Application Support/Chromium/NativeMessagingHosts",
     "/Library/Application Support/Chromium/NativeMessagingHosts"},
    {"Library/Application Support/Microsoft Edge/NativeMessagingHosts",
     "/Library/Microsoft/Edge/NativeMessagingHosts"},
    {"Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts",
     "/Library/Google/Chrome/NativeMessagingHosts"},
    {"Library/Application Support/Mozilla/NativeMessagingHosts",
     "/Library/Application Support/Mozilla/NativeMessagingHosts"},
}};
#else
constexpr std::array<Folders, 5> kFolders = {{
    {"google-chrome/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts"},
    {"chromium/NativeMessagingHosts", "/etc/chromium/native-messaging-hosts"},
    {"microsoft-edge/NativeMessagingHosts", "/etc/opt/edge/native-messaging-hosts"},
    {"BraveSoftware/Brave-Browser/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts"},
    {".mozilla/native-messaging-hosts", "/usr/lib/mozilla/native-messaging-hosts"},
}};
#endif

bool is_firefox(Browser browser) { return browser == Browser::firefox; }

// The user's folder a browser's user folder is below: Chromium-family browsers keep their
// profiles (and NativeMessagingHosts) in the XDG config folder on Linux; Firefox reads ~/.mozilla
// whatever XDG says, and macOS has neither.
fs::path user_root([[maybe_unused]] Browser browser) {
#ifdef __APPLE__
  std::optional<fs::path> root = home_dir();
#else
  std::optional<fs::path> root = is_firefox(browser) ? home_dir() : config_home();
#endif
  if (!root) throw InstallError("HOME is not set: cannot find the browsers' folders (use --dir)");
  return *root;
}

fs::path folder_for(Browser browser, const InstallOptions& options) {
  if (options.dir) return fs::absolute(*options.dir);
  const Folders& folders = kFolders[static_cast<size_t>(browser)];
  return options.system ? fs::path(folders.system) : user_root(browser) / folders.user;
}

// ---- Extension IDs ----

bool is_chromium_id(std::string_view id) {
  return id.size() == 32 &&
         std::all_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'p'; });
}

bool is_firefox_id(std::string_view id) {
  auto is_guid_char = [](unsigned char c) { return std::isxdigit(c) || c == '-'; };
  if (id.size() == 38 && id.front() == '{' && id.back() == '}') {
    return std::all_of(id.begin() + 1, id.end() - 1, is_guid_char);
  }
  auto at = id.find('@');
  auto is_id_char = [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '+';
  };
  return id.size() <= 255 && at != std::string_view::npos && at > 0 && at + 1 < id.size() &&
         std::all_of(id.begin(), id.begin() + at, is_id_char) &&
         std::all_of(id.begin() + at + 1, id.end(), is_id_char);
}

// The Chromium ID of an origin argument ("chrome-extension://ID/"), else the text unchanged.
std::string_view without_origin(std::string_view text) {
  if (text.rfind(kChromeOriginPrefix, 0) != 0) return text;
  text.remove_prefix(std::string_view(kChromeOriginPrefix).size());
  if (!text.empty() && text.back() == '/') text.remove_suffix(1);
  return text;
}

struct ExtensionIds {
  std::vector<std::string> chromium, firefox;  // beyond the defaults, in the order given
};

void add_unique(std::vector<std::string>& ids, std::string id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(std::move(id));
}

ExtensionIds sort_extension_ids(const std::vector<std::string>& given) {
  ExtensionIds ids;
  for (const std::string& text : given) {
    std::string_view id = without_origin(text);
    if (is_chromium_id(id)) {
      if (id != kDefaultChromiumExtensionId) add_unique(ids.chromium, std::string(id));
    } else if (is_firefox_id(id)) {
      if (id != kDefaultFirefoxExtensionId) add_unique(ids.firefox, std::string(id));
    } else {
      std::string shown = json(text).dump(-1, ' ', false, json::error_handler_t::replace);
      throw InstallError("--extension-id " + shown +
                         " is neither a Chromium extension ID (32 letters a-p) nor a Firefox "
                         "add-on ID (name@domain or {GUID})");
    }
  }
  return ids;
}

// ---- Manifests ----

json manifest_for(bool firefox, const fs::path& binary, const ExtensionIds& ids) {
  json manifest = {{"name", kHostName},
                   {"description", kDescription},
                   {"path", binary.string()},
                   {"type", "stdio"}};
  if (firefox) {
    json allowed = {kDefaultFirefoxExtensionId};
    for (const std::string& id : ids.firefox) allowed.push_back(id);
    manifest["allowed_extensions"] = std::move(allowed);
  } else {
    json allowed = {std::string(kChromeOriginPrefix) + kDefaultChromiumExtensionId + "/"};
    for (const std::string& id : ids.chromium) allowed.push_back(kChromeOriginPrefix + id + "/");
    manifest["allowed_origins"] = std::move(allowed);
  }
  return manifest;
}

// Throws InstallError when `file` exists and is not a manifest of ours.
void refuse_foreign_manifest(const fs::path& file) {
  std::optional<std::string> contents = read_file(file);
  if (!contents) return;
  json existing = json::parse(*contents, nullptr, false);
  if (existing.is_object() && existing.value("name", json()) == kHostName) return;
  std::string owner = existing.is_object() && existing.contains("name")
                          ? " (it names " + existing["name"].dump() + ")"
                          : "";
  throw InstallError(file.string() + " exists and is not Consentry's manifest" + owner +
                     "; not touching it");
}

void write_manifest(const fs::path& file, const json& manifest) {
  create_folders(file.parent_path(), 0755);  // the browser must be able to enter them
  write_file_atomically(file, manifest.dump(2) + "\n", kReadableFileMode);
}

struct Target {
  fs::path file;
  bool firefox;
};

std::vector<Target> targets_of(const InstallOptions& options) {
  if (options.browsers.empty()) throw InstallError("no browser chosen");
  bool any_firefox = std::any_of(options.browsers.begin(), options.browsers.end(), is_firefox);
  bool all_firefox = std::all_of(options.browsers.begin(), options.browsers.end(), is_firefox);
  if (options.dir && any_firefox && !all_firefox) {
    throw InstallError(
        "--dir holds one manifest, and Firefox's differs from the Chromium "
        "browsers': choose --browser firefox, or Chromium-family browsers only");
  }
  std::vector<Target> targets;
  for (Browser browser : options.browsers) {
    fs::path file = folder_for(browser, options) / kManifestFileName;
    bool seen = std::any_of(targets.begin(), targets.end(),
                            [&](const Target& target) { return target.file == file; });
    if (!seen) targets.push_back({file, is_firefox(browser)});
  }
  return targets;
}

fs::path running_program() {
#ifdef __APPLE__
  char buffer[4096];
  uint32_t size = sizeof buffer;
  if (_NSGetExecutablePath(buffer, &size) != 0) {
    throw InstallError("cannot find this program's path");
  }
  return fs::canonical(buffer);
#else
  return fs::read_symlink("/proc/self/exe");
#endif
}

fs::path binary_of(const InstallOptions& options) {
  fs::path binary = options.binary.empty() ? running_program() : options.binary;
  if (!binary.is_absolute()) {
    throw InstallError("the host's path must be absolute: " + binary.string());
  }
  if (!fs::is_regular_file(binary)) throw InstallError("no program at " + binary.string());
  return binary;
}

// ---- The record of extra extension IDs (DATA_DIR/installed-extensions.json) ----

fs::path data_dir_of(const InstallOptions& options) {
  return options.data_dir.empty() ? resolve_data_dir(std::nullopt) : options.data_dir;
}

fs::path record_path(const fs::path& data_dir) { return data_dir / "installed-extensions.json"; }

std::vector<std::string> string_list(const json& record, const char* key) {
  std::vector<std::string> list;
  for (const json& id : record.at(key)) list.push_back(id.get<std::string>());
  return list;
}

// Throws StorageError, or json::exception for a file that is not a record.
ExtensionIds read_record(const fs::path& data_dir) {
  std::optional<std::string> contents = read_file(record_path(data_dir));
  if (!contents) return {};
  json record = json::parse(*contents);
  if (record.at("format") != kRecordFormat) {
    throw json::other_error::create(501, "not an installed-extensions record", &record);
  }
  return {string_list(record, "chromium"), string_list(record, "firefox")};
}

// Changes the record under its lock; returns the file when it was written or removed.
template <typename Change>
std::optional<fs::path> update_record(const fs::path& data_dir, Change change) {
  create_data_dir(data_dir);
  FileLock lock(data_dir / "installed-extensions.lock");
  ExtensionIds ids;
  try {
    ids = read_record(data_dir);
  } catch (const json::exception& error) {
    throw StorageError(record_path(data_dir).string() + " is not readable (" + error.what() +
                       "); fix or remove it, then install again");
  }
  ExtensionIds before = ids;
  change(ids);
  if (ids.chromium == before.chromium && ids.firefox == before.firefox) return std::nullopt;
  fs::path file = record_path(data_dir);
  if (ids.chromium.empty() && ids.firefox.empty()) {
    boost::system::error_code error;
    fs::remove(file, error);
    if (error) throw StorageError("cannot remove " + file.string() + ": " + error.message());
    return file;
  }
  json record = {{"format", kRecordFormat},
                 {"version", 1},
                 {"chromium", ids.chromium},
                 {"firefox", ids.firefox}};
  write_file_atomically(file, record.dump(2) + "\n");
  return file;
}

void remove_each(std::vector<std::string>& from, const std::vector<std::string>& ids) {
  std::erase_if(from, [&](const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  });
}

}  // namespace

std::string_view browser_name(Browser browser) {
  return kBrowserNames[static_cast<size_t>(browser)];
}

std::optional<Browser> parse_browser(std::string_view name) {
  for (Browser browser : kAllBrowsers) {
    if (browser_name(browser) == name) return browser;
  }
  return std::nullopt;
}

std::vector<fs::path> manifest_paths(const InstallOptions& options) {
  std::vector<fs::path> paths;
  for (const Target& target : targets_of(options)) paths.push_back(target.file);
  return paths;
}

std::vector<fs::path> install(const InstallOptions& options) {
  ExtensionIds ids = sort_extension_ids(options.extension_ids);
  fs::path binary = binary_of(options);
  std::vector<Target> targets = targets_of(options);
  for (const Target& target : targets) refuse_foreign_manifest(target.file);

  // The record first: if it cannot be written, no manifest names IDs the host would refuse.
  std::vector<fs::path> written;
  if (!ids.chromium.empty() || !ids.firefox.empty()) {
    auto record = update_record(data_dir_of(options), [&](ExtensionIds& recorded) {
      for (const std::string& id : ids.chromium) add_unique(recorded.chromium, id);
      for (const std::string& id : ids.firefox) add_unique(recorded.firefox, id);
    });
    if (record) written.push_back(*record);
  }
  for (const Target& target : targets) {
    write_manifest(target.file, manifest_for(target.firefox, binary, ids));
    written.push_back(target.file);
  }
  return written;
}

std::vector<fs::path> uninstall(const InstallOptions& options) {
  ExtensionIds ids = sort_extension_ids(options.extension_ids);
  std::vector<Target> targets = targets_of(options);
  for (const Target& target : targets) refuse_foreign_manifest(target.file);

  std::vector<fs::path> removed;
  for (const Target& target : targets) {
    boost::system::error_code error;
    if (fs::remove(target.file, error)) removed.push_back(target.file);
    if (error) throw StorageError("cannot remove " + target.file.string() + ": " + error.message());
  }
  if (!ids.chromium.empty() || !ids.firefox.empty()) {
    auto record = update_record(data_dir_of(options), [&](ExtensionIds& recorded) {
      remove_each(recorded.chromium, ids.chromium);
      remove_each(recorded.firefox, ids.firefox);
    });
    if (record && !fs::exists(*record)) removed.push_back(*record);
  }
  return removed;
}

bool caller_allowed(std::string_view caller, const fs::path& data_dir) {
  bool chromium = caller.rfind(kChromeOriginPrefix, 0) == 0;
  std::string_view id = without_origin(caller);
  if (id == (chromium ? kDefaultChromiumExtensionId : kDefaultFirefoxExtensionId)) return true;
  try {
    ExtensionIds recorded = read_record(data_dir);
    const std::vector<std::string>& allowed = chromium ? recorded.chromium : recorded.firefox;
    return std::find(allowed.begin(), allowed.end(), id) != allowed.end();
  } catch (const std::exception& error) {  // StorageError or a broken record
    spdlog::error("cannot read {} ({}); only the default extensions may call",
                  record_path(data_dir).string(), error.what());
    return false;
  }
}

}  // namespace consentry
