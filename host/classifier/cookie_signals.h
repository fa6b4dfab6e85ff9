// Layer 3's observations about one cookie: which Signals hold, with the evidence the reason
// quotes (the word found in the name, the lifetime).
#pragma once
#include <array>
#include <string_view>

#include "model/cookie.h"
#include "signal.h"

namespace consentry {

struct CookieSignals {
  std::array<bool, kSignalCount> present{};
  std::array<std::string_view, kSignalCount> word{};  // name signals: the word that matched
  double lifetime_seconds = 0;                        // when not a session cookie

  bool has(Signal signal) const { return present[static_cast<size_t>(signal)]; }
};

// `third_party` as site.h's is_third_party(cookie) says; `now` in seconds since the epoch.
CookieSignals read_signals(const Cookie& cookie, double now, bool third_party);

}  // namespace consentry
