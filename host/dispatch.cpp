#include "dispatch.h"

#include <spdlog/spdlog.h>

#include "framing.h"
#include "protocol_error.h"
#include "store/storage_error.h"
#include "untrusted_json.h"

namespace consentry {

namespace {

using nlohmann::json;

std::string serialise(const json& reply) {
  // Input strings were validated UTF-8; `replace` only guards against a bug producing bad bytes.
  return reply.dump(-1, ' ', false, json::error_handler_t::replace);
}

const json& id_of(const json& request) {
  static const json kNoId;
  if (!request.is_object()) return kNoId;
  auto it = request.find("id");
  return it == request.end() ? kNoId : *it;
}

}  // namespace

Dispatcher::Dispatcher(HandlerTable handlers) : handlers_(std::move(handlers)) {}

json Dispatcher::answer(const json& request) const {
  if (!request.is_object()) {
    throw ProtocolError(ErrorCode::invalid_request, "a request must be a JSON object");
  }
  auto type = request.find("type");
  if (type == request.end() || !type->is_string()) {
    throw ProtocolError(ErrorCode::invalid_request, "\"type\" must be a string");
  }
  const auto& name = type->get_ref<const std::string&>();
  auto handler = handlers_.find(name);
  if (handler == handlers_.end()) {
    throw ProtocolError(ErrorCode::unknown_type, "no message type \"" + name + "\"");
  }
  json reply = handler->second(request);
  reply["type"] = name;
  reply["id"] = id_of(request);
  return reply;
}

std::string Dispatcher::reply_to(std::string_view request_body) const {
  json request;
  json reply;
  try {
    request = parse_untrusted_json(request_body);
    reply = answer(request);
  } catch (const InvalidJson& error) {
    reply = error_reply(ErrorCode::invalid_json, error.what(), nullptr);
  } catch (const ProtocolError& error) {
    reply = error_reply(error.code(), error.what(), id_of(request));
  } catch (const StorageError& error) {
    spdlog::error("storage: {}", error.what());
    reply = error_reply(ErrorCode::storage, error.what(), id_of(request));
  } catch (const std::exception& error) {
    spdlog::error("internal error: {}", error.what());
    reply = error_reply(ErrorCode::internal, error.what(), id_of(request));
  }
  std::string text = serialise(reply);
  if (text.size() <= kMaxReplyBytes) return text;
  constexpr const char* kTooLarge = "the reply would exceed 1 MiB; ask for fewer items";
  text = serialise(error_reply(ErrorCode::reply_too_large, kTooLarge, id_of(request)));
  if (text.size() <= kMaxReplyBytes) return text;
  return serialise(error_reply(ErrorCode::reply_too_large, kTooLarge, nullptr));  // a huge id
}

}  // namespace consentry
