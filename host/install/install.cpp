#include "install/install.h"

#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <nlohmann/json.hpp>

#include "install/running_program.h"
#include "json/untrusted_json.h"
#include "model/extension_id.h"
#include "store/atomic_file.h"
#include "store/data_dir.h"
#include "store/folders.h"
#include "store/installed_extensions.h"
#include "store/storage_error.h"

namespace consentry {

namespace {

namespace fs = boost::filesystem;
using nlohmann::json;

constexpr const char* kDescription =
    "Consentry: classifies cookies and applies your consent choices";

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

// The existing file as JSON; null when it is not JSON at all.
json read_existing(const std::string& contents) {
  try {
    return parse_untrusted_json(contents);
  } catch (const InvalidJson&) {
    return nullptr;
  }
}

// Throws InstallError when `file` exists and is not a manifest of ours.
void refuse_foreign_manifest(const fs::path& file) {
  std::optional<std::string> contents = read_file(file);
  if (!contents) return;
  json existing = read_existing(*contents);
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
  std::vector<Browser> browsers;  // those reading `file` (Brave shares Chrome's system folder)
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
    fs::path folder =
        options.dir ? fs::absolute(*options.dir) : manifest_folder(browser, options.system);
    fs::path file = folder / kManifestFileName;
    auto same_file = [&](const Target& target) { return target.file == file; };
    auto seen = std::find_if(targets.begin(), targets.end(), same_file);
    if (seen == targets.end()) {
      targets.push_back({file, is_firefox(browser), {browser}});
    } else if (std::find(seen->browsers.begin(), seen->browsers.end(), browser) ==
               seen->browsers.end()) {
      seen->browsers.push_back(browser);
    }
  }
  return targets;
}

fs::path binary_of(const InstallOptions& options) {
  fs::path binary = options.binary.empty() ? running_program() : options.binary;
  if (!binary.is_absolute()) {
    throw InstallError("the host's path must be absolute: " + binary.string());
  }
  if (!fs::is_regular_file(binary)) throw InstallError("no program at " + binary.string());
  return binary;
}

ExtensionIds extension_ids_of(const InstallOptions& options) {
  try {
    return sort_extension_ids(options.extension_ids);
  } catch (const InvalidExtensionId& error) {
    throw InstallError(std::string("--extension-id ") + error.what());
  }
}

fs::path data_dir_of(const InstallOptions& options) {
  return options.data_dir.empty() ? resolve_data_dir(std::nullopt) : options.data_dir;
}

}  // namespace

std::vector<fs::path> manifest_paths(const InstallOptions& options) {
  std::vector<fs::path> paths;
  for (const Target& target : targets_of(options)) paths.push_back(target.file);
  return paths;
}

std::vector<ChangedFile> install(const InstallOptions& options) {
  ExtensionIds ids = extension_ids_of(options);
  fs::path binary = binary_of(options);
  std::vector<Target> targets = targets_of(options);
  for (const Target& target : targets) refuse_foreign_manifest(target.file);

  // The record first: if it cannot be written, no manifest names IDs the host would refuse.
  std::vector<ChangedFile> written;
  fs::path data_dir = data_dir_of(options);
  if (!ids.empty()) {
    if (auto record = record_installed_extensions(data_dir, ids)) written.push_back({*record, {}});
  }
  ExtensionIds allowed = read_installed_extensions(data_dir);
  for (const Target& target : targets) {
    write_manifest(target.file, manifest_for(target.firefox, binary, allowed));
    written.push_back({target.file, target.browsers});
  }
  return written;
}

std::vector<ChangedFile> uninstall(const InstallOptions& options) {
  ExtensionIds ids = extension_ids_of(options);
  std::vector<Target> targets = targets_of(options);
  for (const Target& target : targets) refuse_foreign_manifest(target.file);

  std::vector<ChangedFile> removed;
  for (const Target& target : targets) {
    boost::system::error_code error;
    if (fs::remove(target.file, error)) removed.push_back({target.file, target.browsers});
    if (error) throw StorageError("cannot remove " + target.file.string() + ": " + error.message());
  }
  if (!ids.empty()) {
    auto record = forget_installed_extensions(data_dir_of(options), ids);
    if (record && !fs::exists(*record)) removed.push_back({*record, {}});
  }
  return removed;
}

}  // namespace consentry
