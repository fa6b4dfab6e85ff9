// set_preferences: partial updates of the global set, the session option, or one site's override.
#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "protocol/protocol_error.h"

namespace consentry {

namespace {

[[noreturn]] void refuse(const std::string& message) {
  throw ProtocolError(ErrorCode::invalid_request, message);
}

}  // namespace

void handle_set_preferences(RequestObject request, HostContext& context, JsonWriter& reply) {
  std::optional<nlohmann::json> allowed;
  if (auto field = find_field(request, "allowed")) allowed = to_nlohmann(*field);
  auto site = optional_site(request, "site");
  bool reset = optional_bool(request, "reset").value_or(false);
  auto delete_session = optional_bool(request, "delete_session_cookies");
  std::optional<Caution> caution;
  if (auto field = find_field(request, "caution")) {
    try {
      caution = read_caution(to_nlohmann(*field), "\"caution\"");
    } catch (const InvalidSettings& error) {
      refuse(error.what());
    }
  }

  if (allowed && (!allowed->is_object() || allowed->empty())) {
    refuse("\"allowed\" must be an object of category: true|false");
  }
  if (reset && !site) refuse("\"reset\" needs a \"site\"");
  if (reset && allowed) refuse("give either \"reset\" or \"allowed\", not both");
  if (site && delete_session) refuse("\"delete_session_cookies\" is global; drop \"site\"");
  if (site && caution) refuse("\"caution\" is global; drop \"site\"");
  if (site && !reset && !allowed) refuse("a \"site\" needs \"allowed\" or \"reset\"");
  if (!site && !allowed && !delete_session && !caution) {
    refuse(
        "nothing to change: give \"allowed\", \"delete_session_cookies\", \"caution\" or "
        "\"reset\"");
  }

  try {
    Preferences saved = context.update_preferences([&](Preferences& preferences) {
      if (delete_session) preferences.delete_session_cookies = *delete_session;
      if (caution) preferences.caution = *caution;
      if (reset) {
        preferences.sites.erase(*site);
      } else if (site) {
        // A new override starts from the global set, so only the named categories differ.
        auto [entry, created] = preferences.sites.try_emplace(*site, preferences.global);
        apply_allowed(entry->second, *allowed, "allowed");
      } else if (allowed) {
        apply_allowed(preferences.global, *allowed, "allowed");
      }
    });
    // Resetting a site forgets what it was told about it, its banner's declaration included.
    if (reset) context.declarations().forget(*site);
    reply.key("preferences");
    reply.value(preferences_to_json(saved));
  } catch (const InvalidSettings& error) {
    refuse(error.what());  // thrown by the change, before anything was written
  }
}

}  // namespace consentry
