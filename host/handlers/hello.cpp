// hello: who the host is and what it holds.
#include "classifier/embedded_data.h"
#include "handlers/handlers.h"

namespace consentry {

void handle_hello(RequestObject, HostContext& context, JsonWriter& reply) {
  const Preferences& preferences = context.preferences();
  reply.member("version", CONSENTRY_VERSION);
  reply.member("protocol", uint64_t{kProtocolVersion});
  reply.member("data_dir", context.data_dir().string());
  reply.key("counts");
  reply.begin_object();
  // Counted at build time: answering hello does not load the knowledge base.
  reply.member("rules", uint64_t{embedded_data_counts().rules});
  reply.member("vendors", uint64_t{embedded_data_counts().vendors});
  reply.member("site_overrides", uint64_t{preferences.sites.size()});
  reply.member("keep_list", uint64_t{preferences.keep_list.size()});
  reply.member("deletions", uint64_t{context.deletion_log().size()});
  reply.member("declared_sites", uint64_t{context.declarations().count()});
  reply.end_object();
}

}  // namespace consentry
