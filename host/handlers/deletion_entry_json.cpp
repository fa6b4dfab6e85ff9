#include "handlers/deletion_entry_json.h"

#include "cookie_json.h"

namespace consentry {

nlohmann::json deletion_entry_to_json(const DeletionEntry& entry) {
  return {{"id", entry.id},
          {"time", entry.time},
          {"site", entry.site},
          {"category", category_name(entry.category)},
          {"reason", entry.reason},
          {"cookie", cookie_to_json(entry.cookie)}};
}

}  // namespace consentry
