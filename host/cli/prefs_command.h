// `consentry-host prefs`: show the preferences (a summary, or --json), `prefs set CATEGORY
// allow|refuse [--site SITE]`, `prefs reset SITE`, `prefs caution careful|balanced|strict`. Changes go through the settings store, so a
// running host sees them at its next decision. A refused value (e.g. necessary) exits 2.
#pragma once
#include <optional>
#include <string>

#include "cli/command_line.h"
#include "model/preferences.h"

namespace consentry {

int run_prefs(const PrefsOptions& options, const std::optional<std::string>& data_dir);

// The summary `prefs` prints.
std::string describe_preferences(const Preferences& preferences);

}  // namespace consentry
