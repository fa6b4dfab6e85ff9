// `consentry-host install` / `uninstall`: writes or removes the host manifests (host/install/install.h
// does the work). Without --browser, install writes for each browser found for this user
// (install/browser_presence.h) and fails with exit 1 when there is none; uninstall, --dir and
// --system act for every browser. Prints one line per file written or removed, naming the
// browsers that read it ("chrome, brave: wrote FILE"; the extension ID record is "extension IDs"),
// then one per browser skipped with the reason. Options the installer refuses (e.g. an extension
// id of neither kind, a foreign manifest in the way) exit 2.
#pragma once
#include <optional>
#include <string>

#include "cli/command_line.h"

namespace consentry {

int run_install(const InstallCommandOptions& options, const std::optional<std::string>& data_dir);

}  // namespace consentry
