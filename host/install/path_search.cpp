#include "install/path_search.h"

#include <unistd.h>

#include <boost/filesystem/operations.hpp>
#include <cstdlib>
#include <string>

namespace consentry {

std::optional<boost::filesystem::path> find_on_path(std::string_view name) {
  const char* path = std::getenv("PATH");
  if (!path) return std::nullopt;
  std::string_view folders = path;
  while (!folders.empty()) {
    size_t end = folders.find(':');
    std::string_view folder = folders.substr(0, end);
    folders = end == std::string_view::npos ? std::string_view() : folders.substr(end + 1);
    if (folder.empty()) continue;
    boost::filesystem::path candidate =
        boost::filesystem::path(std::string(folder)) / std::string(name);
    boost::system::error_code error;
    if (boost::filesystem::is_regular_file(candidate, error) &&
        ::access(candidate.c_str(), X_OK) == 0) {
      return candidate;
    }
  }
  return std::nullopt;
}

}  // namespace consentry
