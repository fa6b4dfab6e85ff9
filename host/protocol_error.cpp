#include "protocol_error.h"

namespace consentry {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_json: return "invalid_json";
    case ErrorCode::invalid_request: return "invalid_request";
    case ErrorCode::unknown_type: return "unknown_type";
    case ErrorCode::too_large: return "too_large";
    case ErrorCode::reply_too_large: return "reply_too_large";
    case ErrorCode::storage: return "storage";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::internal: break;
  }
  return "internal";
}

nlohmann::json error_reply(ErrorCode code, std::string_view message, const nlohmann::json& id) {
  return {{"type", "error"}, {"code", error_code_name(code)}, {"message", message}, {"id", id}};
}

}  // namespace consentry
