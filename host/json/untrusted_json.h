// Parsing JSON that came from outside (a browser frame, a classify line, an imported file, a line
// of our own log that a crash may have torn). simdjson validates the whole text (UTF-8, grammar,
// numbers in range) at a gigabyte a second and caps nesting without recursion; we add a refusal
// of duplicate keys, so no object means two things. Hot paths read the simdjson document
// directly; handlers that work on whole documents (preferences, imports) get an nlohmann DOM.
// The number of values is capped: simdjson's tape costs up to 16 bytes a value and a DOM 16 to
// ~100, so 4 MiB of "[{},{},..." would otherwise take hundreds of MiB.
#pragma once
#include <simdjson.h>

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string_view>

namespace consentry {

inline constexpr size_t kMaxJsonDepth = 64;
// Far above any real request (a decide of 1,000 cookies is ~20,000 values), and at most ~20 MiB.
inline constexpr size_t kMaxJsonValues = 200'000;

// what() says what was wrong, ready for an `invalid_json` error.
class InvalidJson : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reuses its buffers from one document to the next; keep one per thread of parsing.
class UntrustedJsonParser {
 public:
  explicit UntrustedJsonParser(size_t max_depth = kMaxJsonDepth);

  // Strict RFC 8259 JSON (valid UTF-8, finite numbers in the 64-bit range), nesting at most
  // `max_depth` arrays and objects, no duplicate keys in an object; a document over 1 MiB holds
  // at most kMaxJsonValues values. The document stays valid
  // until the next parse(). Throws InvalidJson.
  simdjson::dom::element parse(std::string_view text);

 private:
  size_t max_depth_;
  simdjson::dom::parser parser_;
};

// An nlohmann DOM of a parsed value; throws InvalidJson past kMaxJsonValues values.
nlohmann::json to_nlohmann(simdjson::dom::element value);

// parse() and to_nlohmann() in one, with a parser of its own: for the occasional document.
nlohmann::json parse_untrusted_json(std::string_view text, size_t max_depth = kMaxJsonDepth);

}  // namespace consentry
