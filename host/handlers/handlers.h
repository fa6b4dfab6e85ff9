// One handler per message type (host/PROTOCOL.md). Each reads the whole request object and
// writes the reply's own fields into `reply` (dispatch.h). Bad requests throw ProtocolError; a
// failed write throws StorageError, and nothing has changed then.
#pragma once

#include "protocol/dispatch.h"
#include "handlers/host_context.h"
#include "handlers/request_fields.h"
#include "json/json_writer.h"

namespace consentry {

inline constexpr int kProtocolVersion = 1;
inline constexpr size_t kMaxCookiesPerRequest = 1000;  // keeps a decide reply far below 1 MiB
inline constexpr size_t kMaxSitesPerRequest = 1000;    // 1,000 host names of at most 253 bytes

void handle_hello(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_decide(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_get_preferences(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_set_preferences(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_keep_cookie(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_forget_cookie(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_record_deletions(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_deletion_log(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_restore(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_export_settings(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_import_settings(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_site(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_declare(RequestObject request, HostContext& context, JsonWriter& reply);
void handle_declaration(RequestObject request, HostContext& context, JsonWriter& reply);

// Every message type bound to `context`, which must outlive the table.
HandlerTable make_handler_table(HostContext& context);

}  // namespace consentry
