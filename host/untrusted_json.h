// Parsing JSON that came from outside (a browser frame, a classify line, an imported file).
// nlohmann's DOM is recursive to copy, compare, dump and destroy, so nesting is capped while
// parsing; a duplicate key is refused rather than silently keeping one of the values. The number
// of values is capped too: each costs 16 to ~100 bytes of DOM, so 16 MiB of "[{},{},..." would
// otherwise build over 500 MiB.
#pragma once
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>

namespace consentry {

inline constexpr size_t kMaxJsonDepth = 64;
// Far above any real request (a decide of 1,000 cookies is ~20,000 values), and at most ~20 MiB.
inline constexpr size_t kMaxJsonValues = 200'000;

// what() says what was wrong and where (byte offset), ready for an `invalid_json` error.
class InvalidJson : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Strict RFC 8259 JSON (valid UTF-8, finite numbers), nesting at most `max_depth` arrays and
// objects, at most kMaxJsonValues values, no duplicate keys in an object. Throws InvalidJson.
nlohmann::json parse_untrusted_json(std::string_view text, size_t max_depth = kMaxJsonDepth);

}  // namespace consentry
