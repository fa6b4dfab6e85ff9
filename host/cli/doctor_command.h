// `consentry-host doctor`: for each browser found for this user (install/browser_presence.h),
// whether it reaches this host and, when not, why, each problem with the command that fixes it
// (install/doctor.h). Exits 0 when every browser found reaches the host, 1 when one does not or
// none is found. --json prints the same as one JSON object:
// {"ok", "program", "browsers": [{"browser", "present", "evidence", and for those present
//  "reaches_host", "manifest" (or null), "system_wide", "findings": [{"problem", "fix",
//  "blocking"}]}]}.
#pragma once
#include <optional>
#include <string>

#include "cli/command_line.h"

namespace consentry {

int run_doctor(const DoctorCommandOptions& options, const std::optional<std::string>& data_dir);

}  // namespace consentry
