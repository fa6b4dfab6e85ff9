#include "install/browser_presence.h"

#include <boost/filesystem/operations.hpp>
#include <string_view>

#include "install/install_error.h"
#include "install/path_search.h"
#include "store/data_dir.h"

namespace consentry {

namespace {

namespace fs = boost::filesystem;

struct Signs {
  std::vector<std::string_view> programs;  // Linux: on PATH; macOS: NAME.app
};

// In kAllBrowsers order.
#ifdef __APPLE__
const std::array<Signs, kAllBrowsers.size()> kSigns = {{
    {{"Google Chrome"}},
    {{"Chromium"}},
    {{"Microsoft Edge"}},
    {{"Brave Browser"}},
    {{"Vivaldi"}},
    {{"Opera"}},
    {{"Firefox"}},
}};
#else
const std::array<Signs, kAllBrowsers.size()> kSigns = {{
    {{"google-chrome", "google-chrome-stable"}},
    {{"chromium", "chromium-browser"}},
    {{"microsoft-edge", "microsoft-edge-stable"}},
    {{"brave-browser", "brave"}},
    {{"vivaldi", "vivaldi-stable"}},
    {{"opera"}},
    {{"firefox", "firefox-esr"}},
}};
#endif

fs::path home() {
  std::optional<fs::path> folder = home_dir();
  if (!folder) throw InstallError("HOME is not set: cannot tell which browsers you have");
  return *folder;
}

// The file the browser writes in its user data folder when it first starts.
fs::path first_start_file(Browser browser) {
  if (!is_firefox(browser)) return manifest_folder(browser, false).parent_path() / "Local State";
#ifdef __APPLE__
  return home() / "Library/Application Support/Firefox/profiles.ini";
#else
  return home() / ".mozilla/firefox/profiles.ini";
#endif
}

// Where the program is installed, when it is.
std::optional<fs::path> installed_program(std::string_view program) {
#ifdef __APPLE__
  std::string app = std::string(program) + ".app";
  for (const fs::path& folder : {fs::path("/Applications"), home() / "Applications"}) {
    boost::system::error_code error;
    if (fs::is_directory(folder / app, error)) return folder / app;
  }
  return std::nullopt;
#else
  return find_on_path(program);
#endif
}

std::string looked_for(const fs::path& file, const Signs& signs) {
  std::string programs;
  for (std::string_view program : signs.programs) {
    if (!programs.empty()) programs += program == signs.programs.back() ? " or " : ", ";
    programs += program;
  }
#ifdef __APPLE__
  return "no " + file.string() + ", no " + programs + " in /Applications or ~/Applications";
#else
  return "no " + file.string() + ", no " + programs + " on PATH";
#endif
}

}  // namespace

BrowserPresence find_browser(Browser browser) {
  const Signs& signs = kSigns[static_cast<size_t>(browser)];
  for (std::string_view program : signs.programs) {
    if (auto found = installed_program(program)) return {browser, true, found->string()};
  }
  fs::path file = first_start_file(browser);
  boost::system::error_code error;
  if (fs::is_regular_file(file, error)) return {browser, true, file.string()};
  return {browser, false, looked_for(file, signs)};
}

std::vector<BrowserPresence> find_browsers() {
  std::vector<BrowserPresence> found;
  for (Browser browser : kAllBrowsers) found.push_back(find_browser(browser));
  return found;
}

}  // namespace consentry
