// The wall clock in the unit the cookies API uses: seconds since the epoch, with a fraction.
#pragma once
#include <chrono>

namespace consentry {

inline double seconds_since_epoch() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

}  // namespace consentry
