#include "install/browser_presence.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>
#include <fstream>

#include "install/install_error.h"
#include "support/environment_scope.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;

#ifndef __APPLE__
// A HOME, a config folder and a PATH of the test's own, with no browser in any of them.
struct BrowserPresenceTest : ::testing::Test {
  testing::TempDir temp;
  testing::EnvironmentScope environment;

  void SetUp() override {
    fs::create_directories(temp / "bin");
    environment.set("HOME", (temp / "home").c_str());
    environment.set("XDG_CONFIG_HOME", nullptr);
    environment.set("PATH", (temp / "bin").c_str());
  }

  void make_file(const fs::path& file, fs::perms mode = fs::owner_read | fs::owner_write) {
    fs::create_directories(file.parent_path());
    std::ofstream(file.string()) << "x\n";
    fs::permissions(file, mode);
  }

  std::vector<Browser> present() {
    std::vector<Browser> found;
    for (const BrowserPresence& presence : find_browsers()) {
      if (presence.present) found.push_back(presence.browser);
    }
    return found;
  }
};

TEST_F(BrowserPresenceTest, NothingFoundSaysWhereItLooked) {
  EXPECT_TRUE(present().empty());
  BrowserPresence chrome = find_browser(Browser::chrome);
  EXPECT_FALSE(chrome.present);
  EXPECT_EQ(chrome.evidence, "no " + (temp / "home/.config/google-chrome/Local State").string() +
                                 ", no google-chrome or google-chrome-stable on PATH");
  EXPECT_EQ(find_browser(Browser::opera).evidence,
            "no " + (temp / "home/.config/opera/Local State").string() + ", no opera on PATH");
}

TEST_F(BrowserPresenceTest, AProfileTheBrowserWroteCountsAndAManifestFolderDoesNot) {
  make_file(temp / "home/.config/chromium/Local State");
  make_file(temp / "home/.mozilla/firefox/profiles.ini");
  fs::create_directories(temp / "home/.config/google-chrome/NativeMessagingHosts");
  fs::create_directories(temp / "home/.mozilla/native-messaging-hosts");
  fs::create_directories(temp / "home/.config/vivaldi/Local State");  // a folder, not the file
  EXPECT_EQ(present(), (std::vector<Browser>{Browser::chromium, Browser::firefox}));
  EXPECT_EQ(find_browser(Browser::chromium).evidence,
            (temp / "home/.config/chromium/Local State").string());
}

TEST_F(BrowserPresenceTest, ChromiumFamilyProfilesFollowXdgConfigHome) {
  environment.set("XDG_CONFIG_HOME", (temp / "xdg").c_str());
  make_file(temp / "home/.config/opera/Local State");  // not where the browser looks now
  make_file(temp / "xdg/BraveSoftware/Brave-Browser/Local State");
  EXPECT_EQ(present(), std::vector<Browser>{Browser::brave});
}

TEST_F(BrowserPresenceTest, AnExecutableProgramOnPathCounts) {
  make_file(temp / "bin/firefox-esr", fs::owner_all);
  make_file(temp / "bin/microsoft-edge-stable", fs::owner_all);
  make_file(temp / "bin/vivaldi");  // not executable
  EXPECT_EQ(present(), (std::vector<Browser>{Browser::edge, Browser::firefox}));
  EXPECT_EQ(find_browser(Browser::firefox).evidence, (temp / "bin/firefox-esr").string());
}

TEST_F(BrowserPresenceTest, WithoutHomeNothingCanBeTold) {
  environment.set("HOME", nullptr);
  EXPECT_THROW(find_browsers(), InstallError);
}
#endif

}  // namespace
}  // namespace consentry
