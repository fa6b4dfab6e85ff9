#include "handlers/handlers.h"

namespace consentry {

HandlerTable make_handler_table(HostContext& context) {
  using HandlerFunction = void (*)(RequestObject, HostContext&, JsonWriter&);
  const std::pair<const char*, HandlerFunction> kHandlers[] = {
      {"hello", handle_hello},
      {"decide", handle_decide},
      {"get_preferences", handle_get_preferences},
      {"set_preferences", handle_set_preferences},
      {"keep_cookie", handle_keep_cookie},
      {"forget_cookie", handle_forget_cookie},
      {"record_deletions", handle_record_deletions},
      {"deletion_log", handle_deletion_log},
      {"restore", handle_restore},
      {"export_settings", handle_export_settings},
      {"import_settings", handle_import_settings},
      {"site", handle_site},
      {"declare", handle_declare},
      {"declaration", handle_declaration},
  };
  HandlerTable table;
  for (const auto& [type, handler] : kHandlers) {
    // A named copy: clang 14 cannot capture a structured binding (the fuzz build uses clang).
    HandlerFunction function = handler;
    table.emplace(type, [&context, function](RequestObject request, JsonWriter& reply) {
      function(request, context, reply);
    });
  }
  return table;
}

}  // namespace consentry
