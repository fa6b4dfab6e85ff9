// The reply keep_cookie and forget_cookie share: {"keep_list": [{"site", "name"}, ...]}, in the
// same form as the keep list inside the preferences JSON.
#pragma once
#include <nlohmann/json.hpp>

#include "json/json_writer.h"
#include "model/preferences.h"

namespace consentry {

inline void write_keep_list_reply(JsonWriter& reply, const Preferences& preferences) {
  reply.key("keep_list");
  reply.value(preferences_to_json(preferences).at("keep_list"));
}

}  // namespace consentry
