// How long a cookie lives, in the one wording every part of Consentry shows: the CLI, the
// classifier's reasons and the extension (extension/lib/format/lifetime.js says the same).
#pragma once
#include <string>

#include "model/cookie.h"

namespace consentry {

// A lifetime of `seconds` (> 0) in the unit that reads best, rounded: "1 minute" (the least),
// "45 minutes", "30 hours" (under two days), "12 days" (under 60 days), "13 months" (under two
// years), "10 years".
std::string lifetime_words(double seconds);

// "session", "expired", or lifetime_words of what is left at `now` (seconds since the epoch).
std::string describe_lifetime(const Cookie& cookie, double now);

}  // namespace consentry
