#include "protocol/dispatch.h"

#include <spdlog/spdlog.h>

#include "protocol/framing.h"
#include "protocol/protocol_error.h"
#include "store/storage_error.h"

namespace consentry {

namespace {

constexpr const char* kReplyTooLarge = "the reply would exceed 1 MiB; ask for fewer items";

// The request's "id" as JSON text, echoed in the reply; "null" when there is none.
std::string id_of(simdjson::dom::object request) {
  simdjson::dom::element id;
  if (request.at_key("id").get(id) != simdjson::SUCCESS) return "null";
  return simdjson::minify(id);
}

// The table's entry for the request's "type": its name (echoed in the reply) and its handler.
const HandlerTable::value_type& entry_for(const HandlerTable& handlers,
                                          simdjson::dom::object request) {
  std::string_view type;
  if (request.at_key("type").get_string().get(type) != simdjson::SUCCESS) {
    throw ProtocolError(ErrorCode::invalid_request, "\"type\" must be a string");
  }
  auto handler = handlers.find(type);
  if (handler == handlers.end()) {
    throw ProtocolError(ErrorCode::unknown_type, "no message type \"" + std::string(type) + "\"");
  }
  return *handler;
}

void write_answer(const HandlerTable& handlers, simdjson::dom::object request,
                  const std::string& id, std::string& out) {
  const auto& [type, handler] = entry_for(handlers, request);
  JsonWriter reply(out);
  reply.begin_object();
  reply.member("type", type);
  reply.key("id");
  reply.raw(id);
  handler(request, reply);
  reply.end_object();
}

}  // namespace

Dispatcher::Dispatcher(HandlerTable handlers) : handlers_(std::move(handlers)) {}

std::string Dispatcher::reply_to(std::string_view request_body) {
  std::string out;
  std::string id = "null";
  try {
    simdjson::dom::object request;
    if (parser_.parse(request_body).get(request) != simdjson::SUCCESS) {
      throw ProtocolError(ErrorCode::invalid_request, "a request must be a JSON object");
    }
    id = id_of(request);
    write_answer(handlers_, request, id, out);
  } catch (const InvalidJson& error) {
    out = error_reply(ErrorCode::invalid_json, error.what(), "null");
  } catch (const ProtocolError& error) {
    out = error_reply(error.code(), error.what(), id);
  } catch (const StorageError& error) {
    spdlog::error("storage: {}", error.what());
    out = error_reply(ErrorCode::storage, error.what(), id);
  } catch (const std::exception& error) {
    spdlog::error("internal error: {}", error.what());
    out = error_reply(ErrorCode::internal, error.what(), id);
  }
  if (out.size() <= kMaxReplyBytes) return out;
  out = error_reply(ErrorCode::reply_too_large, kReplyTooLarge, id);
  if (out.size() <= kMaxReplyBytes) return out;
  return error_reply(ErrorCode::reply_too_large, kReplyTooLarge, "null");  // a huge id
}

}  // namespace consentry
