// What the user decided: allowed categories globally and per site, the session-cookie option and
// the keep list. Plain data plus its one JSON form (used by the settings file, get_preferences
// and export/import alike).
#pragma once
#include <array>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <set>
#include <stdexcept>
#include <string>

#include "category.h"

namespace consentry {

// Allowed categories. `necessary` is always allowed: the setter ignores attempts to refuse it.
class CategorySet {
 public:
  CategorySet();  // first-run defaults: necessary and functional allowed
  bool allows(Category category) const { return allowed_[static_cast<size_t>(category)]; }
  void set(Category category, bool allowed);
  bool operator==(const CategorySet&) const = default;

 private:
  std::array<bool, 4> allowed_;
};

struct KeepEntry {
  std::string site;  // registrable domain
  std::string name;  // cookie name
  auto operator<=>(const KeepEntry&) const = default;
};

struct Preferences {
  CategorySet global;
  std::map<std::string, CategorySet> sites;  // registrable domain -> override
  bool delete_session_cookies = false;
  std::set<KeepEntry> keep_list;
  bool operator==(const Preferences&) const = default;

  // The override for `site` if there is one, else the global set.
  const CategorySet& allowed_on(const std::string& site) const;
};

// Thrown for a settings document that does not validate; what() says where and why.
class InvalidSettings : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// {"format": "consentry-settings", "version": N, "allowed": {...}, "delete_session_cookies": b,
//  "sites": {"example.com": {"allowed": {...}}}, "keep_list": [{"site", "name"}]}.
nlohmann::json preferences_to_json(const Preferences& preferences);

// Validates the whole document before returning anything; throws InvalidSettings. Migrates
// documents of older versions forward; refuses newer versions with a message naming both.
Preferences preferences_from_json(const nlohmann::json& json);

}  // namespace consentry
