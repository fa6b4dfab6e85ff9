// Writing a whole buffer to a file descriptor, through short writes and EINTR.
#pragma once
#include <string_view>

namespace consentry {

// False if write(2) fails (e.g. EPIPE: the reader is gone); errno tells why.
bool write_fully(int fd, std::string_view data);

}  // namespace consentry
