// The path of the consentry-host binary that is running: what install writes into manifests and
// what doctor expects them to name.
#pragma once
#include <boost/filesystem/path.hpp>

namespace consentry {

// Absolute, symbolic links resolved. Throws InstallError when the system does not tell.
boost::filesystem::path running_program();

}  // namespace consentry
