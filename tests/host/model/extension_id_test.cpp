#include "model/extension_id.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

constexpr const char* kOtherChromiumId = "abcdefghijklmnopabcdefghijklmnop";

TEST(ExtensionIdTest, ChromiumIdsAre32LettersAToP) {
  EXPECT_TRUE(is_chromium_id(kDefaultChromiumExtensionId));
  EXPECT_TRUE(is_chromium_id(kOtherChromiumId));
  EXPECT_FALSE(is_chromium_id("abcdefghijklmnopabcdefghijklmnoq"));  // q is past p
  EXPECT_FALSE(is_chromium_id("abcdefghijklmnop"));
  EXPECT_FALSE(is_chromium_id(""));
}

TEST(ExtensionIdTest, FirefoxIdsAreNameAtDomainOrAGuid) {
  EXPECT_TRUE(is_firefox_id(kDefaultFirefoxExtensionId));
  EXPECT_TRUE(is_firefox_id("beta+1@consentry.org"));
  EXPECT_TRUE(is_firefox_id("{12345678-90ab-cdef-1234-567890abcdef}"));
  EXPECT_FALSE(is_firefox_id("@consentry.org"));
  EXPECT_FALSE(is_firefox_id("beta@"));
  EXPECT_FALSE(is_firefox_id("beta@consentry.org/x"));
  EXPECT_FALSE(is_firefox_id("{12345678-90ab-cdef-1234-567890abcdeg}"));
  EXPECT_FALSE(is_firefox_id(std::string(250, 'a') + "@b.org"));
}

TEST(ExtensionIdTest, WithoutOriginTakesTheIdOutOfAChromiumOrigin) {
  EXPECT_EQ(without_origin(std::string("chrome-extension://") + kOtherChromiumId + "/"),
            kOtherChromiumId);
  EXPECT_EQ(without_origin(std::string("chrome-extension://") + kOtherChromiumId),
            kOtherChromiumId);
  EXPECT_EQ(without_origin("beta@consentry.org"), "beta@consentry.org");
}

TEST(ExtensionIdTest, SortingLeavesOutDefaultsAndRepeats) {
  ExtensionIds ids = sort_extension_ids(
      {kOtherChromiumId, std::string("chrome-extension://") + kOtherChromiumId + "/",
       kDefaultChromiumExtensionId, kDefaultFirefoxExtensionId, "beta@consentry.org",
       "{12345678-90ab-cdef-1234-567890abcdef}", "beta@consentry.org"});
  EXPECT_EQ(ids.chromium, std::vector<std::string>{kOtherChromiumId});
  EXPECT_EQ(ids.firefox, (std::vector<std::string>{"beta@consentry.org",
                                                   "{12345678-90ab-cdef-1234-567890abcdef}"}));
  EXPECT_TRUE(sort_extension_ids({kDefaultChromiumExtensionId}).empty());
}

TEST(ExtensionIdTest, TextOfNeitherKindIsRefusedAndQuoted) {
  try {
    sort_extension_ids({"beta@consentry.org", "../../etc/\npasswd"});
    FAIL() << "accepted a path as an extension ID";
  } catch (const InvalidExtensionId& error) {
    EXPECT_NE(std::string(error.what()).find("\"../../etc/\\npasswd\" is neither"),
              std::string::npos)
        << error.what();
  }
}

TEST(ExtensionIdTest, AddAndRemoveKeepEachIdOnce) {
  ExtensionIds ids{{kOtherChromiumId}, {"a@b.org"}};
  ids.add({{kOtherChromiumId}, {"c@d.org"}});
  EXPECT_EQ(ids, (ExtensionIds{{kOtherChromiumId}, {"a@b.org", "c@d.org"}}));
  ids.remove({{kOtherChromiumId}, {"a@b.org", "x@y.org"}});
  EXPECT_EQ(ids, (ExtensionIds{{}, {"c@d.org"}}));
}

}  // namespace
}  // namespace consentry
