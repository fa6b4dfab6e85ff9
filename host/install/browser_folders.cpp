#include "install/browser_folders.h"

#include "install/install_error.h"
#include "store/data_dir.h"

namespace consentry {

namespace {

namespace fs = boost::filesystem;

constexpr std::array<std::string_view, kAllBrowsers.size()> kBrowserNames = {
    "chrome", "chromium", "edge", "brave", "vivaldi", "opera", "firefox"};

struct Folders {
  const char* user;    // below $HOME (Linux: Chromium-family below the XDG config folder)
  const char* system;  // absolute; nullptr when the browser documents none
};

// In kAllBrowsers order.
#ifdef __APPLE__
constexpr std::array<Folders, kAllBrowsers.size()> kFolders = {{
    {"Library/Application Support/Google/Chrome/NativeMessagingHosts",
     "/Library/Google/Chrome/NativeMessagingHosts"},
    {"Library/Application Support/Chromium/NativeMessagingHosts",
     "/Library/Application Support/Chromium/NativeMessagingHosts"},
    {"Library/Application Support/Microsoft Edge/NativeMessagingHosts",
     "/Library/Microsoft/Edge/NativeMessagingHosts"},
    {"Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts",
     "/Library/Google/Chrome/NativeMessagingHosts"},
    {"Library/Application Support/Vivaldi/NativeMessagingHosts", nullptr},
    {"Library/Application Support/com.operasoftware.Opera/NativeMessagingHosts", nullptr},
    {"Library/Application Support/Mozilla/NativeMessagingHosts",
     "/Library/Application Support/Mozilla/NativeMessagingHosts"},
}};
#else
constexpr std::array<Folders, kAllBrowsers.size()> kFolders = {{
    {"google-chrome/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts"},
    {"chromium/NativeMessagingHosts", "/etc/chromium/native-messaging-hosts"},
    {"microsoft-edge/NativeMessagingHosts", "/etc/opt/edge/native-messaging-hosts"},
    {"BraveSoftware/Brave-Browser/NativeMessagingHosts", "/etc/opt/chrome/native-messaging-hosts"},
    {"vivaldi/NativeMessagingHosts", nullptr},
    {"opera/NativeMessagingHosts", nullptr},
    {".mozilla/native-messaging-hosts", "/usr/lib/mozilla/native-messaging-hosts"},
}};
#endif

// The folder a browser's user folder is below: Chromium-family browsers keep their profiles
// (and NativeMessagingHosts) in the XDG config folder on Linux; Firefox reads ~/.mozilla
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

bool has_system_folder(Browser browser) {
  return kFolders[static_cast<size_t>(browser)].system != nullptr;
}

fs::path manifest_folder(Browser browser, bool system) {
  const Folders& folders = kFolders[static_cast<size_t>(browser)];
  if (!system) return user_root(browser) / folders.user;
  if (!folders.system) {
    throw InstallError(std::string(browser_name(browser)) +
                       " has no documented system-wide folder: install it for your user "
                       "(without --system)");
  }
  return folders.system;
}

}  // namespace consentry
