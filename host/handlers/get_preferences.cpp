// get_preferences: everything the user set, in the settings file's JSON form.
#include "handlers/handlers.h"

namespace consentry {

nlohmann::json handle_get_preferences(const nlohmann::json&, HostContext& context) {
  return {{"preferences", preferences_to_json(context.preferences())}};
}

}  // namespace consentry
