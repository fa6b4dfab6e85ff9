// hello: who the host is and what it holds.
#include "handlers/handlers.h"

namespace consentry {

nlohmann::json handle_hello(const nlohmann::json&, HostContext& context) {
  const Preferences& preferences = context.preferences();
  return {{"version", CONSENTRY_VERSION},
          {"protocol", kProtocolVersion},
          {"data_dir", context.data_dir().string()},
          {"counts",
           {{"rules", context.classifier().rule_count()},
            {"vendors", context.classifier().vendor_count()},
            {"site_overrides", preferences.sites.size()},
            {"keep_list", preferences.keep_list.size()},
            {"deletions", context.deletion_log().size()}}}};
}

}  // namespace consentry
