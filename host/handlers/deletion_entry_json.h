// A deletion-log entry on the wire: {"id", "time", "site", "category", "reason", "cookie"}.
#pragma once
#include <nlohmann/json.hpp>

#include "store/deletion_log.h"

namespace consentry {

nlohmann::json deletion_entry_to_json(const DeletionEntry& entry);

}  // namespace consentry
