#include "protocol/protocol_error.h"

#include "json/json_writer.h"

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

std::string error_reply(ErrorCode code, std::string_view message, std::string_view id) {
  std::string text;
  JsonWriter out(text);
  out.begin_object();
  out.member("type", "error");
  out.member("code", error_code_name(code));
  out.member("message", message);
  out.key("id");
  out.raw(id);
  out.end_object();
  return text;
}

}  // namespace consentry
