#include "protocol/dispatch.h"

#include <gtest/gtest.h>

#include "protocol/framing.h"
#include "handlers/request_fields.h"
#include "protocol/protocol_error.h"
#include "store/storage_error.h"

namespace consentry {
namespace {

using nlohmann::json;

// Routing is what is under test here: each handler shows what dispatch does with its outcome.
Dispatcher test_dispatcher() {
  HandlerTable table;
  table["echo"] = [](RequestObject request, JsonWriter& reply) {
    reply.key("got");
    reply.raw(simdjson::minify(request));
  };
  table["refuse"] = [](RequestObject, JsonWriter& reply) {
    reply.member("half", "written");  // discarded: the error reply replaces it
    throw ProtocolError(ErrorCode::not_found, "no such thing");
  };
  table["disk_full"] = [](RequestObject, JsonWriter&) {
    throw StorageError("No space left on device");
  };
  table["bug"] = [](RequestObject, JsonWriter&) { throw std::logic_error("oops"); };
  table["huge"] = [](RequestObject, JsonWriter& reply) {
    reply.member("blob", std::string(kMaxReplyBytes, 'x'));
  };
  return Dispatcher(std::move(table));
}

json reply(std::string_view request) { return json::parse(test_dispatcher().reply_to(request)); }

TEST(DispatchTest, RoutesByTypeAndEchoesTypeAndId) {
  json answer = reply(R"({"type":"echo","id":7,"x":"é"})");
  EXPECT_EQ(answer["type"], "echo");
  EXPECT_EQ(answer["id"], 7);
  EXPECT_EQ(answer["got"]["x"], "é");
}

TEST(DispatchTest, EchoesAnyIdAsGiven) {
  EXPECT_EQ(reply(R"({"type":"echo","id":"abc"})")["id"], "abc");
  EXPECT_EQ(reply(R"({"type":"echo","id":{"n":[1,2]}})")["id"], json({{"n", {1, 2}}}));
  EXPECT_EQ(reply(R"({"type":"echo","id":-1.5})")["id"], -1.5);
  json no_id = reply(R"({"type":"echo"})");
  ASSERT_TRUE(no_id.contains("id"));
  EXPECT_TRUE(no_id["id"].is_null());
}

// PROTOCOL.md: the id is the same value written anew; integers and strings keep their text, a
// number with a fraction may not.
TEST(DispatchTest, TheIdIsWrittenAnewWithoutWhitespace) {
  auto raw_id = [](std::string_view request) {
    std::string text = test_dispatcher().reply_to(request);
    size_t start = text.find("\"id\":") + 5;
    return text.substr(start, text.find(",\"", start) - start);
  };
  EXPECT_EQ(raw_id(R"({"type":"echo","id": 12345678901})"), "12345678901");
  EXPECT_EQ(raw_id(R"({"type":"echo","id":"a b"})"), "\"a b\"");
  EXPECT_EQ(raw_id(R"({"type":"echo","id":[1, {"k": true}]})"), "[1,{\"k\":true}]");
  EXPECT_EQ(raw_id(R"({"type":"echo","id":1.50})"), "1.5");
}

void expect_error(const json& answer, const char* code, const json& id) {
  EXPECT_EQ(answer["type"], "error") << answer;
  EXPECT_EQ(answer["code"], code) << answer;
  EXPECT_EQ(answer["id"], id) << answer;
  EXPECT_TRUE(answer["message"].is_string() && !answer["message"].get<std::string>().empty());
}

TEST(DispatchTest, InvalidJsonGetsAnErrorWithNullId) {
  expect_error(reply("{\"type\":"), "invalid_json", nullptr);
  expect_error(reply(""), "invalid_json", nullptr);
  expect_error(reply(std::string(100000, '[')), "invalid_json", nullptr);
  expect_error(reply(R"({"type":"echo","type":"x"})"), "invalid_json", nullptr);
}

TEST(DispatchTest, WrongEnvelopeIsAnInvalidRequest) {
  expect_error(reply("[1,2]"), "invalid_request", nullptr);
  expect_error(reply(R"({"id":3})"), "invalid_request", 3);
  expect_error(reply(R"({"type":5,"id":4})"), "invalid_request", 4);
}

TEST(DispatchTest, UnknownTypeNamesTheType) {
  json answer = reply(R"({"type":"nope","id":1})");
  expect_error(answer, "unknown_type", 1);
  EXPECT_NE(answer["message"].get<std::string>().find("nope"), std::string::npos);
}

TEST(DispatchTest, HandlerFailuresBecomeErrorReplies) {
  expect_error(reply(R"({"type":"refuse","id":1})"), "not_found", 1);
  expect_error(reply(R"({"type":"disk_full","id":2})"), "storage", 2);
  expect_error(reply(R"({"type":"bug","id":3})"), "internal", 3);
}

TEST(DispatchTest, ARepliesOverOneMebibyteBecomesAnError) {
  std::string text = test_dispatcher().reply_to(R"({"type":"huge","id":9})");
  EXPECT_LE(text.size(), kMaxReplyBytes);
  expect_error(json::parse(text), "reply_too_large", 9);
}

TEST(DispatchTest, AHugeIdIsDroppedRatherThanBreakingTheLimit) {
  std::string request = R"({"type":"nope","id":")" + std::string(kMaxReplyBytes, 'i') + "\"}";
  std::string text = test_dispatcher().reply_to(request);
  EXPECT_LE(text.size(), kMaxReplyBytes);
  expect_error(json::parse(text), "reply_too_large", nullptr);
}

}  // namespace
}  // namespace consentry
