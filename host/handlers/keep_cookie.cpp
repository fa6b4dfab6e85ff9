// keep_cookie: put (site, cookie name) on the user's keep list, which wins over everything.
#include "handlers/handlers.h"
#include "handlers/keep_list_reply.h"
#include "handlers/request_fields.h"

namespace consentry {

void handle_keep_cookie(RequestObject request, HostContext& context, JsonWriter& reply) {
  KeepEntry entry{required_site(request, "site"), required_string(request, "name")};
  Preferences saved = context.update_preferences(
      [&](Preferences& preferences) { preferences.keep_list.insert(entry); });
  write_keep_list_reply(reply, saved);
}

}  // namespace consentry
