// deletion_log: the log newest first, filtered and paged. A page also stops before the reply
// would pass 1 MiB; `next_offset` says where the next page starts (null on the last page).
#include <algorithm>

#include "framing.h"
#include "store/deletion_log.h"
#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "untrusted_json.h"

namespace consentry {

namespace {

constexpr size_t kDefaultLimit = 100;
constexpr size_t kMaxLimit = 500;
constexpr size_t kEnvelopeReserve = 64 * 1024;  // type, id, counts around the entries

DeletionQuery read_query(const nlohmann::json& request) {
  DeletionQuery query;
  query.site_contains = optional_bool(request, "site_contains").value_or(false);
  if (query.site_contains) {
    query.site = optional_string(request, "site");
  } else {
    query.site = optional_site(request, "site");
  }
  query.since = optional_number(request, "since");
  query.until = optional_number(request, "until");
  query.offset = optional_count(request, "offset", 0, 0, SIZE_MAX);
  query.limit = optional_count(request, "limit", kDefaultLimit, 1, kMaxLimit);
  return query;
}

}  // namespace

nlohmann::json handle_deletion_log(const nlohmann::json& request, HostContext& context) {
  DeletionQuery query = read_query(request);
  DeletionPage page = context.deletion_log().query(query);

  nlohmann::json entries = nlohmann::json::array();
  size_t budget = kMaxReplyBytes - kEnvelopeReserve;
  for (const DeletionEntry& entry : page.entries) {
    std::string text;
    JsonWriter json(text);
    write_deletion_entry(json, entry);
    size_t bytes = text.size() + 1;  // and a comma
    if (bytes > budget) break;
    budget -= bytes;
    entries.push_back(parse_untrusted_json(text));  // interim, until replies are written
  }
  size_t end = query.offset + entries.size();
  nlohmann::json next_offset = end < page.total ? nlohmann::json(end) : nlohmann::json(nullptr);
  return {{"total", page.total},
          {"offset", query.offset},
          {"entries", std::move(entries)},
          {"next_offset", std::move(next_offset)}};
}

}  // namespace consentry
