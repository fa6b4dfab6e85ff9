// The command line parsed into what to run, without running it (CLI11). A browser's launch is
// recognised first: Chromium-family browsers pass the caller origin "chrome-extension://ID/"
// (Windows adds --parent-window=N), Firefox passes the host manifest's path and the add-on id.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/category.h"
#include "protocol/framing.h"

namespace consentry {

struct ServeOptions {
  size_t max_message_bytes = kDefaultMaxRequestBytes;
  std::optional<std::string> caller;  // the origin or add-on id when a browser launched us
};

struct ClassifyOptions {
  std::string file;  // "" or "-" for stdin
};

struct InspectOptions {
  std::optional<std::string> file;  // a JSONL cookie export; the deletion log when absent
  bool json = false;
};

struct PrefsOptions {
  enum class Action { show, set, reset, caution } action = Action::show;
  Category category = Category::functional;  // set
  std::string caution;                       // caution: careful, balanced or strict
  bool allowed = false;                      // set
  std::optional<std::string> site;           // set (optional), reset (required)
  bool json = false;                         // show
};

struct InstallCommandOptions {
  bool uninstall = false;
  // chrome, chromium, edge, brave, vivaldi, opera, firefox; "all"; none: each browser found
  std::vector<std::string> browsers;
  std::vector<std::string> extension_ids;  // Chromium ids or Firefox add-on ids
  std::optional<std::string> dir;          // write into this folder instead of the browsers'
  bool system = false;                     // the system-wide folders
};

struct DoctorCommandOptions {
  bool json = false;
};

// --help, --version and usage errors: print and exit with `exit_code` (0, or 2 for usage).
struct PrintAndExit {
  int exit_code = 0;
  std::string out;  // for stdout
  std::string err;  // for stderr
};

using Command = std::variant<ServeOptions, ClassifyOptions, InspectOptions, PrefsOptions,
                             InstallCommandOptions, DoctorCommandOptions, PrintAndExit>;

struct CommandLine {
  std::optional<std::string> data_dir;  // --data-dir (CONSENTRY_DATA_DIR is read by data_dir.h)
  Command command;
};

// `args` includes the program name first, as argv does.
CommandLine parse_command_line(const std::vector<std::string>& args);

}  // namespace consentry
