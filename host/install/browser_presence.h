// Which browsers the current user has, so `install` and `doctor` need no --browser.
//
// A browser counts as present when its program is installed or it has run for this user:
// - its program is on PATH (Linux: google-chrome, chromium, microsoft-edge, brave-browser,
//   vivaldi, opera, firefox or firefox-esr and their channel names), or its app is in
//   /Applications or ~/Applications (macOS);
// - or its user data folder holds the file the browser writes at its first start ("Local State"
//   for the Chromium family, profiles.ini for Firefox).
// The NativeMessagingHosts folder alone does not count: an earlier install may have made it. A
// program on PATH catches a browser never started yet; the profile file catches one started
// from elsewhere (a tarball, a folder off PATH).
#pragma once
#include <string>
#include <vector>

#include "install/browser_folders.h"

namespace consentry {

struct BrowserPresence {
  Browser browser;
  bool present = false;
  // Present: what showed it (a file, or "NAME on PATH"). Absent: what was looked for.
  std::string evidence;
};

// Throws InstallError when HOME is not set.
BrowserPresence find_browser(Browser browser);

// Every browser, in kAllBrowsers order.
std::vector<BrowserPresence> find_browsers();

}  // namespace consentry
