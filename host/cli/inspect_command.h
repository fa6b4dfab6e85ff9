// `consentry-host inspect [FILE] [--json]`: the cookies of a JSONL export (or, without FILE, the
// deletion log) grouped by site, each with category, lifetime, reason and what the current
// preferences would do. A table for people by default; --json for machines. Lines that are not
// valid cookies are reported on stderr and skipped; the exit code is then 1.
#pragma once
#include <optional>
#include <string>

#include "cli/command_line.h"

namespace consentry {

int run_inspect(const InspectOptions& options, const std::optional<std::string>& data_dir);

}  // namespace consentry
