// Where each browser looks for native messaging host manifests: the user's or the system's
// folder, on Linux and macOS, from the browsers' native messaging documentation. Vivaldi and
// Opera document no folders of their own: they get the Chromium-family convention (the
// NativeMessagingHosts folder inside the browser's user data folder) and no system-wide folder.
#pragma once
#include <array>
#include <boost/filesystem/path.hpp>
#include <optional>
#include <string_view>

namespace consentry {

enum class Browser { chrome, chromium, edge, brave, vivaldi, opera, firefox };

inline constexpr std::array<Browser, 7> kAllBrowsers = {
    Browser::chrome,  Browser::chromium, Browser::edge,   Browser::brave,
    Browser::vivaldi, Browser::opera,    Browser::firefox};

// "chrome", "chromium", "edge", "brave", "vivaldi", "opera", "firefox".
std::string_view browser_name(Browser browser);

// The inverse of browser_name; nullopt for any other text ("all" is the CLI's to expand).
std::optional<Browser> parse_browser(std::string_view name);

// Firefox takes its own manifest kind (allowed_extensions); the others share Chromium's.
inline bool is_firefox(Browser browser) { return browser == Browser::firefox; }

// Whether the browser has a documented system-wide folder (all but Vivaldi and Opera).
bool has_system_folder(Browser browser);

// The folder `browser` reads host manifests from: the system-wide one, or the user's (Linux:
// Chromium-family browsers below the XDG config folder, Firefox below $HOME). Brave reads
// Chrome's system folder. Throws InstallError when the user's folder is asked for and HOME is
// not set, or the system's for a browser without one.
boost::filesystem::path manifest_folder(Browser browser, bool system);

}  // namespace consentry
