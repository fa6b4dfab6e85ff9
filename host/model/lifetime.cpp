#include "model/lifetime.h"

#include <algorithm>
#include <cmath>

namespace consentry {

namespace {

constexpr double kMinute = 60;
constexpr double kHour = 60 * kMinute;
constexpr double kDay = 24 * kHour;
constexpr double kMonth = 30 * kDay;
constexpr double kYear = 365 * kDay;

std::string count_of(double count, const char* unit) {
  long long whole = std::llround(count);
  return std::to_string(whole) + " " + unit + (whole == 1 ? "" : "s");
}

}  // namespace

std::string lifetime_words(double seconds) {
  if (seconds < kHour) return count_of(std::max(1.0, std::round(seconds / kMinute)), "minute");
  if (seconds < 2 * kDay) return count_of(seconds / kHour, "hour");
  if (seconds < 60 * kDay) return count_of(seconds / kDay, "day");
  if (seconds < 2 * kYear) return count_of(seconds / kMonth, "month");
  return count_of(seconds / kYear, "year");
}

std::string describe_lifetime(const Cookie& cookie, double now) {
  if (cookie.session || !cookie.expiration_date) return "session";
  double left = *cookie.expiration_date - now;
  return left <= 0 ? "expired" : lifetime_words(left);
}

}  // namespace consentry
