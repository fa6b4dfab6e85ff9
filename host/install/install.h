// Native messaging host manifests: writing ours into the browsers' folders
// (install/browser_folders.h) and removing it.
//
// Only files named org.consentry.host.json are ever written or removed, and only in the folders
// of the browsers asked for (or the one --dir folder); a file of that name that belongs to
// another host is refused, never overwritten. New files and folders get the user's umask
// (manifests 0644 before it: the browser must read them; never writable by others).
//
// Extension IDs beyond the defaults (--extension-id) are also recorded in the data directory
// (store/installed_extensions.h), so the host can check its caller against every ID it was
// installed for (protocol/caller_check.h). That record is the only file written outside the
// manifest folders. Every manifest written allows every recorded ID, so installing again for
// one browser never drops an ID an earlier install allowed.
#pragma once
#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>
#include <vector>

#include "install/browser_folders.h"
#include "install/install_error.h"

namespace consentry {

inline constexpr const char* kHostName = "org.consentry.host";
inline constexpr const char* kManifestFileName = "org.consentry.host.json";  // kHostName + ".json"

struct InstallOptions {
  std::vector<Browser> browsers{kAllBrowsers.begin(), kAllBrowsers.end()};  // --browser
  // --extension-id, added to the defaults: a Chromium ID (32 letters a-p, or its
  // chrome-extension://ID/ origin) goes to Chromium-family manifests, a Firefox add-on ID
  // (name@domain or {GUID}) to Firefox's.
  std::vector<std::string> extension_ids;
  // --dir: the one folder to write the manifest into (created if missing). The browsers asked
  // for must then share a manifest kind: all Chromium-family, or Firefox alone.
  std::optional<boost::filesystem::path> dir;
  bool system = false;               // --system: the system-wide folders instead of the user's
  boost::filesystem::path binary;    // the installed consentry-host; empty: this running program
  boost::filesystem::path data_dir;  // for the extension ID record; empty: resolve_data_dir
};

// The manifest files the options name, in browser order, without duplicates (Brave shares
// Chrome's system folder). Throws InstallError.
std::vector<boost::filesystem::path> manifest_paths(const InstallOptions& options);

// A file written or removed: a manifest with the browsers that read it, or the record of
// extension IDs (no browsers).
struct ChangedFile {
  boost::filesystem::path path;
  std::vector<Browser> browsers;
  bool operator==(const ChangedFile&) const = default;
};

// Writes the manifests (and records extra extension IDs); returns every file written, the record
// first. Checks all targets before writing any. Throws InstallError, or StorageError when a write
// fails or the record cannot be read.
std::vector<ChangedFile> install(const InstallOptions& options);

// Removes our manifests where they exist (and the extra IDs from the record); returns every file
// removed. A foreign manifest is refused. Throws InstallError or StorageError.
std::vector<ChangedFile> uninstall(const InstallOptions& options);

}  // namespace consentry
