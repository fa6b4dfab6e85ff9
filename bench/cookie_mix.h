// A seeded stream of realistic cookies for the benchmarks: cookies of known vendors (drawn from
// the embedded knowledge base, seen first- or third-party), framework session cookies, and
// unknown names, with values and lifetimes of the shapes real sites use. The same seed and `now`
// give the same cookies, so runs compare.
#pragma once
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "model/cookie.h"

namespace consentry {

class CookieMix {
 public:
  // `now` (seconds since the epoch) anchors expirationDate, so persistent cookies are live.
  CookieMix(uint64_t seed, double now);

  Cookie next();
  std::vector<Cookie> take(size_t count);

 private:
  struct KnownName {
    std::string name;  // an exact name, or a prefix to which next() appends a suffix
    bool prefix = false;
    std::vector<std::string> vendor_domains;
  };

  Cookie known_vendor_cookie(const std::string& page_site);
  Cookie framework_session_cookie(const std::string& page_site);
  Cookie unknown_cookie(const std::string& page_site);
  void set_lifetime(Cookie& cookie);

  size_t below(size_t bound);  // uniform in [0, bound), the same on every standard library
  bool chance(unsigned percent);
  std::string random_value();
  std::string random_chars(std::string_view alphabet, size_t length);

  std::mt19937_64 rng_;
  double now_;
  std::vector<KnownName> known_names_;
  std::vector<std::string> sites_;  // registrable domains of the pages
  std::vector<std::string> unknown_third_parties_;
};

}  // namespace consentry
