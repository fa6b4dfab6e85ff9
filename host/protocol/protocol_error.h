// The protocol's error replies: {"type": "error", "code", "message", "id"}. Handlers throw
// ProtocolError; dispatch turns it (and storage or internal failures) into the reply.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

namespace consentry {

enum class ErrorCode {
  invalid_json,     // the frame is not JSON we accept (syntax, UTF-8, depth, duplicate key)
  invalid_request,  // JSON, but the wrong shape or value
  unknown_type,     // no handler for "type"
  too_large,        // the request exceeds the host's limit; the host exits after this reply
  reply_too_large,  // the answer would exceed 1 MiB; ask for less
  storage,          // a file could not be written; nothing changed
  not_found,        // the request names something that does not exist
  internal,         // a bug; the host keeps serving
};

// The code's name on the wire, e.g. "invalid_request".
const char* error_code_name(ErrorCode code);

class ProtocolError : public std::runtime_error {
 public:
  ProtocolError(ErrorCode code, const std::string& message)
      : std::runtime_error(message), code_(code) {}
  ErrorCode code() const { return code_; }

 private:
  ErrorCode code_;
};

// The reply's text: {"type": "error", "code": ..., "message": ..., "id": id}, where `id` is
// JSON text (the request's id as it came).
std::string error_reply(ErrorCode code, std::string_view message, std::string_view id = "null");

}  // namespace consentry
