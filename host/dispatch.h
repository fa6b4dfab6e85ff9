// One request body in, one reply body out: reads the envelope ({"type", "id"}), routes to the
// handler for the type, and wraps its answer as {"type": same, "id": same, ...}. Every failure
// becomes an error reply (protocol_error.h); the dispatcher itself never throws.
#pragma once
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace consentry {

// A handler gets the whole request object and returns the reply's own fields (an object; dispatch
// adds "type" and "id"). It throws ProtocolError for a bad request.
using Handler = std::function<nlohmann::json(const nlohmann::json& request)>;
using HandlerTable = std::map<std::string, Handler, std::less<>>;

class Dispatcher {
 public:
  explicit Dispatcher(HandlerTable handlers);

  // The serialised reply, never longer than kMaxReplyBytes (framing.h).
  std::string reply_to(std::string_view request_body) const;

 private:
  nlohmann::json answer(const nlohmann::json& request) const;

  HandlerTable handlers_;
};

}  // namespace consentry
