// record_deletions: the extension reports what it removed, with the full cookie for restore.
#include <vector>

#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "store/deletion_log.h"
#include "protocol_error.h"
#include "untrusted_json.h"

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

nlohmann::json handle_record_deletions(const nlohmann::json& request, HostContext& context) {
  // Interim, until requests arrive as simdjson: the array is read back from its text.
  UntrustedJsonParser parser;
  simdjson::dom::array items =
      parser.parse(required_array(request, "deletions", kMaxCookiesPerRequest).dump());
  std::vector<DeletionEntry> entries;
  entries.reserve(items.size());
  size_t index = 0;
  for (simdjson::dom::element item : items) entries.push_back(read_deletion(item, index++));

  std::vector<DeletionEntry> stored = context.deletion_log().append(std::move(entries));
  nlohmann::json ids = nlohmann::json::array();
  for (const DeletionEntry& entry : stored) ids.push_back(entry.id);
  return {{"recorded", stored.size()}, {"ids", std::move(ids)}};
}

}  // namespace consentry
