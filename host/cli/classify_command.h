// `consentry-host classify [FILE]`: JSON Lines of cookies in (stdin when FILE is absent or "-"),
// exactly one JSON line out per line in, in order: {"category", "confidence", "reason", "rule",
// "vendor"}, or {"error": "..."} for a line that is not a valid cookie. Exit 1 if any line
// failed, else 0. A stable contract: outside tools parse this output.
#pragma once
#include <string>
#include <string_view>

#include "classifier/classifier.h"

namespace consentry {

struct ClassifiedLine {
  std::string json;  // one line of output, without its "\n"
  bool ok = true;
};

// One input line to one output line; never throws for bad input.
ClassifiedLine classify_line(const Classifier& classifier, std::string_view line, double now);

// Returns the exit code: 0, 1 when a line failed, 2 when FILE cannot be opened.
int run_classify(const std::string& file);

}  // namespace consentry
