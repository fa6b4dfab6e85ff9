// forget_cookie: take (site, cookie name) off the keep list; forgetting an absent entry is fine.
#include "handlers/handlers.h"
#include "handlers/keep_list_reply.h"
#include "handlers/request_fields.h"

namespace consentry {

void handle_forget_cookie(RequestObject request, HostContext& context, JsonWriter& reply) {
  KeepEntry entry{required_site(request, "site"), required_string(request, "name")};
  Preferences saved = context.update_preferences(
      [&](Preferences& preferences) { preferences.keep_list.erase(entry); });
  write_keep_list_reply(reply, saved);
}

}  // namespace consentry
