// `consentry-host classify [FILE]`: JSON Lines of cookies in (stdin when FILE is absent or "-"),
// exactly one JSON line out per line in, in order: {"category", "confidence", "reason", "rule",
// "vendor"}, or {"error": "..."} for a line that is not a valid cookie. Exit 1 if any line
// failed, else 0. A stable contract: outside tools parse this output.
#pragma once
#include <string>
#include <string_view>

#include "classifier/classifier.h"
#include "json/untrusted_json.h"

namespace consentry {

// Appends the output line for one input line to `out`, without its "\n"; false when the line
// was not a valid cookie. Never throws for bad input.
bool classify_line(UntrustedJsonParser& parser, const Classifier& classifier, std::string_view line,
                   double now, std::string& out);

// Returns the exit code: 0, 1 when a line failed, 2 when FILE cannot be opened.
int run_classify(const std::string& file);

}  // namespace consentry
