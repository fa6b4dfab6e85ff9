#include "model/policy.h"

#include <cmath>

namespace consentry {

namespace {

std::string refused_or_allowed(Category category, bool allowed, const std::string& site) {
  return std::string(category_name(category)) + (allowed ? " is allowed on " : " is refused on ") +
         site;
}

std::string percent(double share) { return std::to_string(std::lround(share * 100)) + "%"; }

std::string not_sure_enough(double confidence, Caution caution) {
  return ", but Consentry is only " + percent(confidence) + " sure of that and your caution (" +
         std::string(caution_name(caution)) + ") asks for " + percent(confidence_needed(caution));
}

}  // namespace

Decision decide(const Preferences& preferences, const Cookie& cookie, const std::string& site,
                Category category, double confidence) {
  if (preferences.keep_list.contains(KeepEntry{site, cookie.name})) {
    return {Action::keep, "on your keep list"};
  }
  if (category == Category::necessary) return {Action::keep, "necessary cookies are always kept"};
  bool allowed = preferences.allowed_on(site).allows(category);
  std::string why = refused_or_allowed(category, allowed, site);
  if (allowed) return {Action::keep, why};
  if (cookie.session && !preferences.delete_session_cookies) {
    return {Action::keep, why + ", but session cookies are kept"};
  }
  if (confidence < confidence_needed(preferences.caution)) {
    return {Action::keep, why + not_sure_enough(confidence, preferences.caution)};
  }
  return {Action::remove, why};
}

const char* action_name(Action action) { return action == Action::keep ? "keep" : "delete"; }

}  // namespace consentry
