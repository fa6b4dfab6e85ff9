// The JSON files of host/data/, compiled into the binary by host/classifier/embed_data.cmake.
#pragma once
#include <string_view>
#include <vector>

namespace consentry {

struct EmbeddedFile {
  std::string_view name;  // file name, e.g. "analytics.json"
  std::string_view text;  // the file's contents
};

// Sorted by name. Empty if host/data/ held no .json file at build time.
const std::vector<EmbeddedFile>& embedded_data_files();

}  // namespace consentry
