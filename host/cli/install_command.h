// `consentry-host install` / `uninstall`: writes or removes the host manifests (host/install/install.h does
// the work) and prints every file written or removed on stdout, one path per line. Options the
// installer refuses (e.g. an extension id of neither kind, a foreign manifest in the way) exit 2.
#pragma once
#include <optional>
#include <string>

#include "cli/command_line.h"

namespace consentry {

int run_install(const InstallCommandOptions& options, const std::optional<std::string>& data_dir);

}  // namespace consentry
