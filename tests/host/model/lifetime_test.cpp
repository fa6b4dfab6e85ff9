#include "model/lifetime.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

constexpr double kNow = 1'700'000'000;

std::string lives(double seconds) {
  Cookie cookie;
  cookie.session = false;
  cookie.expiration_date = kNow + seconds;
  return describe_lifetime(cookie, kNow);
}

TEST(LifetimeTest, SessionCookiesAndCookiesWithoutExpirySaySession) {
  EXPECT_EQ(describe_lifetime(Cookie{}, kNow), "session");
  Cookie no_expiry;
  no_expiry.session = false;
  EXPECT_EQ(describe_lifetime(no_expiry, kNow), "session");
}

TEST(LifetimeTest, APastExpirySaysExpired) {
  EXPECT_EQ(lives(-1), "expired");
  EXPECT_EQ(lives(0), "expired");
}

// The same cases as tests/extension/format/lifetime.test.js: one wording everywhere.
TEST(LifetimeTest, TheUnitGrowsWithTheLifetimeAndCountsArePluralised) {
  EXPECT_EQ(lives(20), "1 minute");
  EXPECT_EQ(lives(45 * 60), "45 minutes");
  EXPECT_EQ(lives(3600), "1 hour");
  EXPECT_EQ(lives(30 * 3600), "30 hours");
  EXPECT_EQ(lives(12 * 86400), "12 days");
  EXPECT_EQ(lives(150 * 86400), "5 months");
  EXPECT_EQ(lives(400 * 86400), "13 months");
  EXPECT_EQ(lives(2 * 365 * 86400), "2 years");
  EXPECT_EQ(lives(10 * 365 * 86400 + 1000), "10 years");
}

}  // namespace
}  // namespace consentry
