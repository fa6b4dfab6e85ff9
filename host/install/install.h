// Native messaging host manifests: where each browser looks for them (Linux and macOS, the user's
// or the system's folders, from the browsers' documentation), writing ours there and removing
// it, and which extensions may call the host.
//
// Only files named org.consentry.host.json are ever written or removed, and only in the folders
// of the browsers asked for (or the one --dir folder); a file of that name that belongs to
// another host is refused, never overwritten. New files and folders get the user's umask
// (manifests 0644 before it: the browser must read them; never writable by others).
//
// Extension IDs beyond the defaults (--extension-id) are also recorded in
// DATA_DIR/installed-extensions.json, so the host can check its caller against every ID it was
// installed for (caller_allowed). That file is the only one written outside the manifest folders.
#pragma once
#include <array>
#include <boost/filesystem/path.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace consentry {

enum class Browser { chrome, chromium, edge, brave, firefox };

inline constexpr std::array<Browser, 5> kAllBrowsers = {
    Browser::chrome, Browser::chromium, Browser::edge, Browser::brave, Browser::firefox};

inline constexpr const char* kHostName = "org.consentry.host";
inline constexpr const char* kDefaultChromiumExtensionId = "bbknmoenegficbneloggpepccmghfhab";
inline constexpr const char* kDefaultFirefoxExtensionId = "consentry@consentry.org";

// "chrome", "chromium", "edge", "brave", "firefox".
std::string_view browser_name(Browser browser);

// The inverse of browser_name; nullopt for any other text ("all" is the CLI's to expand).
std::optional<Browser> parse_browser(std::string_view name);

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
  boost::filesystem::path data_dir;  // for installed-extensions.json; empty: resolve_data_dir
};

// Bad options (an ID of neither kind, --dir with mixed browsers, a relative or missing binary)
// and refusals (a foreign manifest in the way). what() says what to do.
class InstallError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The manifest files the options name, in browser order, without duplicates (Brave shares
// Chrome's system folder). Throws InstallError.
std::vector<boost::filesystem::path> manifest_paths(const InstallOptions& options);

// Writes the manifests (and records extra extension IDs); returns every file written. Checks all
// targets before writing any. Throws InstallError, or StorageError when a write fails.
std::vector<boost::filesystem::path> install(const InstallOptions& options);

// Removes our manifests where they exist (and the extra IDs from the record); returns every file
// removed. A foreign manifest is refused. Throws InstallError or StorageError.
std::vector<boost::filesystem::path> uninstall(const InstallOptions& options);

// Whether `caller` may use the host: Chrome's origin argument ("chrome-extension://ID/") or
// Firefox's add-on ID argument. Allowed: the default IDs and those recorded in `data_dir`. Never
// throws; an unreadable record is logged and only the defaults are allowed.
bool caller_allowed(std::string_view caller, const boost::filesystem::path& data_dir);

}  // namespace consentry
