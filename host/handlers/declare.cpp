// declare: a site's own cookie declaration, as its consent banner shows it, read by the extension
// from the top-level page. Stored per site (declaration_store.h) and used by decide from then on.
#include "base/clock.h"
#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "json/declaration_json.h"
#include "protocol/protocol_error.h"

namespace consentry {

void handle_declare(RequestObject request, HostContext& context, JsonWriter& reply) {
  std::string site = required_site(request, "site");
  try {
    SiteDeclaration declaration = declaration_from_json(request, site, seconds_since_epoch());
    bool changed = context.declarations().save(declaration);
    reply.member("site", site);
    reply.member("cookies", uint64_t{declaration.cookies().size()});
    reply.member("changed", changed);
  } catch (const InvalidDeclaration& error) {
    throw ProtocolError(ErrorCode::invalid_request, error.what());
  }
}

}  // namespace consentry
