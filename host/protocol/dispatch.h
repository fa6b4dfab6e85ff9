// One request body in, one reply body out: parses the request (untrusted_json.h), reads the
// envelope ({"type", "id"}), routes to the handler for the type, and writes its answer inside
// {"type": same, "id": same, ...}. Every failure becomes an error reply (protocol_error.h); the
// dispatcher itself never throws.
#pragma once
#include <simdjson.h>

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "json/json_writer.h"
#include "json/untrusted_json.h"

namespace consentry {

// A handler reads the request object and writes the reply's own fields into `reply`, an object
// already open (dispatch writes "type" and "id"). It throws ProtocolError for a bad request;
// whatever it wrote is then discarded.
using Handler = std::function<void(simdjson::dom::object request, JsonWriter& reply)>;
using HandlerTable = std::map<std::string, Handler, std::less<>>;

// Reuses one parser from request to request: not thread-safe.
class Dispatcher {
 public:
  explicit Dispatcher(HandlerTable handlers);

  // The serialised reply, never longer than kMaxReplyBytes (framing.h).
  std::string reply_to(std::string_view request_body);

 private:
  HandlerTable handlers_;
  UntrustedJsonParser parser_;
};

}  // namespace consentry
