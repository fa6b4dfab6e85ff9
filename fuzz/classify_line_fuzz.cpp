// Any line to `consentry-host classify`'s parser (UntrustedJsonParser, cookie_from_json, classify): exactly one JSON
// object out, on one line, holding either a category or an error, never an exception or crash.
#include <nlohmann/json.hpp>
#include <string_view>

#include "cli/classify_command.h"
#include "fuzz_check.h"
#include "fuzz_session.h"

namespace {

constexpr double kNow = 1.8e9;  // fixed, so a crash reproduces

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto classifier = consentry::fuzzing::builtin_classifier();
  static consentry::UntrustedJsonParser parser;  // reused, as run_classify does
  consentry::fuzzing::log_to_nowhere();
  std::string_view line(reinterpret_cast<const char*>(data), size);
  std::string out;
  bool ok = consentry::classify_line(parser, *classifier, line, kNow, out);
  FUZZ_CHECK(out.find('\n') == std::string::npos);
  nlohmann::json parsed = nlohmann::json::parse(out, nullptr, false);
  FUZZ_CHECK(parsed.is_object());
  FUZZ_CHECK(ok ? parsed.contains("category") : parsed.contains("error"));
  return 0;
}
