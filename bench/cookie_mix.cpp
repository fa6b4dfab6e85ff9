#include "cookie_mix.h"

#include <array>
#include <string_view>

#include "classifier/knowledge_base.h"
#include "classifier/embedded_data.h"

namespace consentry {

namespace {

// Shares of the mix, in percent: roughly what a crawl of popular sites shows (about half the
// cookies come from known analytics/advertising/platform vendors).
constexpr unsigned kKnownVendorPercent = 50;
constexpr unsigned kFrameworkSessionPercent = 15;  // the rest are unknown names
constexpr unsigned kThirdPartyPercent = 40;        // of known vendors with domains of their own
constexpr unsigned kSessionPercent = 25;           // of cookies that are not framework sessions
constexpr size_t kSiteCount = 500;
constexpr size_t kUnknownThirdPartyCount = 100;  // widget, CDN and small tracker domains

constexpr std::string_view kFrameworkSessions[] = {"PHPSESSID",
                                                   "JSESSIONID",
                                                   "ASP.NET_SessionId",
                                                   ".AspNetCore.Session",
                                                   "connect.sid",
                                                   "laravel_session",
                                                   "sessionid",
                                                   "csrftoken",
                                                   "XSRF-TOKEN",
                                                   "_shop_session",
                                                   "rack.session",
                                                   "ci_session",
                                                   "CAKEPHP",
                                                   "frontend",
                                                   "SESS",
                                                   "wp-settings-1",
                                                   "_csrf",
                                                   "session"};

constexpr std::string_view kWords[] = {
    "user",   "pref",       "visitor", "cart",   "ab",     "test",   "variant", "lang",
    "seen",   "banner",     "promo",   "track",  "id",     "token",  "state",   "uid",
    "last",   "visit",      "geo",     "region", "theme",  "sid",    "ref",     "campaign",
    "popup",  "newsletter", "survey",  "chat",   "widget", "recent", "store",   "currency",
    "device", "flag",       "exp",     "hash",   "count",  "notice", "layout",  "mode"};

constexpr std::string_view kSiteWords[] = {
    "news",  "shop", "daily",  "travel", "bank",  "media", "sport",  "tech", "home",  "food",
    "style", "auto", "health", "games",  "music", "city",  "market", "post", "world", "learn"};

constexpr std::string_view kSuffixes[] = {"com",    "com",       "com", "co.uk", "de",  "fr",
                                          "nl",     "com.au",    "io",  "net",   "org", "co.jp",
                                          "com.br", "github.io", "it",  "es"};

constexpr std::string_view kLower = "abcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kAlnum =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
constexpr std::string_view kHex = "0123456789abcdef";
constexpr std::string_view kDigits = "0123456789";
constexpr std::string_view kBase64Url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr double kDay = 86400;
constexpr std::array<double, 9> kLifetimes = {0.02, 1, 7, 30, 90, 180, 365, 400, 730};  // days

// Where the vendor sets this cookie: the rule's own domains, else the vendor's.
std::vector<std::string> vendor_domains(const KnowledgeBase& kb, const KbRule& rule) {
  return rule.domains.empty() ? kb.vendors[rule.vendor].domains : rule.domains;
}

}  // namespace

CookieMix::CookieMix(uint64_t seed, double now) : rng_(seed), now_(now) {
  KnowledgeBase kb = parse_knowledge_base(embedded_data_files());
  // Exact names and prefixes; a regex rule has no one name to draw.
  for (const KbRule& rule : kb.rules) {
    if (rule.match == MatchKind::regex) continue;
    known_names_.push_back({rule.name, rule.match == MatchKind::prefix, vendor_domains(kb, rule)});
  }
  for (size_t i = 0; i < kSiteCount; ++i) {
    std::string site(kSiteWords[below(std::size(kSiteWords))]);
    site += chance(50) ? "-" : "";
    site += kSiteWords[below(std::size(kSiteWords))];
    site += std::to_string(i);
    sites_.push_back(site + "." + std::string(kSuffixes[below(std::size(kSuffixes))]));
  }
  for (size_t i = 0; i < kUnknownThirdPartyCount; ++i) {
    unknown_third_parties_.push_back("cdn-" + random_chars(kLower, 6) + ".net");
  }
}

Cookie CookieMix::next() {
  const std::string& page_site = sites_[below(sites_.size())];
  unsigned draw = static_cast<unsigned>(below(100));
  Cookie cookie = draw < kKnownVendorPercent ? known_vendor_cookie(page_site)
                  : draw < kKnownVendorPercent + kFrameworkSessionPercent
                      ? framework_session_cookie(page_site)
                      : unknown_cookie(page_site);
  cookie.site = "https://www." + page_site + "/";
  cookie.store_id = "0";
  cookie.same_site = static_cast<SameSite>(below(4));
  return cookie;
}

std::vector<Cookie> CookieMix::take(size_t count) {
  std::vector<Cookie> cookies;
  cookies.reserve(count);
  for (size_t i = 0; i < count; ++i) cookies.push_back(next());
  return cookies;
}

Cookie CookieMix::known_vendor_cookie(const std::string& page_site) {
  const KnownName& known = known_names_[below(known_names_.size())];
  Cookie cookie;
  cookie.name = known.name;
  if (known.prefix) cookie.name += random_chars(kAlnum, 4 + below(8));
  bool third_party = !known.vendor_domains.empty() && chance(kThirdPartyPercent);
  cookie.domain =
      "." + (third_party ? known.vendor_domains[below(known.vendor_domains.size())] : page_site);
  cookie.secure = third_party || chance(60);
  cookie.value = random_value();
  set_lifetime(cookie);
  return cookie;
}

Cookie CookieMix::framework_session_cookie(const std::string& page_site) {
  Cookie cookie;
  cookie.name = kFrameworkSessions[below(std::size(kFrameworkSessions))];
  cookie.host_only = chance(60);
  cookie.domain = cookie.host_only ? "www." + page_site : "." + page_site;
  cookie.value = chance(50) ? random_chars(kAlnum, 26 + below(20)) : random_chars(kHex, 32);
  cookie.http_only = true;
  cookie.secure = chance(80);
  if (chance(10)) set_lifetime(cookie);  // "remember me" sessions outlive the browser
  return cookie;
}

Cookie CookieMix::unknown_cookie(const std::string& page_site) {
  Cookie cookie;
  if (chance(20)) {
    cookie.name = random_chars(kLower, 5 + below(8));
  } else {
    cookie.name = chance(30) ? "_" : "";
    cookie.name += kWords[below(std::size(kWords))];
    for (size_t words = 1 + below(2); words > 0; --words) {
      cookie.name += "_";
      cookie.name += kWords[below(std::size(kWords))];
    }
    if (chance(20)) cookie.name += "_" + random_chars(kDigits, 1 + below(6));
  }
  bool third_party = chance(15);
  cookie.domain = "." + (third_party ? unknown_third_parties_[below(unknown_third_parties_.size())]
                                     : page_site);
  cookie.secure = chance(60);
  cookie.value = random_value();
  set_lifetime(cookie);
  return cookie;
}

void CookieMix::set_lifetime(Cookie& cookie) {
  cookie.session = chance(kSessionPercent);
  cookie.expiration_date.reset();
  if (!cookie.session) {
    cookie.expiration_date = now_ + kLifetimes[below(kLifetimes.size())] * kDay + below(3600);
  }
}

size_t CookieMix::below(size_t bound) { return static_cast<size_t>(rng_() % bound); }

bool CookieMix::chance(unsigned percent) { return below(100) < percent; }

std::string CookieMix::random_value() {
  switch (below(8)) {
    case 0:  // UUID
      return random_chars(kHex, 8) + "-" + random_chars(kHex, 4) + "-4" + random_chars(kHex, 3) +
             "-a" + random_chars(kHex, 3) + "-" + random_chars(kHex, 12);
    case 1: return random_chars(kHex, 32);
    case 2:  // client ids of the GA kind: version, random, first-visit time
      return "GA1.2." + random_chars(kDigits, 10) + "." + std::to_string(static_cast<long>(now_));
    case 3: return std::to_string(static_cast<long>(now_) - static_cast<long>(below(1'000'000)));
    case 4:  // small flags
      return std::string(
          std::array<std::string_view, 5>{"1", "0", "true", "en-US", "dismissed"}[below(5)]);
    case 5:  // URL-encoded JSON
      return "%7B%22id%22%3A" + random_chars(kDigits, 6) + "%2C%22v%22%3A%22" +
             random_chars(kLower, 5) + "%22%7D";
    case 6:  // a JWT-sized token
      return random_chars(kBase64Url, 36) + "." + random_chars(kBase64Url, 120 + below(200)) + "." +
             random_chars(kBase64Url, 43);
    default: return random_chars(kBase64Url, 16 + below(48));
  }
}

std::string CookieMix::random_chars(std::string_view alphabet, size_t length) {
  std::string text(length, ' ');
  for (char& c : text) c = alphabet[below(alphabet.size())];
  return text;
}

}  // namespace consentry
