#include "install/browser_folders.h"

#include <gtest/gtest.h>

#include "install/install_error.h"
#include "support/environment_scope.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;

TEST(BrowserNameTest, RoundTrips) {
  for (Browser browser : kAllBrowsers) EXPECT_EQ(parse_browser(browser_name(browser)), browser);
  EXPECT_EQ(parse_browser("all"), std::nullopt);
  EXPECT_EQ(browser_name(Browser::edge), "edge");
}

#ifndef __APPLE__
TEST(BrowserFoldersTest, SystemFoldersAreTheDocumentedOnesWithBraveSharingChromes) {
  EXPECT_EQ(manifest_folder(Browser::chrome, true), "/etc/opt/chrome/native-messaging-hosts");
  EXPECT_EQ(manifest_folder(Browser::chromium, true), "/etc/chromium/native-messaging-hosts");
  EXPECT_EQ(manifest_folder(Browser::edge, true), "/etc/opt/edge/native-messaging-hosts");
  EXPECT_EQ(manifest_folder(Browser::brave, true), "/etc/opt/chrome/native-messaging-hosts");
  EXPECT_EQ(manifest_folder(Browser::firefox, true), "/usr/lib/mozilla/native-messaging-hosts");
}

TEST(BrowserFoldersTest, VivaldiAndOperaHaveTheChromiumFamilysUserFolderAndNoSystemOne) {
  testing::TempDir temp;
  testing::EnvironmentScope environment;
  environment.set("HOME", temp.path().c_str());
  environment.set("XDG_CONFIG_HOME", nullptr);
  EXPECT_EQ(manifest_folder(Browser::vivaldi, false),
            temp / ".config/vivaldi/NativeMessagingHosts");
  EXPECT_EQ(manifest_folder(Browser::opera, false), temp / ".config/opera/NativeMessagingHosts");
  for (Browser browser : {Browser::vivaldi, Browser::opera}) {
    EXPECT_FALSE(has_system_folder(browser));
    EXPECT_THROW(manifest_folder(browser, true), InstallError);
  }
  EXPECT_TRUE(has_system_folder(Browser::brave));
}

TEST(BrowserFoldersTest, ChromiumFamilyUserFoldersFollowXdgConfigHomeAndFirefoxHome) {
  testing::TempDir temp;
  testing::EnvironmentScope environment;
  environment.set("HOME", (temp / "home").c_str());
  environment.set("XDG_CONFIG_HOME", (temp / "xdg").c_str());
  EXPECT_EQ(manifest_folder(Browser::chromium, false), temp / "xdg/chromium/NativeMessagingHosts");
  EXPECT_EQ(manifest_folder(Browser::firefox, false),
            temp / "home/.mozilla/native-messaging-hosts");
}

TEST(BrowserFoldersTest, WithoutHomeTheUserFoldersAreUnknown) {
  testing::EnvironmentScope environment;
  environment.set("HOME", nullptr);
  environment.set("XDG_CONFIG_HOME", nullptr);
  EXPECT_THROW(manifest_folder(Browser::firefox, false), InstallError);
  EXPECT_THROW(manifest_folder(Browser::chrome, false), InstallError);
  EXPECT_EQ(manifest_folder(Browser::firefox, true), "/usr/lib/mozilla/native-messaging-hosts");
}
#endif

}  // namespace
}  // namespace consentry
