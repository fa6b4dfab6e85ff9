// One handler per message type (host/PROTOCOL.md). Each takes the whole request object and
// returns the reply's own fields; dispatch adds "type" and "id". Bad requests throw ProtocolError;
// a failed write throws StorageError, and nothing has changed then.
#pragma once
#include <nlohmann/json.hpp>

#include "dispatch.h"
#include "handlers/host_context.h"

namespace consentry {

inline constexpr int kProtocolVersion = 1;
inline constexpr size_t kMaxCookiesPerRequest = 1000;  // keeps a decide reply far below 1 MiB

nlohmann::json handle_hello(const nlohmann::json& request, HostContext& context);
nlohmann::json handle_decide(const nlohmann::json& request, HostContext& context);
nlohmann::json handle_get_preferences(const nlohmann::json& request, HostContext& context);
nlohmann::json handle_set_preferences(const nlohmann::json& request, HostContext& context);
nlohmann::json handle_keep_cookie(const nlohmann::json& request, HostContext& context);
nlohmann::json handle_forget_cookie(const nlohmann::json& request, HostContext& context);
nlohmann::json handle_record_deletions(const nlohmann::json& request, HostContext& context);
nlohmann::json handle_deletion_log(const nlohmann::json& request, HostContext& context);
nlohmann::json handle_restore(const nlohmann::json& request, HostContext& context);
nlohmann::json handle_export_settings(const nlohmann::json& request, HostContext& context);
nlohmann::json handle_import_settings(const nlohmann::json& request, HostContext& context);

// Every message type bound to `context`, which must outlive the table.
HandlerTable make_handler_table(HostContext& context);

}  // namespace consentry
