#include "cli/inspect_command.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

Cookie expiring_at(double when) {
  Cookie cookie;
  cookie.session = false;
  cookie.expiration_date = when;
  return cookie;
}

TEST(InspectCommandTest, LifetimeUsesTheLargestWholeUnit) {
  constexpr double kNow = 1'000'000'000;
  EXPECT_EQ(describe_lifetime(Cookie{}, kNow), "session");
  EXPECT_EQ(describe_lifetime(expiring_at(kNow - 1), kNow), "expired");
  EXPECT_EQ(describe_lifetime(expiring_at(kNow + 45), kNow), "45 s");
  EXPECT_EQ(describe_lifetime(expiring_at(kNow + 600), kNow), "10 min");
  EXPECT_EQ(describe_lifetime(expiring_at(kNow + 5 * 3600 + 59), kNow), "5 h");
  EXPECT_EQ(describe_lifetime(expiring_at(kNow + 3 * 86400), kNow), "3 d");
  EXPECT_EQ(describe_lifetime(expiring_at(kNow + 2 * 365.25 * 86400 + 10), kNow), "2 y");
}

}  // namespace
}  // namespace consentry
