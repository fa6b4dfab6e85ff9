// export_settings: one document with everything the user set (the settings file's JSON form).
#include "handlers/handlers.h"

namespace consentry {

void handle_export_settings(RequestObject, HostContext& context, JsonWriter& reply) {
  reply.key("settings");
  reply.value(preferences_to_json(context.preferences()));
}

}  // namespace consentry
