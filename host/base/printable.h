// Untrusted text shown inside an error message.
#pragma once
#include <string>
#include <string_view>

namespace consentry {

// The text as a JSON string literal: quoted, control characters escaped and invalid UTF-8
// replaced, so whatever bytes it holds cannot break the message or the terminal showing it.
std::string printable(std::string_view text);

}  // namespace consentry
