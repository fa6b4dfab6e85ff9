#include "open_cookie_database.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace consentry {

OpenCookieDatabase OpenCookieDatabase::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open (run npm install for the OCD package)");
  OpenCookieDatabase database;
  try {
    nlohmann::json document = nlohmann::json::parse(in);
    for (const auto& [vendor, entries] : document.items()) {
      for (const nlohmann::json& entry : entries) {
        const std::string& category = entry.at("category").get_ref<const std::string&>();
        if (category != "Analytics" && category != "Marketing") continue;
        std::string name = entry.at("cookie").get<std::string>();
        if (name.empty()) continue;
        if (entry.value("wildcardMatch", "0") == "1") database.prefixes_.push_back(name);
        else database.exact_.insert(name);
      }
    }
  } catch (const nlohmann::json::exception& error) {
    throw std::runtime_error(path + ": not the Open Cookie Database's shape: " + error.what());
  }
  return database;
}

bool OpenCookieDatabase::lists_as_tracking(std::string_view name) const {
  if (exact_.contains(std::string(name))) return true;
  for (const std::string& prefix : prefixes_) {
    if (name.starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace consentry
