// declaration: what a site's consent banner declared, as stored, for the site report. No side
// effects.
#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "json/declaration_json.h"
#include "model/consent_platform.h"

namespace consentry {

void handle_declaration(RequestObject request, HostContext& context, JsonWriter& reply) {
  std::string site = required_site(request, "site");
  DeclarationStore& declarations = context.declarations();
  declarations.refresh();
  reply.member("site", site);
  const SiteDeclaration* declaration = declarations.find(site);
  reply.key("platform");  // the platform's name as shown to the user
  if (declaration) {
    reply.string(consent_platform_name(declaration->platform()).value_or(declaration->platform()));
  } else {
    reply.null();
  }
  reply.key("declaration");
  if (declaration) {
    write_declaration(reply, *declaration);
  } else {
    reply.null();
  }
}

}  // namespace consentry
