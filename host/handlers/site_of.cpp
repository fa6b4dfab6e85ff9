// site: the registrable domain of each page URL or host, so the extension needs no public suffix
// list of its own. The same reduction as every request that takes a site (site_key), so an
// answer matches what set_preferences stores. No side effects.
#include <optional>

#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "model/site.h"
#include "protocol/protocol_error.h"

namespace consentry {

namespace {

// A page without a site (about:blank, file:///..., "") is ordinary in a batch: null, not an error.
std::optional<std::string> site_or_nothing(simdjson::dom::element item, size_t index) {
  std::string_view text;
  if (item.get_string().get(text) != simdjson::SUCCESS) {
    throw ProtocolError(ErrorCode::invalid_request,
                        "\"urls\"[" + std::to_string(index) + "] must be a string");
  }
  try {
    return site_key(text, "url");
  } catch (const InvalidSite&) {
    return std::nullopt;
  }
}

}  // namespace

void handle_site(RequestObject request, HostContext&, JsonWriter& reply) {
  simdjson::dom::array urls = required_array(request, "urls", kMaxSitesPerRequest);
  reply.key("sites");
  reply.begin_array();
  size_t index = 0;
  for (simdjson::dom::element item : urls) {
    std::optional<std::string> site = site_or_nothing(item, index++);
    if (site) {
      reply.string(*site);
    } else {
      reply.null();
    }
  }
  reply.end_array();
}

}  // namespace consentry
