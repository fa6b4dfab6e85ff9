// The JSON files of host/data/ (our reviewed rules, then imported/), compiled into the binary by
// host/classifier/embed_data.cmake.
#pragma once
#include <string_view>
#include <vector>

namespace consentry {

struct EmbeddedFile {
  std::string_view
      name;  // relative to host/data/, e.g. "analytics.json", "imported/tarteaucitron.json"
  std::string_view text;  // the file's contents
};

// Reviewed files first, then imported ones, each set sorted by name. Empty if host/data/ held no .json file at build time.
const std::vector<EmbeddedFile>& embedded_data_files();

}  // namespace consentry
