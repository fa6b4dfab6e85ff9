// Finding a program the way a shell does: the first executable file of that name in $PATH.
#pragma once
#include <boost/filesystem/path.hpp>
#include <optional>
#include <string_view>

namespace consentry {

// The program `name` (no slash) in the folders of $PATH, in order; nullopt when none holds an
// executable file of that name or PATH is not set. Empty entries (the current folder) are
// skipped: the answer must not depend on where the command was run.
std::optional<boost::filesystem::path> find_on_path(std::string_view name);

}  // namespace consentry
