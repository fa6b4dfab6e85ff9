// The JSON files of host/data/ (our reviewed rules, then imported/), compiled into the binary by
// host/tools/embed_knowledge_base.cpp, which parses and checks them at build time.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace consentry {

struct EmbeddedFile {
  std::string_view
      name;  // relative to host/data/, e.g. "analytics.json", "imported/tarteaucitron.json"
  std::string_view text;  // the file's contents
};

// Reviewed files first, then imported ones, each set sorted by name. Empty if host/data/ held no
// .json file at build time.
const std::vector<EmbeddedFile>& embedded_data_files();

// The rules and vendors those files hold, counted when they were checked at build time: telling
// them needs no parse at run time.
struct EmbeddedCounts {
  size_t rules = 0;
  size_t vendors = 0;
};
EmbeddedCounts embedded_data_counts();

}  // namespace consentry
