#include "model/policy.h"

namespace consentry {

namespace {

std::string refused_or_allowed(Category category, bool allowed, const std::string& site) {
  return std::string(category_name(category)) + (allowed ? " is allowed on " : " is refused on ") +
         site;
}

}  // namespace

Decision decide(const Preferences& preferences, const Cookie& cookie, const std::string& site,
                Category category) {
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
  return {Action::remove, why};
}

const char* action_name(Action action) { return action == Action::keep ? "keep" : "delete"; }

}  // namespace consentry
