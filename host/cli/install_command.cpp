#include "cli/install_command.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <boost/filesystem/operations.hpp>

#include "base/fd_write.h"
#include "cli/own_command.h"
#include "install/browser_presence.h"
#include "install/install.h"
#include "store/data_dir.h"

namespace consentry {

namespace {

struct Plan {
  std::vector<Browser> browsers;
  std::string skipped;    // one line per browser left out, with the reason
  bool searched = false;  // the browsers are those found for this user
};

// Named browsers ("all": every one); without a name, with --dir, --system or to uninstall,
// every one; else those found for this user. --system leaves out the browsers that document no
// system-wide folder unless they are named.
Plan plan_of(const InstallCommandOptions& command) {
  Plan plan;
  const auto& names = command.browsers;
  bool all = std::find(names.begin(), names.end(), "all") != names.end();
  if (!names.empty() && !all) {
    for (const std::string& name : names) plan.browsers.push_back(*parse_browser(name));
    return plan;
  }
  plan.searched = names.empty() && !command.dir && !command.system && !command.uninstall;
  for (Browser browser : kAllBrowsers) {
    std::string name(browser_name(browser));
    if (command.system && !has_system_folder(browser)) {
      plan.skipped += name + ": skipped, it documents no system-wide folder\n";
      continue;
    }
    if (plan.searched) {
      BrowserPresence presence = find_browser(browser);
      if (!presence.present) {
        plan.skipped += name + ": skipped, not found (" + presence.evidence + ")\n";
        continue;
      }
    }
    plan.browsers.push_back(browser);
  }
  return plan;
}

InstallOptions installer_options(const InstallCommandOptions& command, const Plan& plan,
                                 const std::optional<std::string>& data_dir) {
  InstallOptions options;
  options.browsers = plan.browsers;
  options.extension_ids = command.extension_ids;
  if (command.dir) options.dir = boost::filesystem::absolute(*command.dir);
  options.system = command.system;
  options.data_dir = resolve_data_dir(data_dir);
  return options;
}

// "chrome, brave: wrote FILE"; the extension ID record has no browsers.
std::string line_of(const ChangedFile& file, bool removed) {
  std::string readers;
  for (Browser browser : file.browsers) {
    readers += (readers.empty() ? "" : ", ") + std::string(browser_name(browser));
  }
  if (readers.empty()) readers = "extension IDs";
  return readers + (removed ? ": removed " : ": wrote ") + file.path.string() + "\n";
}

void explain_none_found(const std::optional<std::string>& data_dir) {
  std::string command = own_command(data_dir);
  spdlog::error(
      "no browser found for you (none installed on PATH, none with a profile in your home); "
      "to install anyway, name one: {} install --browser chromium (or --browser all)",
      command);
}

}  // namespace

int run_install(const InstallCommandOptions& command, const std::optional<std::string>& data_dir) {
  std::string out;
  try {
    Plan plan = plan_of(command);
    out = plan.skipped;
    if (plan.browsers.empty() && plan.searched) {
      write_fully(STDOUT_FILENO, out);
      explain_none_found(data_dir);
      return 1;
    }
    InstallOptions options = installer_options(command, plan, data_dir);
    std::vector<ChangedFile> files = command.uninstall ? uninstall(options) : install(options);
    std::string changed;
    for (const ChangedFile& file : files) changed += line_of(file, command.uninstall);
    out = changed + out;
    if (files.empty()) spdlog::info("nothing to {}", command.uninstall ? "remove" : "write");
  } catch (const InstallError& error) {
    spdlog::error("{}", error.what());
    return 2;
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
    return 1;
  }
  return write_fully(STDOUT_FILENO, out) ? 0 : 1;
}

}  // namespace consentry
