// declaration: what a site's consent banner declared, as stored, and which of its declared
// categories a vendor's documentation or our rules contradict, for the site report. No side
// effects.
#include "base/clock.h"
#include "classifier/declaration_layer.h"
#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "json/declaration_json.h"
#include "model/consent_platform.h"

namespace consentry {

namespace {

constexpr double kOneYear = 365.0 * 24 * 3600;
// With a full declaration (2,000 entries of the longest names) the reply stays under 1 MiB.
constexpr size_t kMaxContradictions = 100;

// Each exactly named entry judged as a persistent first-party cookie of the site, whether or not
// the browser holds one now: the site report shows a contradiction even once the cookie is gone.
void write_contradictions(JsonWriter& reply, const SiteDeclaration& declaration,
                          const Classifier& classifier) {
  double now = seconds_since_epoch();
  reply.key("contradictions");
  reply.begin_array();
  size_t listed = 0;
  for (const DeclaredCookie& entry : declaration.cookies()) {
    if (entry.pattern || listed == kMaxContradictions) continue;
    Cookie cookie;
    cookie.name = entry.name;
    cookie.domain = declaration.site();
    cookie.site = declaration.site();
    cookie.session = false;
    cookie.expiration_date = now + kOneYear;
    Classification result =
        apply_site_declaration(classifier.classify(cookie, now), declaration, cookie.name);
    if (!result.declared || !result.declared->contradicts) continue;
    ++listed;
    reply.begin_object();
    reply.member("name", entry.name);
    reply.member("declared", category_name(entry.category));
    reply.member("label", entry.label);
    reply.member("category", category_name(result.category));
    reply.member("reason", result.reason);
    reply.end_object();
  }
  reply.end_array();
}

}  // namespace

void handle_declaration(RequestObject request, HostContext& context, JsonWriter& reply) {
  std::string site = required_site(request, "site");
  DeclarationStore& declarations = context.declarations();
  declarations.refresh();
  reply.member("site", site);
  const SiteDeclaration* declaration = declarations.find(site);
  if (!declaration) {
    reply.key("platform"), reply.null();
    reply.key("declaration"), reply.null();
    reply.key("contradictions"), reply.begin_array(), reply.end_array();
    return;
  }
  reply.member("platform",  // the platform's name as shown to the user
               consent_platform_name(declaration->platform()).value_or(declaration->platform()));
  reply.key("declaration");
  write_declaration(reply, *declaration);
  write_contradictions(reply, *declaration, context.classifier());
}

}  // namespace consentry
