#pragma once
#include <stdexcept>

namespace consentry {

// Bad install options (an ID of neither kind, --dir with mixed browsers, a relative or missing
// binary, no HOME) and refusals (a foreign manifest in the way). what() says what to do.
class InstallError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace consentry
