// Pins the category of well-known cookies, with realistic values and contexts, so that a change to
// the knowledge base (host/data/) or to the signals cannot silently move them.
#include <gtest/gtest.h>

#include "classifier/classifier.h"

namespace consentry {
namespace {

constexpr double kNow = 1'795'435'200;  // 2026-11-23 12:00 UTC
constexpr double kDay = 86400;

struct KnownCookie {
  const char* name;
  const char* value;
  const char* domain;
  const char* site;      // top-level page; the cookie's own site when empty
  double lifetime_days;  // 0: a session cookie
  bool http_only;
  Category expected;
};

constexpr Category N = Category::necessary;
constexpr Category F = Category::functional;
constexpr Category P = Category::performance;
constexpr Category T = Category::targeting;

const KnownCookie kKnownCookies[] = {
    // Analytics
    {"_ga", "GA1.1.1227792088.1789907650", ".example.com", "", 400, false, P},
    {"_ga_X1Y2Z3ABCD", "GS1.1.1795430000.3.1.1795431000.0.0.0", ".example.com", "", 400, false, P},
    {"_gid", "GA1.1.2119123849.1795430000", ".example.com", "", 1, false, P},
    {"_gat_UA-12345-1", "1", ".example.com", "", 0.0007, false, P},
    {"__utma", "30216331.1227792088.1789907650.1795000000.1795430000.7", ".example.com", "", 400,
     false, P},
    {"_hjSessionUser_1234567", "eyJpZCI6IjEyMyIsImNyZWF0ZWQiOjE3OTV9", ".example.com", "", 365,
     false, P},
    {"_hjSession_1234567", "eyJpZCI6ImFiYyIsImMiOjE3OTU0MzAwMDB9", ".example.com", "", 0.02, false,
     P},
    {"_clck", "1b2c3d4%7C2%7Cfr5%7C0%7C1790", ".example.com", "", 365, false, P},
    {"_clsk", "abcd12%7C1795430000000%7C3%7C1%7Cq.clarity.ms%2Fcollect", ".example.com", "", 1,
     false, P},
    {"_pk_id.1.1fff", "3c5e2f9a8b7d6e4f.1795430000.", ".example.com", "", 393, false, P},
    {"_pk_ses.1.1fff", "1", ".example.com", "", 0.02, false, P},
    {"mp_0123456789abcdef0123456789abcdef_mixpanel", "%7B%22distinct_id%22%3A%22abc%22%7D",
     ".example.com", "", 365, false, P},
    {"ajs_anonymous_id", "%22d1f3c2a0-9b8e-4c7d-a6f5-e4d3c2b1a098%22", ".example.com", "", 365,
     false, P},
    {"amplitude_id_0123456789abcdef", "eyJkZXZpY2VJZCI6ImFiYyJ9", ".example.com", "", 365, false,
     P},
    {"_hp2_id.1234567890", "%7B%22userId%22%3A%221234%22%7D", ".example.com", "", 395, false, P},
    {"s_cc", "true", ".example.com", "", 0, false, P},
    {"s_ecid", "MCMID%7C12345678901234567890123456789012345678", ".example.com", "", 395, false, P},
    {"AMCV_0123456789ABCDEF01234567%40AdobeOrg", "-1124106680%7CMCMID%7C1234", ".example.com", "",
     395, false, P},
    // Sites' declarations put Dynatrace RUM with the necessary cookies (its docs: not for tracking).
    {"rxVisitor", "1793621808726JDTMEONFLSBUWGSJVZT", ".bank.example", "", 0, false, N},
    {"nmstat", "e71b1063-0235-4275-809e-b4c21c34e0f3", ".example.ac.uk", "", 1000, false, P},
    // Advertising
    {"_gcl_au", "1.1.1432143214.1795430000", ".example.com", "", 90, false, T},
    {"IDE", "AHWqTUmVq1x8s7rZkT7yJx0c3r9dY", ".doubleclick.net", "https://www.example.com/", 390,
     true, T},
    {"test_cookie", "CheckForPermission", ".doubleclick.net", "https://www.example.com/", 0.01,
     false, T},
    {"_fbp", "fb.1.1795430000000.1234567890", ".example.com", "", 90, false, T},
    {"fr", "0AbCdEfGhIjKlMn..Bl.AA.0.0.Bl.AWU", ".facebook.com", "https://www.example.com/", 90,
     true, T},
    {"_uetsid", "0123456789abcdef0123456789abcdef", ".example.com", "", 1, false, T},
    {"_uetvid", "fedcba9876543210fedcba9876543210", ".example.com", "", 390, false, T},
    {"MUID", "0A1B2C3D4E5F60718293A4B5C6D7E8F9", ".bing.com", "https://www.example.com/", 390,
     false, T},
    {"_ttp", "2Tk3ZzJ5h8Qw1rX9aBcDeFgHiJk", ".example.com", "", 390, false, T},
    {"_pin_unauth", "dWlkPU9DXYPMid6XcVZ2gqtNjykJ7yzDvwUD7/CgbYDN1y==", ".example.com", "", 365,
     false, T},
    {"li_sugr", "3f2a9c1e-1234-4abc-9def-0123456789ab", ".linkedin.com", "https://www.example.com/",
     90, false, T},
    {"bcookie", "\"v=2&3f2a9c1e-1234-4abc-9def-0123456789ab\"", ".linkedin.com",
     "https://www.example.com/", 365, false, T},
    {"cto_bundle", "YpwG0CvVEwxo_%3DB5T1PJuhyMM6xTS1%2FW6FBfbT", ".example.com", "", 390, false, T},
    {"uuid2", "1234567890123456789", ".adnxs.com", "https://www.example.com/", 90, false, T},
    {"TDID", "3f2a9c1e-1234-4abc-9def-0123456789ab", ".adsrvr.org", "https://www.example.com/", 365,
     false, T},
    {"__qca", "P0-1551334617-1786284506525", ".example.com", "", 390, false, T},
    {"_scid", "4cc1744d-bad4-446c-bc08-bf347e362ded", ".example.com", "", 390, false, T},
    // Declarations (Cookiebot's repository among them) list these as marketing.
    {"lidc", "\"b=VB32:s=V:r=V:a=V:p=V:g=3489:u=1:x=1:i=1795354230:t=1795440630:v=2:sig=AQC\"",
     ".linkedin.com", "https://www.example.com/", 1, false, T},
    {"ad-privacy", "0", ".amazon-adsystem.com", "https://www.example.com/", 730, false, T},
    {"__eoi", "ID=c6e1b2345dea1875:T=1795077229:RT=1795358511:S=AA-Afjsw9FwFF5FkI2sKrSGwq4M4",
     ".example.com", "", 180, false, T},
    {"__attentive_id", "8e4d9f6f7068d5d9862e079b48b01551", ".shop.example", "", 730, false, T},
    // X's language cookie rides along with its embeds: a preference, not the ad domain's default.
    {"lang", "en-gb", ".x.com", "https://www.example.com/", 0, false, F},
    // Consent managers
    {"CookieConsent", "{stamp:%27abc%27%2Cnecessary:true%2Cpreferences:false}", ".example.com", "",
     365, false, N},
    {"OptanonConsent", "isGpcEnabled=0&datestamp=Mon+Nov+23+2026&version=202409.1.0",
     ".example.com", "", 365, false, N},
    {"OptanonAlertBoxClosed", "2026-11-23T12:00:00.000Z", ".example.com", "", 365, false, N},
    {"euconsent-v2", "CQHfQAAQHfQAAAHABBENBKFsAP_gAEPgAAiQKZNV", ".example.com", "", 390, false, N},
    {"didomi_token", "eyJ1c2VyX2lkIjoiMTIzIn0=", ".example.com", "", 365, false, N},
    {"usprivacy", "1YNN", ".example.com", "", 390, false, N},
    // CDNs, load balancers, bot protection
    {"__cf_bm", "abc.def-1795430000-1.0.1.1-xyz", ".example.com", "", 0.02, true, N},
    {"cf_clearance", "abc-1795430000-0-150", ".example.com", "", 365, true, N},
    {"_cfuvid", "abc-1795430000000-0.0.1.1-604800000", ".example.com", "", 0, true, N},
    {"AWSALB", "hV4m0a9yQK3Zk2x3l+8gX0n5m7q8r9s0t1u2v3w4x5y6z7", "www.example.com", "", 7, false,
     N},
    {"AWSALBCORS", "hV4m0a9yQK3Zk2x3l+8gX0n5m7q8r9s0t1u2v3w4x5y6z7", "www.example.com", "", 7,
     false, N},
    {"ak_bmsc", "0123456789ABCDEF~000000000000000000000000000000~YAAQ", ".example.com", "", 0.08,
     true, N},
    {"bm_sv", "0123456789ABCDEF~YAAQ0123456789~1", ".example.com", "", 0.08, false, N},
    {"incap_ses_1234_567890", "abcDEF123ghiJKL456mnoPQR789==", ".example.com", "", 0, false, N},
    {"visid_incap_567890", "abcDEF123ghiJKL456mnoPQR789stuVWX==", ".example.com", "", 365, true, N},
    // Frameworks and platforms
    {"PHPSESSID", "k3j4h5g6f7d8s9a0q1w2e3r4t5", "www.example.com", "", 0, true, N},
    {"JSESSIONID", "0123456789ABCDEF0123456789ABCDEF", "www.example.com", "", 0, true, N},
    {"ASP.NET_SessionId", "abcdefghijklmnopqrstuvwx", "www.example.com", "", 0, true, N},
    {"csrftoken", "Qx7Yz3Abc9Def2Ghi5Jkl8Mno1Pqr4St", "www.example.com", "", 365, false, N},
    {"XSRF-TOKEN", "eyJpdiI6IkFCQyIsInZhbHVlIjoiREVGIn0%3D", "www.example.com", "", 0.08, false, N},
    {"laravel_session", "eyJpdiI6IkdISSIsInZhbHVlIjoiSktMIn0%3D", "www.example.com", "", 0.08, true,
     N},
    {"_shopify_y", "60045BC9-4963-468B-BCEE-349F9DCCA2AB", ".shop.example", "", 365, false, P},
    // Shopify's short names are set on the merchant's own domain, not shopify.com.
    {"_y", "60045BC9-4963-468B-BCEE-349F9DCCA2AB", ".shop.example", "", 365, false, P},
    {"_ab", "1", ".shop.example", "", 365, false, N},
    {"cart", "c1-0123456789abcdef0123456789abcdef", "shop.example", "", 14, false, N},
    {"woocommerce_cart_hash", "0123456789abcdef0123456789abcdef", "shop.example", "", 0, false, N},
    {"wp-settings-1", "libraryContent%3Dbrowse", "www.example.com", "", 365, false, F},
    // Remembers that the visitor closed a prompt: a feature's state, as declarations say.
    {"g_state", "{\"i_l\":0}", ".example.com", "", 180, false, F},
    // GitHub declares all its cookies essential, its theme and time zone included.
    {"color_mode", "%7B%22color_mode%22%3A%22auto%22%7D", ".github.com", "", 0, false, N},
    // Unknown cookies: signals alone
    {"shop_session", "d1f3c2a09b8e4c7da6f5e4d3", "shop.example", "", 0, true, N},
    {"site_lang", "en-GB", ".example.com", "", 365, false, F},
    {"user_prefs", "%7B%22units%22%3A%22metric%22%7D", ".example.com", "", 365, false, F},
    {"promo_banner_closed", "true", ".example.com", "", 30, false, F},
    {"lc-main", "en_GB", ".example.com", "", 365, false, F},
    {"tz", "Europe%2FBerlin", ".example.com", "", 0, false, F},
    // An analytics word outweighs a session cookie's lean to necessary.
    {"pageviewCount", "12", ".example.com", "", 0, false, P},
    {"zx9", "3f2a9c1e-1234-4abc-9def-0123456789ab", ".unknown-tracker.example",
     "https://news.example.org/", 395, false, T},
};

TEST(KnownCookies, KeepTheirCategory) {
  std::unique_ptr<Classifier> classifier = Classifier::load_builtin();
  for (const KnownCookie& known : kKnownCookies) {
    Cookie cookie;
    cookie.name = known.name;
    cookie.value = known.value;
    cookie.domain = known.domain;
    cookie.host_only = known.domain[0] != '.';
    cookie.site = known.site;
    cookie.http_only = known.http_only;
    cookie.secure = true;
    cookie.session = known.lifetime_days == 0;
    if (!cookie.session) cookie.expiration_date = kNow + known.lifetime_days * kDay;
    Classification result = classifier->classify(cookie, kNow);
    EXPECT_EQ(category_name(result.category), category_name(known.expected))
        << known.name << ": " << result.reason << " [" << result.rule << "]";
  }
}

}  // namespace
}  // namespace consentry
