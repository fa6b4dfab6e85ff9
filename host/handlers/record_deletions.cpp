// record_deletions: the extension reports what it removed, with the full cookie for restore.
#include <vector>

#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "store/deletion_log.h"
#include "protocol_error.h"

namespace consentry {

namespace {

// Browsers cap a cookie near 4 KiB; a bound keeps every log entry pageable under 1 MiB.
constexpr size_t kMaxDeletionBytes = 16 * 1024;

DeletionEntry read_deletion(const nlohmann::json& item, size_t index) {
  std::string where = "deletions[" + std::to_string(index) + "]";
  if (item.is_object() && item.dump().size() > kMaxDeletionBytes) {
    throw ProtocolError(ErrorCode::invalid_request, where + " is larger than 16 KiB");
  }
  try {
    DeletionEntry entry = deletion_entry_from_json(item);
    entry.id.clear();  // the log assigns ids and times; the site defaults to the cookie's
    entry.time = 0;
    return entry;
  } catch (const InvalidDeletionEntry& error) {
    throw ProtocolError(ErrorCode::invalid_request, where + ": " + error.what());
  }
}

}  // namespace

nlohmann::json handle_record_deletions(const nlohmann::json& request, HostContext& context) {
  const nlohmann::json& items = required_array(request, "deletions", kMaxCookiesPerRequest);
  std::vector<DeletionEntry> entries;
  entries.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) entries.push_back(read_deletion(items[i], i));

  std::vector<DeletionEntry> stored = context.deletion_log().append(std::move(entries));
  nlohmann::json ids = nlohmann::json::array();
  for (const DeletionEntry& entry : stored) ids.push_back(entry.id);
  return {{"recorded", stored.size()}, {"ids", std::move(ids)}};
}

}  // namespace consentry
