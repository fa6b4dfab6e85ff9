// import_settings: replace everything the user set with a document from export_settings. The
// whole document is validated first; on any problem nothing changes.
#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "protocol/protocol_error.h"

namespace consentry {

void handle_import_settings(RequestObject request, HostContext& context, JsonWriter& reply) {
  auto settings = find_field(request, "settings");
  if (!settings) throw ProtocolError(ErrorCode::invalid_request, "\"settings\" is missing");
  Preferences imported;
  try {
    imported = preferences_from_json(to_nlohmann(*settings));
  } catch (const InvalidSettings& error) {
    throw ProtocolError(ErrorCode::invalid_request, std::string("settings: ") + error.what());
  }
  Preferences saved =
      context.update_preferences([&](Preferences& preferences) { preferences = imported; });
  reply.key("preferences");
  reply.value(preferences_to_json(saved));
}

}  // namespace consentry
