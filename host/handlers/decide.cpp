// decide: classify a batch of cookies (with the layer of each site's own declaration) and apply
// the current preferences. No side effects.
#include "base/clock.h"
#include "json/cookie_json.h"
#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "judge/verdict.h"

namespace consentry {

void handle_decide(RequestObject request, HostContext& context, JsonWriter& reply) {
  simdjson::dom::array cookies = required_array(request, "cookies", kMaxCookiesPerRequest);
  std::string page = optional_string(request, "site").value_or("");
  const Preferences& preferences = context.preferences();
  double now = seconds_since_epoch();
  DeclarationStore& declarations = context.declarations();
  declarations.refresh();  // once a batch: another host may have stored a declaration

  reply.key("results");
  reply.begin_array();
  Cookie cookie;  // read into again for each item, keeping its strings' memory
  for (simdjson::dom::element item : cookies) {
    try {
      read_cookie(item, cookie);
    } catch (const InvalidCookie& error) {
      reply.begin_object();
      reply.member("error", error.what());
      reply.end_object();
      continue;
    }
    if (cookie.site.empty()) cookie.site = page;
    write_verdict(reply, judge(context.classifier(), preferences, cookie, now, &declarations));
  }
  reply.end_array();
}

}  // namespace consentry
