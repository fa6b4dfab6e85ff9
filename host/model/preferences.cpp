#include "model/preferences.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/printable.h"
#include "model/site.h"

namespace consentry {

namespace {

using nlohmann::json;

constexpr const char* kFormat = "consentry-settings";
constexpr size_t kMaxCookieNameLength = 4096;  // browsers cap a whole cookie at 4 KiB

// "where.key", or just "key" at the top level (where is empty).
std::string field_path(std::string_view where, std::string_view key) {
  return where.empty() ? std::string(key) : std::string(where) + "." + std::string(key);
}

void expect(bool condition, const std::string& message) {
  if (!condition) throw InvalidSettings(message);
}

void refuse_unknown_fields(const json& object, std::initializer_list<std::string_view> known,
                           std::string_view where) {
  for (const auto& [key, value] : object.items()) {
    bool is_known = std::find(known.begin(), known.end(), key) != known.end();
    expect(is_known, field_path(where, key) + ": unknown field");
  }
}

// site_key, with a site that is not one reported as a settings error.
std::string settings_site(std::string_view url_or_host, std::string_view where) {
  try {
    return site_key(url_or_host, where);
  } catch (const InvalidSite& error) {
    throw InvalidSettings(error.what());
  }
}

CategorySet read_allowed(const json& allowed, CategorySet base, std::string_view where) {
  apply_allowed(base, allowed, where);
  return base;
}

KeepEntry read_keep_entry(const json& entry, std::string_view where) {
  expect(entry.is_object(), std::string(where) + ": must be an object {\"site\", \"name\"}");
  refuse_unknown_fields(entry, {"site", "name"}, where);
  auto site = entry.find("site");
  auto name = entry.find("name");
  expect(site != entry.end() && site->is_string(),
         field_path(where, "site") + ": must be a string");
  expect(name != entry.end() && name->is_string(),
         field_path(where, "name") + ": must be a string");
  const auto& name_text = name->get_ref<const std::string&>();
  expect(!name_text.empty() && name_text.size() <= kMaxCookieNameLength,
         field_path(where, "name") + ": must be a cookie name of 1 to 4096 bytes");
  return {settings_site(site->get_ref<const std::string&>(), field_path(where, "site")), name_text};
}

void read_sites(const json& sites, Preferences& preferences) {
  expect(sites.is_object(), "sites: must be an object of site -> {\"allowed\": {...}}");
  for (const auto& [key, value] : sites.items()) {
    std::string where = "sites." + key;
    expect(value.is_object(), where + ": must be an object {\"allowed\": {...}}");
    refuse_unknown_fields(value, {"allowed"}, where);
    auto allowed = value.find("allowed");
    expect(allowed != value.end(), where + ": missing \"allowed\"");
    std::string site = settings_site(key, where);
    CategorySet set = read_allowed(*allowed, preferences.global, where + ".allowed");
    auto [existing, inserted] = preferences.sites.emplace(site, set);
    expect(inserted || existing->second == set,
           where + ": conflicts with another entry for the same site " + printable(site));
  }
}

Preferences read_current_version(const json& document) {
  refuse_unknown_fields(
      document,
      {"format", "version", "allowed", "delete_session_cookies", "caution", "sites", "keep_list"},
      "");
  Preferences preferences;
  if (auto allowed = document.find("allowed"); allowed != document.end()) {
    preferences.global = read_allowed(*allowed, CategorySet(), "allowed");
  }
  if (auto option = document.find("delete_session_cookies"); option != document.end()) {
    expect(option->is_boolean(), "delete_session_cookies: must be true or false");
    preferences.delete_session_cookies = option->get<bool>();
  }
  if (auto caution = document.find("caution"); caution != document.end()) {
    preferences.caution = read_caution(*caution, "caution");
  }
  if (auto sites = document.find("sites"); sites != document.end()) read_sites(*sites, preferences);
  if (auto keep = document.find("keep_list"); keep != document.end()) {
    expect(keep->is_array(), "keep_list: must be an array of {\"site\", \"name\"}");
    for (size_t i = 0; i < keep->size(); ++i) {
      preferences.keep_list.insert(
          read_keep_entry((*keep)[i], "keep_list[" + std::to_string(i) + "]"));
    }
  }
  return preferences;
}

// Version 0 wrote an allowed set as the array of the categories it allows.
json allowed_array_to_object(const json& allowed, std::string_view where) {
  if (!allowed.is_array()) return allowed;  // let the current reader name the problem
  json object = json::object();
  for (Category category : kAllCategories) object[std::string(category_name(category))] = false;
  object["necessary"] = true;
  for (const json& name : allowed) {
    expect(name.is_string() && parse_category(name.get<std::string>()),
           std::string(where) + ": " + name.dump() + " is not a category");
    object[name.get<std::string>()] = true;
  }
  return object;
}

json migrate_version_0(json document) {
  if (auto allowed = document.find("allowed"); allowed != document.end()) {
    *allowed = allowed_array_to_object(*allowed, "allowed");
  }
  if (auto sites = document.find("sites"); sites != document.end() && sites->is_object()) {
    for (auto& [site, value] : sites->items()) {
      if (value.is_array()) value = {{"allowed", allowed_array_to_object(value, "sites." + site)}};
    }
  }
  document["format"] = kFormat;
  document["version"] = 1;
  return document;
}

// Version 1 had no caution: what it deleted then is what careful deletes now, give or take the
// weakest scores, so such files get the default.
json migrate_version_1(json document) {
  if (document.contains("caution")) throw InvalidSettings("caution: unknown field in version 1");
  document["version"] = 2;
  return document;
}

int read_version(const json& document) {
  auto format = document.find("format");
  auto version = document.find("version");
  if (format == document.end() && version == document.end()) return 0;
  expect(format != document.end() && *format == kFormat,
         std::string("format: must be \"") + kFormat + "\"");
  // Parsed text gives unsigned numbers, documents built in code signed ones: accept both.
  expect(version != document.end() && version->is_number_integer() && *version >= 0,
         "version: must be a whole number");
  auto number = version->get<unsigned long long>();
  if (number > static_cast<unsigned long long>(kSettingsVersion)) {
    throw NewerSettingsVersion("these settings are version " + std::to_string(number) +
                               ", written by a newer Consentry; this one reads up to version " +
                               std::to_string(kSettingsVersion) +
                               ". Update Consentry; nothing was changed.");
  }
  return static_cast<int>(number);
}

}  // namespace

CategorySet::CategorySet() : allowed_{true, true, false, false} {}

void CategorySet::set(Category category, bool allowed) {
  if (category == Category::necessary) return;
  allowed_[static_cast<size_t>(category)] = allowed;
}

const CategorySet& Preferences::allowed_on(const std::string& site) const {
  auto it = sites.find(site);
  return it == sites.end() ? global : it->second;
}

json category_set_to_json(const CategorySet& set) {
  json object = json::object();
  for (Category category : kAllCategories) {
    object[std::string(category_name(category))] = set.allows(category);
  }
  return object;
}

void allow_category(CategorySet& set, Category category, bool allowed, std::string_view where) {
  expect(category != Category::necessary || allowed,
         std::string(where) + ": necessary cookies are always allowed");
  set.set(category, allowed);
}

void apply_allowed(CategorySet& set, const json& allowed, std::string_view where) {
  expect(allowed.is_object(), std::string(where) + ": must be an object of category -> true/false");
  CategorySet result = set;
  for (const auto& [key, value] : allowed.items()) {
    auto category = parse_category(key);
    expect(category.has_value(), field_path(where, key) +
                                     ": not a category (necessary, functional, performance, "
                                     "targeting)");
    expect(value.is_boolean(), field_path(where, key) + ": must be true or false");
    allow_category(result, *category, value.get<bool>(), field_path(where, key));
  }
  set = result;
}

Caution read_caution(const json& text, std::string_view where) {
  std::optional<Caution> caution;
  if (text.is_string()) caution = parse_caution(text.get_ref<const std::string&>());
  expect(caution.has_value(),
         std::string(where) + ": must be \"careful\", \"balanced\" or \"strict\"");
  return *caution;
}

json preferences_to_json(const Preferences& preferences) {
  json sites = json::object();
  for (const auto& [site, set] : preferences.sites)
    sites[site] = {{"allowed", category_set_to_json(set)}};
  json keep_list = json::array();
  for (const KeepEntry& entry : preferences.keep_list) {
    keep_list.push_back({{"site", entry.site}, {"name", entry.name}});
  }
  return {{"format", kFormat},
          {"version", kSettingsVersion},
          {"allowed", category_set_to_json(preferences.global)},
          {"delete_session_cookies", preferences.delete_session_cookies},
          {"caution", std::string(caution_name(preferences.caution))},
          {"sites", std::move(sites)},
          {"keep_list", std::move(keep_list)}};
}

Preferences preferences_from_json(const json& document) {
  expect(document.is_object(), "settings: must be a JSON object");
  int version = read_version(document);
  if (version == 0) return read_current_version(migrate_version_1(migrate_version_0(document)));
  if (version == 1) return read_current_version(migrate_version_1(document));
  return read_current_version(document);
}

}  // namespace consentry
