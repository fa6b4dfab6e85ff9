#include "cli/cli.h"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include "cli/classify_command.h"
#include "cli/command_line.h"
#include "cli/doctor_command.h"
#include "cli/inspect_command.h"
#include "cli/install_command.h"
#include "cli/prefs_command.h"
#include "cli/serve_command.h"
#include "base/fd_write.h"

namespace consentry {

namespace {

// Logs go to stderr in every mode: stdout is the protocol (serve) or the output (classify ...).
void log_to_stderr() {
  auto logger = spdlog::stderr_logger_st("consentry-host");
  logger->set_pattern("consentry-host: [%l] %v");
  spdlog::set_default_logger(std::move(logger));
}

struct Runner {
  const std::optional<std::string>& data_dir;

  int operator()(const ServeOptions& options) const { return run_serve(options, data_dir); }
  int operator()(const ClassifyOptions& options) const { return run_classify(options.file); }
  int operator()(const InspectOptions& options) const { return run_inspect(options, data_dir); }
  int operator()(const PrefsOptions& options) const { return run_prefs(options, data_dir); }
  int operator()(const InstallCommandOptions& options) const {
    return run_install(options, data_dir);
  }
  int operator()(const DoctorCommandOptions& options) const {
    return run_doctor(options, data_dir);
  }
  int operator()(const PrintAndExit& print) const {
    write_fully(STDOUT_FILENO, print.out);
    write_fully(STDERR_FILENO, print.err);
    return print.exit_code;
  }
};

}  // namespace

int run_cli(int argc, char** argv) {
  log_to_stderr();
  CommandLine command_line = parse_command_line(std::vector<std::string>(argv, argv + argc));
  return std::visit(Runner{command_line.data_dir}, command_line.command);
}

}  // namespace consentry
