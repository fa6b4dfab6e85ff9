// record_deletions: the extension reports what it removed, with the full cookie for restore.
#include <vector>

#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "store/deletion_log.h"
#include "protocol/protocol_error.h"

namespace consentry {

namespace {

// Browsers cap a cookie near 4 KiB; a bound keeps every log entry pageable under 1 MiB.
constexpr size_t kMaxDeletionBytes = 16 * 1024;

// The entry's text, which is what its JSON size grows with; cheaper than serialising to measure.
size_t text_bytes(const DeletionEntry& entry) {
  const Cookie& cookie = entry.cookie;
  return entry.site.size() + entry.reason.size() + cookie.name.size() + cookie.value.size() +
         cookie.domain.size() + cookie.path.size() + cookie.store_id.size() + cookie.site.size() +
         cookie.partition_top_level_site.value_or("").size() +
         cookie.first_party_domain.value_or("").size();
}

DeletionEntry read_deletion(simdjson::dom::element item, size_t index) {
  std::string where = "deletions[" + std::to_string(index) + "]";
  DeletionEntry entry;
  try {
    entry = deletion_entry_from_json(item);
  } catch (const InvalidDeletionEntry& error) {
    throw ProtocolError(ErrorCode::invalid_request, where + ": " + error.what());
  }
  if (text_bytes(entry) > kMaxDeletionBytes) {
    throw ProtocolError(ErrorCode::invalid_request, where + " holds more than 16 KiB of text");
  }
  entry.id.clear();  // the log assigns ids and times; the site defaults to the cookie's
  entry.time = 0;
  return entry;
}

}  // namespace

void handle_record_deletions(RequestObject request, HostContext& context, JsonWriter& reply) {
  simdjson::dom::array items = required_array(request, "deletions", kMaxCookiesPerRequest);
  std::vector<DeletionEntry> entries;
  entries.reserve(items.size());
  for (simdjson::dom::element item : items) entries.push_back(read_deletion(item, entries.size()));

  std::vector<DeletionEntry> stored = context.deletion_log().append(std::move(entries));
  reply.member("recorded", uint64_t{stored.size()});
  reply.key("ids");
  reply.begin_array();
  for (const DeletionEntry& entry : stored) reply.string(entry.id);
  reply.end_array();
}

}  // namespace consentry
