#include "cli/own_command.h"

#include <boost/filesystem/operations.hpp>

#include "base/shell_quote.h"
#include "install/path_search.h"
#include "install/running_program.h"

namespace consentry {

std::string own_command(const std::optional<std::string>& data_dir) {
  boost::filesystem::path program = running_program();
  std::optional<boost::filesystem::path> on_path = find_on_path("consentry-host");
  boost::system::error_code error;
  std::string command = on_path && boost::filesystem::equivalent(*on_path, program, error)
                            ? "consentry-host"
                            : shell_quoted(program.string());
  if (data_dir) {
    command += " --data-dir " + shell_quoted(boost::filesystem::absolute(*data_dir).string());
  }
  return command;
}

}  // namespace consentry
