#include "install/running_program.h"

#include <boost/filesystem/operations.hpp>

#include "install/install_error.h"

#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif

namespace consentry {

boost::filesystem::path running_program() {
#ifdef __APPLE__
  char buffer[4096];
  uint32_t size = sizeof buffer;
  if (_NSGetExecutablePath(buffer, &size) != 0) {
    throw InstallError("cannot find this program's path");
  }
  return boost::filesystem::canonical(buffer);
#else
  boost::system::error_code error;
  boost::filesystem::path program = boost::filesystem::read_symlink("/proc/self/exe", error);
  if (error) throw InstallError("cannot find this program's path: " + error.message());
  return program;
#endif
}

}  // namespace consentry
