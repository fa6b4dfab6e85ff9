#include "json/cookie_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "json/untrusted_json.h"

namespace consentry {
namespace {

Cookie parse_cookie(std::string_view text) {
  UntrustedJsonParser parser;
  return cookie_from_json(parser.parse(text));
}

std::string written(const Cookie& cookie) {
  std::string out;
  JsonWriter writer(out);
  write_cookie(writer, cookie);
  return out;
}

std::string error_of(std::string_view text) {
  try {
    parse_cookie(text);
  } catch (const InvalidCookie& error) {
    return error.what();
  }
  return "";
}

TEST(CookieJson, ReadsTheBrowserShape) {
  Cookie cookie = parse_cookie(R"({
    "name": "_ga", "value": "GA1.2.1.2", "domain": ".example.com", "path": "/",
    "secure": true, "httpOnly": false, "hostOnly": false, "session": false,
    "expirationDate": 1893456000.5, "sameSite": "lax", "storeId": "0",
    "partitionKey": {"topLevelSite": "https://example.org", "hasCrossSiteAncestor": false},
    "site": "https://www.example.com/", "unknownField": [1, {"x": 2}]})");
  EXPECT_EQ(cookie.name, "_ga");
  EXPECT_TRUE(cookie.secure);
  EXPECT_FALSE(cookie.session);
  EXPECT_DOUBLE_EQ(*cookie.expiration_date, 1893456000.5);
  EXPECT_EQ(cookie.same_site, SameSite::lax);
  EXPECT_EQ(*cookie.partition_top_level_site, "https://example.org");
  EXPECT_EQ(cookie.partition_has_cross_site_ancestor, false);
  EXPECT_EQ(cookie.site, "https://www.example.com/");
}

// Every field of a cookie read before is reset, not only the ones the next cookie has.
TEST(CookieJson, ReadingIntoAUsedCookieKeepsNothingOfTheLastOne) {
  UntrustedJsonParser parser;
  Cookie cookie;
  read_cookie(parser.parse(R"({
    "name": "_ga", "value": "GA1.2.1.2", "domain": ".example.com", "path": "/x",
    "secure": true, "httpOnly": true, "hostOnly": true, "session": false,
    "expirationDate": 1893456000.5, "sameSite": "lax", "storeId": "1",
    "partitionKey": {"topLevelSite": "https://example.org", "hasCrossSiteAncestor": true},
    "firstPartyDomain": "example.org", "site": "https://www.example.com/"})"),
              cookie);
  std::string_view minimal = R"({"name":"a","domain":"b.org"})";
  read_cookie(parser.parse(minimal), cookie);
  EXPECT_EQ(cookie, parse_cookie(minimal));
  EXPECT_EQ(cookie, (Cookie{.name = "a", .domain = "b.org"}));
}

TEST(CookieJson, RoundTrips) {
  std::string original = R"({"name":"a","value":"b\"\n","domain":"x.org","path":"/p",)"
                         R"("secure":false,"httpOnly":true,"hostOnly":true,"session":true,)"
                         R"("sameSite":"strict","storeId":"firefox-container-1",)"
                         R"("firstPartyDomain":"x.org"})";
  EXPECT_EQ(written(parse_cookie(original)), original);
  std::string persistent = R"({"name":"p","value":"","domain":".x.org","path":"/","secure":true,)"
                           R"("httpOnly":false,"hostOnly":false,"session":false,)"
                           R"("sameSite":"no_restriction","storeId":"0",)"
                           R"("expirationDate":1893456000.25,"partitionKey":)"
                           R"({"topLevelSite":"https://a.org","hasCrossSiteAncestor":true},)"
                           R"("site":"https://a.org/"})";
  EXPECT_EQ(written(parse_cookie(persistent)), persistent);
}

TEST(CookieJson, WithoutExpiryIsASessionCookie) {
  EXPECT_TRUE(parse_cookie(R"({"name":"a","domain":"x.org","session":false})").session);
  EXPECT_TRUE(parse_cookie(R"({"name":"a","domain":"x.org","expirationDate":null})").session);
}

TEST(CookieJson, NullIsTheSameAsAbsent) {
  Cookie cookie = parse_cookie(R"({"name":"a","domain":"x.org","path":null,"secure":null})");
  EXPECT_EQ(cookie.path, "/");
  EXPECT_FALSE(cookie.secure);
}

TEST(CookieJson, RejectsWrongShapesWithTheFieldName) {
  EXPECT_EQ(error_of("[]"), "a cookie must be a JSON object");
  EXPECT_EQ(error_of(R"({"domain":"x.org"})"), "missing \"name\"");
  EXPECT_EQ(error_of(R"({"name":"a"})"), "missing \"domain\"");
  EXPECT_EQ(error_of(R"({"name":"a","domain":""})"), "\"domain\" must not be empty");
  EXPECT_EQ(error_of(R"({"name":"a","domain":"x.org","secure":"yes"})"),
            "\"secure\" must be true or false");
  EXPECT_EQ(error_of(R"({"name":1,"domain":"x.org"})"), "\"name\" must be a string");
  EXPECT_NE(error_of(R"({"name":"a","domain":"x","sameSite":"odd"})").find("sameSite"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"name":"a","domain":"x","expirationDate":"soon"})").find("expirationDate"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"name":"a","domain":"x","partitionKey":"k"})").find("partitionKey"),
            std::string::npos);
}

}  // namespace
}  // namespace consentry
