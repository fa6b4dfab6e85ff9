// keep or delete: the user's preferences applied to one classified cookie.
#pragma once
#include <string>

#include "model/category.h"
#include "model/cookie.h"
#include "model/preferences.h"

namespace consentry {

enum class Action { keep, remove };

struct Decision {
  Action action = Action::keep;
  std::string why;  // e.g. "targeting is refused on example.com", "on your keep list"
};

// Order: keep list, then necessary (always kept), then the site's allowed set (override, else
// global); a refused session cookie is kept unless delete_session_cookies is on; a refused cookie
// whose classification `confidence` is below the preferences' caution (caution.h) is kept.
// `site` is the cookie's site (site_of in site.h).
Decision decide(const Preferences& preferences, const Cookie& cookie, const std::string& site,
                Category category, double confidence);

// "keep" or "delete", the words on the wire.
const char* action_name(Action action);

}  // namespace consentry
