// Text pasted into a POSIX shell as one word: for the commands the CLI tells people to run.
#pragma once
#include <string>
#include <string_view>

namespace consentry {

// Unchanged when it holds only letters, digits and _ @ % + = : , . / -; otherwise in single
// quotes, each ' written as '\''.
std::string shell_quoted(std::string_view text);

}  // namespace consentry
