#include "name_tokens.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>

#include "base/ascii_lower.h"
#include "word_set.h"

namespace consentry {

namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_lower(c) || is_upper(c) || is_digit(c); }

// Whole words. Short, ambiguous ones (ab, ad, id, lb) only count as whole words.
const std::unordered_map<std::string_view, Signal>& vocabulary() {
  static const std::unordered_map<std::string_view, Signal> words = [] {
    std::unordered_map<std::string_view, Signal> map;
    auto add = [&map](Signal signal, std::initializer_list<std::string_view> list) {
      for (std::string_view word : list) map.emplace(word, signal);
    };
    add(Signal::name_session, {"sess", "session", "sessions", "sid", "sessid", "sessionid", "ssn"});
    add(Signal::name_security,
        {"auth",        "authn",       "token",     "csrf",         "xsrf",       "jwt",
         "login",       "logged",      "loggedin",  "signin",       "sso",        "oauth",
         "saml",        "captcha",     "recaptcha", "hcaptcha",     "bot",        "bm",
         "waf",         "challenge",   "verify",    "verification", "nonce",      "mfa",
         "otp",         "antiforgery", "secure",    "security",     "access",     "refresh",
         "credentials", "password",    "fraud",     "ddos",         "protection", "cfruid",
         "akamai",      "incap",       "cf"});
    add(Signal::name_consent, {"consent",   "consents",     "cookieconsent", "gdpr",
                               "ccpa",      "cmp",          "optout",        "optin",
                               "cookielaw", "cookiebanner", "cookienotice",  "euconsent",
                               "tcf",       "usprivacy",    "accepted",      "cookiesaccepted",
                               "policy",    "opt",          "opted",         "cookie",
                               "cookies",   "choices",      "privacy",       "disclaimer",
                               "agreed",    "cookiebot",    "optanon"});
    add(Signal::name_cart, {"cart", "basket", "checkout", "order", "orders", "bag", "quote", "shop",
                            "shopping", "cartid", "woocommerce", "payment"});
    add(Signal::name_preference, {"lang",
                                  "language",
                                  "locale",
                                  "currency",
                                  "country",
                                  "region",
                                  "theme",
                                  "timezone",
                                  "tz",
                                  "pref",
                                  "prefs",
                                  "preference",
                                  "preferences",
                                  "settings",
                                  "setting",
                                  "font",
                                  "dark",
                                  "darkmode",
                                  "mode",
                                  "personalization",
                                  "personalisation",
                                  "last",
                                  "recently",
                                  "layout",
                                  "view",
                                  "display",
                                  "zoom",
                                  "sort",
                                  "filter",
                                  "geo",
                                  "city",
                                  "location",
                                  "zip",
                                  "postcode",
                                  "postal",
                                  "store",
                                  "i18n",
                                  "hl",
                                  "units",
                                  "color",
                                  "colour",
                                  "contrast",
                                  "size",
                                  "accessibility",
                                  "a11y",
                                  "fontsize",
                                  "textsize",
                                  "sprache",
                                  "langue",
                                  "idioma",
                                  "lingua",
                                  "taal",
                                  "schriftgroesse",
                                  "schriftgrosse",
                                  "devise",
                                  "waehrung",
                                  "pays"});
    add(Signal::name_feature,
        {"chat",         "livechat",      "video",      "player",       "volume",    "muted",
         "mute",         "viewed",        "history",    "hist",         "recent",    "remember",
         "rememberme",   "stay",          "search",     "tab",          "sidebar",   "menu",
         "popup",        "modal",         "newsletter", "feedback",     "subtitles", "captions",
         "autoplay",     "favorites",     "favourites", "bookmark",     "compare",   "wishlist",
         "notification", "notifications", "alert",      "announcement", "embed",     "widget",
         "support",      "help",          "banner",     "popin",        "popover",   "overlay",
         "notice",       "dismissed",     "dismiss",    "closed",       "close",     "seen",
         "shown",        "displayed",     "hide",       "hidden",       "collapsed", "expanded",
         "drawer",       "tooltip",       "tour",       "onboarding",   "intro",     "welcome",
         "once",         "reminder",      "prompt",     "toast",        "helpdesk",  "messenger",
         "conversation", "conversations", "chatbot",    "inbox",        "ticket"});
    // The remembered layout of a page: panels opened, resized or toggled.
    add(Signal::name_feature,
        {"open", "opened", "toggle", "toggled", "expand", "collapse", "accordion", "panel", "pane",
         "splitter", "resize", "resized", "resizing"});
    add(Signal::name_load_balancer,
        {"lb",      "alb",         "elb",         "route",    "routeid",  "affinity", "server",
         "srv",     "node",        "backend",     "sticky",   "balancer", "bigip",    "bigipserver",
         "ingress", "instance",    "pool",        "upstream", "cluster",  "serverid", "awsalb",
         "awselb",  "arraffinity", "persistence", "ts"});
    add(Signal::name_visitor_id,
        {"uid",      "uuid", "visitor",     "visitorid", "vid",    "cid",       "clientid",
         "client",   "guid", "fingerprint", "fp",        "anon",   "anonymous", "distinct",
         "identity", "id",   "ident",       "uniq",      "unique", "bid"});
    add(Signal::name_account, {"user", "userid", "usr", "device", "deviceid", "browser",
                               "browserid", "account", "member", "customer", "profile"});
    add(Signal::name_analytics,
        {"analytics", "analytic", "stat",     "stats",      "statistics", "metrics",   "metric",
         "hit",       "hits",     "pageview", "pageviews",  "pv",         "ga",        "gid",
         "counter",   "measure",  "insight",  "insights",   "heatmap",    "replay",    "recording",
         "lastvisit", "visit",    "visits",   "firstvisit", "views",      "returning", "engagement",
         "scroll",    "duration", "landing",  "entry",      "count",      "depth"});
    add(Signal::name_campaign,
        {"utm", "campaign", "source", "medium", "referrer", "referer", "ref", "attribution",
         "promo", "channel", "touch", "firsttouch", "lasttouch"});
    add(Signal::name_advertising,
        {"gclid",       "fbclid",    "msclkid",   "dclid",       "ttclid",      "click",
         "clickid",     "affiliate", "aff",       "partner",     "ad",          "ads",
         "adv",         "advert",    "adverts",   "advertising", "advertiser",  "track",
         "tracker",     "tracking",  "pixel",     "retarget",    "retargeting", "remarketing",
         "audience",    "audiences", "segment",   "segments",    "dmp",         "sync",
         "cookiesync",  "match",     "rtb",       "conversion",  "conv",        "impression",
         "impressions", "imp",       "dsp",       "ssp",         "exchange",    "interest",
         "interests",   "targeting", "marketing", "lead",        "leads",       "fbp",
         "gcl",         "ttp",       "li",        "pin",         "crm",         "optimize"});
    add(Signal::name_experiment,
        {"ab", "abtest", "abtesting", "exp", "experiment", "experiments", "variant", "variants",
         "variation", "split", "bucket", "cohort", "optimizely", "vwo", "mvt", "flag", "flags",
         "rollout", "treatment"});
    // A bare "test" is far more often a site checking that cookies work than an experiment.
    add(Signal::name_cookie_test,
        {"test", "tests", "check", "cookietest", "testcookie", "cookiecheck", "checkcookie",
         "writeable", "writable", "probe", "cookieenabled", "cookiesenabled", "enabled"});
    return map;
  }();
  return words;
}

// Stems searched anywhere in the lower-case name: telling even glued to other words.
struct Stem {
  std::string_view text;
  Signal signal;
};
constexpr Stem kStems[] = {
    {"sess", Signal::name_session},
    {"csrf", Signal::name_security},
    {"xsrf", Signal::name_security},
    {"token", Signal::name_security},
    {"auth", Signal::name_security},
    {"captcha", Signal::name_security},
    {"consent", Signal::name_consent},
    {"gdpr", Signal::name_consent},
    {"cookielaw", Signal::name_consent},
    {"cart", Signal::name_cart},
    {"basket", Signal::name_cart},
    {"lang", Signal::name_preference},
    {"locale", Signal::name_preference},
    {"currency", Signal::name_preference},
    {"visitor", Signal::name_visitor_id},
    {"analytic", Signal::name_analytics},
    {"utm", Signal::name_campaign},
    {"campaign", Signal::name_campaign},
    {"track", Signal::name_advertising},
    {"pixel", Signal::name_advertising},
    {"affinity", Signal::name_load_balancer},
    {"cookietest", Signal::name_cookie_test},
    {"testcookie", Signal::name_cookie_test},
    {"cookiecheck", Signal::name_cookie_test},
    {"writeable", Signal::name_cookie_test},
    {"chat", Signal::name_feature},
};

constexpr auto kStemWords = [] {
  std::array<std::string_view, std::size(kStems)> words{};
  for (size_t i = 0; i < words.size(); ++i) words[i] = kStems[i].text;
  return WordSet(words);
}();

// Calls `visit` with each run of letters and digits.
template <typename Visit>
void for_each_segment(std::string_view name, Visit&& visit) {
  size_t start = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    if (i < name.size() && is_alnum(name[i])) continue;
    if (i > start) visit(name.substr(start, i - start));
    start = i + 1;
  }
}

// A segment a program made up: a long number, or a long mix of letters and digits.
bool looks_generated(std::string_view word) {
  size_t digits = static_cast<size_t>(std::count_if(word.begin(), word.end(), is_digit));
  if (digits == word.size()) return digits >= 5;
  return word.size() >= 8 && digits >= 2;
}

class Collector {
 public:
  explicit Collector(NameSignals& out) : out_(out) {}
  void add(Signal signal, std::string_view word) {
    if (seen_[static_cast<size_t>(signal)]) return;
    seen_[static_cast<size_t>(signal)] = true;
    out_.items[out_.size++] = {signal, word};
  }

 private:
  NameSignals& out_;
  std::array<bool, kSignalCount> seen_{};
};

// Word boundaries: any non-alphanumeric, lower->Upper ("hjSession"), the last capital of a
// capital run before lower case ("ASPNETSession" -> ASPNET, Session), letter<->digit.
bool starts_word(std::string_view name, size_t i) {
  char before = name[i - 1], here = name[i];
  if (!is_alnum(before)) return true;
  if (is_lower(before) && is_upper(here)) return true;
  if (is_upper(before) && is_upper(here) && i + 1 < name.size() && is_lower(name[i + 1])) {
    return true;
  }
  return is_digit(before) != is_digit(here);
}

}  // namespace

NameSignals read_name(std::string_view name) {
  NameSignals result;
  Collector collector(result);
  const auto& words = vocabulary();
  size_t start = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    bool boundary = i == name.size() || (i > 0 && starts_word(name, i)) || !is_alnum(name[i]);
    if (!boundary) continue;
    if (i > start && is_alnum(name[start])) {
      AsciiLower<64> word(name.substr(start, i - start));
      if (auto it = words.find(word.view()); it != words.end())
        collector.add(it->second, it->first);
    }
    start = i < name.size() && is_alnum(name[i]) ? i : i + 1;
  }
  for_each_segment(name, [&collector](std::string_view segment) {
    if (looks_generated(segment)) collector.add(Signal::name_generated, "");
  });
  uint64_t found = kStemWords.found_in(name);
  for (size_t i = 0; i < std::size(kStems); ++i) {  // in list order: the first stem names it
    if (found >> i & 1) collector.add(kStems[i].signal, kStems[i].text);
  }
  return result;
}

}  // namespace consentry
