// The envelope every reply must keep, whatever the request (host/PROTOCOL.md): one JSON object
// of at most 1 MiB with "type" and "id", and an error reply always names its code and message.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "protocol/framing.h"
#include "fuzz_check.h"

namespace consentry::fuzzing {

inline nlohmann::json checked_reply(const std::string& text) {
  FUZZ_CHECK(text.size() <= kMaxReplyBytes);
  nlohmann::json reply = nlohmann::json::parse(text, nullptr, false);
  FUZZ_CHECK(reply.is_object() && reply.contains("id"));
  FUZZ_CHECK(reply.contains("type") && reply["type"].is_string());
  if (reply["type"] == "error") {
    FUZZ_CHECK(reply.contains("code") && reply["code"].is_string());
    FUZZ_CHECK(reply.contains("message") && reply["message"].is_string());
  }
  return reply;
}

}  // namespace consentry::fuzzing
