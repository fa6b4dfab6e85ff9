// How a command the CLI prints for people to run calls this program: "consentry-host" when that
// name on PATH is this very program, else its full path; with --data-dir when one was given, so
// the command acts on the same data.
#pragma once
#include <optional>
#include <string>

namespace consentry {

// Shell-quoted, ready to be followed by a command and its options. Throws InstallError when
// this program's path cannot be found.
std::string own_command(const std::optional<std::string>& data_dir);

}  // namespace consentry
