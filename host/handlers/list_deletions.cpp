// deletion_log: the log newest first, filtered and paged. A page also stops before the reply
// would pass 1 MiB; `next_offset` says where the next page starts (null on the last page).
#include <algorithm>

#include "protocol/framing.h"
#include "store/deletion_log.h"
#include "handlers/handlers.h"
#include "handlers/request_fields.h"

namespace consentry {

namespace {

constexpr size_t kDefaultLimit = 100;
constexpr size_t kMaxLimit = 500;
constexpr size_t kEnvelopeReserve = 64 * 1024;  // type, id, counts around the entries

DeletionQuery read_query(RequestObject request) {
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

void handle_deletion_log(RequestObject request, HostContext& context, JsonWriter& reply) {
  DeletionQuery query = read_query(request);
  DeletionPage page = context.deletion_log().query(query);

  // Entries are written to their own text first, so the page can stop before the budget.
  std::string entries;
  JsonWriter list(entries);
  list.begin_array();
  size_t written = 0;
  const size_t budget = kMaxReplyBytes - kEnvelopeReserve;
  for (const DeletionEntry& entry : page.entries) {
    size_t before = entries.size();
    write_deletion_entry(list, entry);
    if (entries.size() > budget) {
      entries.resize(before);
      break;
    }
    ++written;
  }
  list.end_array();
  size_t end = query.offset + written;
  reply.member("total", uint64_t{page.total});
  reply.member("offset", uint64_t{query.offset});
  reply.key("entries");
  reply.raw(entries);
  reply.key("next_offset");
  if (end < page.total) {
    reply.number(uint64_t{end});
  } else {
    reply.null();
  }
}

}  // namespace consentry
