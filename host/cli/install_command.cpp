#include "cli/install_command.h"

#include <spdlog/spdlog.h>

namespace consentry {

int run_install(const InstallOptions&) {
  spdlog::error("install is not built yet");
  return 1;
}

}  // namespace consentry
