// The reply keep_cookie and forget_cookie share: {"keep_list": [{"site", "name"}, ...]}, in the
// same form as the keep list inside the preferences JSON.
#pragma once
#include <nlohmann/json.hpp>

#include "preferences.h"

namespace consentry {

inline nlohmann::json keep_list_reply(const Preferences& preferences) {
  return {{"keep_list", preferences_to_json(preferences).at("keep_list")}};
}

}  // namespace consentry
