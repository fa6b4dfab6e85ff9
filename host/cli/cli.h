// The command line: a browser's launch (chrome-extension://ID/ origin, or Firefox's manifest path
// and add-on id) and `serve` speak native messaging on stdin/stdout; `classify`, `inspect`,
// `prefs`, `install`, `uninstall`, `doctor`, `--version` and `--help` are for people and tools.
// Usage errors print a clear message and return 2.
#pragma once

namespace consentry {

int run_cli(int argc, char** argv);

}  // namespace consentry
