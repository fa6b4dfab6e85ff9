// get_preferences: everything the user set, in the settings file's JSON form.
#include "handlers/handlers.h"

namespace consentry {

void handle_get_preferences(RequestObject, HostContext& context, JsonWriter& reply) {
  reply.key("preferences");
  reply.value(preferences_to_json(context.preferences()));
}

}  // namespace consentry
