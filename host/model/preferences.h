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
#include <string_view>

#include "model/caution.h"
#include "model/category.h"

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
  Caution caution = kDefaultCaution;  // global only
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

// Thrown for a document of a newer format version than this build reads. Kept apart from
// InvalidSettings so the store refuses to touch such a file instead of moving it aside.
class NewerSettingsVersion : public InvalidSettings {
 public:
  using InvalidSettings::InvalidSettings;
};

inline constexpr int kSettingsVersion = 2;

// {"format": "consentry-settings", "version": 2, "allowed": {...}, "delete_session_cookies": b,
//  "caution": "careful"|"balanced"|"strict", "sites": {"example.com": {"allowed": {...}}},
//  "keep_list": [{"site", "name"}]}.
// Every category appears in every "allowed" object.
nlohmann::json preferences_to_json(const Preferences& preferences);

// Validates the whole document before returning anything; throws InvalidSettings naming the
// field. Unknown fields are refused (a typo must not silently lose a setting). An "allowed"
// object may name only some categories: the rest come from the defaults (global) or from the
// global set (a site). Site keys may be hosts or URLs and are reduced to registrable domains.
// Version 0 (the unversioned draft: no "format"/"version", "allowed" sets written as arrays of
// allowed category names) and version 1 (no "caution": it gets the default, careful) are
// migrated forward. A newer version throws NewerSettingsVersion
// with a message naming both versions.
Preferences preferences_from_json(const nlohmann::json& json);

// {"necessary": true, "functional": true, "performance": false, "targeting": false}.
nlohmann::json category_set_to_json(const CategorySet& set);

// Applies a partial {"category": bool, ...} object to `set` (set_preferences and the file
// alike). Throws InvalidSettings, naming `where`, for an unknown category, a value that is not
// a boolean, or "necessary": false; `set` is unchanged then.
void apply_allowed(CategorySet& set, const nlohmann::json& allowed, std::string_view where);

// The caution named by `text`; throws InvalidSettings, naming `where`, for any other value.
Caution read_caution(const nlohmann::json& text, std::string_view where);

// The registrable domain of a site given as a domain, host or URL. Throws InvalidSettings,
// naming `where`, when the text is empty or not a plausible host name.
std::string site_key(std::string_view url_or_host, std::string_view where);

}  // namespace consentry
