#include "cookie_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace consentry {
namespace {

using nlohmann::json;

TEST(CookieJson, ReadsTheBrowserShape) {
  Cookie cookie = cookie_from_json(json::parse(R"({
    "name": "_ga", "value": "GA1.2.1.2", "domain": ".example.com", "path": "/",
    "secure": true, "httpOnly": false, "hostOnly": false, "session": false,
    "expirationDate": 1893456000.5, "sameSite": "lax", "storeId": "0",
    "partitionKey": {"topLevelSite": "https://example.org", "hasCrossSiteAncestor": false},
    "site": "https://www.example.com/"})"));
  EXPECT_EQ(cookie.name, "_ga");
  EXPECT_TRUE(cookie.secure);
  EXPECT_FALSE(cookie.session);
  EXPECT_DOUBLE_EQ(*cookie.expiration_date, 1893456000.5);
  EXPECT_EQ(cookie.same_site, SameSite::lax);
  EXPECT_EQ(*cookie.partition_top_level_site, "https://example.org");
  EXPECT_EQ(cookie.site, "https://www.example.com/");
}

TEST(CookieJson, RoundTrips) {
  json original = json::parse(R"({"name": "a", "value": "b", "domain": "x.org", "path": "/p",
    "secure": false, "httpOnly": true, "hostOnly": true, "session": true,
    "sameSite": "strict", "storeId": "firefox-container-1", "firstPartyDomain": "x.org"})");
  EXPECT_EQ(cookie_to_json(cookie_from_json(original)), original);
}

TEST(CookieJson, WithoutExpiryIsASessionCookie) {
  Cookie cookie = cookie_from_json(json{{"name", "a"}, {"domain", "x.org"}, {"session", false}});
  EXPECT_TRUE(cookie.session);
}

TEST(CookieJson, RejectsWrongShapesWithTheFieldName) {
  EXPECT_THROW(cookie_from_json(json::array()), InvalidCookie);
  EXPECT_THROW(cookie_from_json(json{{"domain", "x.org"}}), InvalidCookie);
  try {
    cookie_from_json(json{{"name", "a"}, {"domain", "x.org"}, {"secure", "yes"}});
    FAIL();
  } catch (const InvalidCookie& e) {
    EXPECT_NE(std::string(e.what()).find("secure"), std::string::npos);
  }
  EXPECT_THROW(cookie_from_json(json{{"name", "a"}, {"domain", "x"}, {"sameSite", "odd"}}),
               InvalidCookie);
}

}  // namespace
}  // namespace consentry
