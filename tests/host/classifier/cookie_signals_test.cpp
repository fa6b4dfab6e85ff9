#include "classifier/cookie_signals.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

constexpr double kNow = 1'700'000'000;
constexpr double kDay = 86400;

Cookie persistent(std::string name, std::string value, double lifetime) {
  Cookie cookie;
  cookie.name = std::move(name);
  cookie.value = std::move(value);
  cookie.domain = ".example.com";
  cookie.session = false;
  cookie.expiration_date = kNow + lifetime;
  return cookie;
}

TEST(CookieSignals, LifetimeBuckets) {
  Cookie session;
  session.name = "x";
  EXPECT_TRUE(read_signals(session, kNow, false).has(Signal::lifetime_session));
  EXPECT_TRUE(read_signals(persistent("x", "", 3600), kNow, false).has(Signal::lifetime_hours));
  EXPECT_TRUE(read_signals(persistent("x", "", 7 * kDay), kNow, false).has(Signal::lifetime_weeks));
  EXPECT_TRUE(
      read_signals(persistent("x", "", 180 * kDay), kNow, false).has(Signal::lifetime_months));
  EXPECT_TRUE(
      read_signals(persistent("x", "", 730 * kDay), kNow, false).has(Signal::lifetime_years));
  EXPECT_DOUBLE_EQ(read_signals(persistent("x", "", 730 * kDay), kNow, false).lifetime_seconds,
                   730 * kDay);
}

TEST(CookieSignals, FlagsAndPrefixes) {
  Cookie cookie;
  cookie.name = "__Host-id";
  cookie.http_only = true;
  cookie.secure = true;
  cookie.same_site = SameSite::strict;
  CookieSignals signals = read_signals(cookie, kNow, false);
  EXPECT_TRUE(signals.has(Signal::name_prefix_host));
  EXPECT_TRUE(signals.has(Signal::http_only));
  EXPECT_TRUE(signals.has(Signal::same_site_strict));
  EXPECT_FALSE(signals.has(Signal::cross_site));
  cookie.same_site = SameSite::no_restriction;
  EXPECT_TRUE(read_signals(cookie, kNow, false).has(Signal::cross_site));
  // Third-party ad servers set httpOnly cookies over HTTP: no lean to necessary for them.
  EXPECT_FALSE(read_signals(cookie, kNow, true).has(Signal::http_only));
}

TEST(CookieSignals, TrackerShapeNeedsThirdPartyLongLifeAndAnId) {
  Cookie tracker = persistent("x", "3f2a9c1e-1234-4abc-9def-0123456789ab", 400 * kDay);
  EXPECT_TRUE(read_signals(tracker, kNow, true).has(Signal::tracker_shape));
  EXPECT_FALSE(read_signals(tracker, kNow, false).has(Signal::tracker_shape));
  Cookie short_lived = persistent("x", "3f2a9c1e-1234-4abc-9def-0123456789ab", 3600);
  EXPECT_FALSE(read_signals(short_lived, kNow, true).has(Signal::tracker_shape));
  Cookie no_id = persistent("x", "en", 400 * kDay);
  EXPECT_FALSE(read_signals(no_id, kNow, true).has(Signal::tracker_shape));
}

TEST(CookieSignals, KeepsTheNameWordForTheReason) {
  CookieSignals signals = read_signals(persistent("user_lang", "en", kDay * 30), kNow, false);
  EXPECT_TRUE(signals.has(Signal::name_preference));
  EXPECT_EQ(signals.word[static_cast<size_t>(Signal::name_preference)], "lang");
  EXPECT_TRUE(signals.has(Signal::value_flag));
}

}  // namespace
}  // namespace consentry
