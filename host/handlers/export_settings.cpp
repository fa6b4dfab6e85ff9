// export_settings: one document with everything the user set (the settings file's JSON form).
#include "handlers/handlers.h"

namespace consentry {

nlohmann::json handle_export_settings(const nlohmann::json&, HostContext& context) {
  return {{"settings", preferences_to_json(context.preferences())}};
}

}  // namespace consentry
