#include "cli/install_command.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <boost/filesystem/operations.hpp>

#include "base/fd_write.h"
#include "install/install.h"
#include "store/data_dir.h"

namespace consentry {

namespace {

// The command line's words as the installer's options; no --browser (or "all") means every one.
InstallOptions installer_options(const InstallCommandOptions& command,
                                 const std::optional<std::string>& data_dir) {
  InstallOptions options;
  const auto& names = command.browsers;
  if (!names.empty() && std::find(names.begin(), names.end(), "all") == names.end()) {
    options.browsers.clear();
    for (const std::string& name : names) options.browsers.push_back(*parse_browser(name));
  }
  options.extension_ids = command.extension_ids;
  if (command.dir) options.dir = boost::filesystem::absolute(*command.dir);
  options.system = command.system;
  options.data_dir = resolve_data_dir(data_dir);
  return options;
}

}  // namespace

int run_install(const InstallCommandOptions& command, const std::optional<std::string>& data_dir) {
  std::vector<boost::filesystem::path> files;
  try {
    InstallOptions options = installer_options(command, data_dir);
    files = command.uninstall ? uninstall(options) : install(options);
  } catch (const InstallError& error) {
    spdlog::error("{}", error.what());
    return 2;
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
    return 1;
  }
  std::string out;
  for (const auto& file : files) out += file.string() + "\n";
  if (files.empty()) spdlog::info("nothing to {}", command.uninstall ? "remove" : "write");
  return write_fully(STDOUT_FILENO, out) ? 0 : 1;
}

}  // namespace consentry
