#include "cli/prefs_command.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "base/fd_write.h"
#include "cli/terminal_text.h"
#include "model/site.h"
#include "store/data_dir.h"
#include "store/settings_store.h"

namespace consentry {

namespace {

std::string category_list(const CategorySet& set, bool allowed) {
  std::string list;
  for (Category category : kAllCategories) {
    if (set.allows(category) != allowed) continue;
    if (!list.empty()) list += ", ";
    list += category_name(category);
  }
  return list.empty() ? "none" : list;
}

std::string describe_set(const CategorySet& set) {
  return "allowed: " + category_list(set, true) + "; refused: " + category_list(set, false);
}

// Applies the command's change; InvalidSettings (refusing necessary) or InvalidSite leaves the
// file as is.
Preferences change(SettingsStore& store, const PrefsOptions& options) {
  if (options.action == PrefsOptions::Action::reset) {
    std::string site = site_key(*options.site, "SITE");
    return store.update([&](Preferences& preferences) { preferences.sites.erase(site); });
  }
  if (options.action == PrefsOptions::Action::caution) {
    Caution caution = read_caution(options.caution, "LEVEL");
    return store.update([&](Preferences& preferences) { preferences.caution = caution; });
  }
  if (!options.site) {
    return store.update([&](Preferences& preferences) {
      allow_category(preferences.global, options.category, options.allowed, "CATEGORY");
    });
  }
  std::string site = site_key(*options.site, "--site");
  return store.update([&](Preferences& preferences) {
    auto [entry, created] = preferences.sites.try_emplace(site, preferences.global);
    allow_category(entry->second, options.category, options.allowed, "CATEGORY");
  });
}

}  // namespace

std::string describe_preferences(const Preferences& preferences) {
  std::string out = "Everywhere: " + describe_set(preferences.global) + "\n";
  out += std::string("Session cookies: ") +
         (preferences.delete_session_cookies ? "deleted when refused" : "always kept") + "\n";
  out += "Caution: " + std::string(caution_name(preferences.caution)) +
         " (deletes a refused cookie only when at least " +
         std::to_string(std::lround(confidence_needed(preferences.caution) * 100)) +
         "% sure of its category)\n";
  out += "Sites with their own choice:" + std::string(preferences.sites.empty() ? " none\n" : "\n");
  for (const auto& [site, set] : preferences.sites) {
    out += "  " + escape_for_terminal(site) + ": " + describe_set(set) + "\n";
  }
  out += "Always kept:" + std::string(preferences.keep_list.empty() ? " none\n" : "\n");
  for (const KeepEntry& entry : preferences.keep_list) {
    out += "  " + escape_for_terminal(entry.name) + " on " + escape_for_terminal(entry.site) + "\n";
  }
  return out;
}

int run_prefs(const PrefsOptions& options, const std::optional<std::string>& data_dir) {
  Preferences preferences;
  try {
    SettingsStore store(resolve_data_dir(data_dir));
    preferences =
        options.action == PrefsOptions::Action::show ? store.load() : change(store, options);
  } catch (const InvalidSettings& error) {
    spdlog::error("{}", error.what());
    return 2;
  } catch (const InvalidSite& error) {
    spdlog::error("{}", error.what());
    return 2;
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
    return 1;
  }
  std::string out = options.json ? preferences_to_json(preferences).dump(2) + "\n"
                                 : describe_preferences(preferences);
  return write_fully(STDOUT_FILENO, out) ? 0 : 1;
}

}  // namespace consentry
