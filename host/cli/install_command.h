// `consentry-host install` / `uninstall`: writes or removes the host manifests (host/install.h
// does the work) and prints every file it wrote or removed, one per line.
#pragma once
#include "cli/command_line.h"

namespace consentry {

int run_install(const InstallOptions& options);

}  // namespace consentry
