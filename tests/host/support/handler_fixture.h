// Handler tests run against the real stores in a fresh data folder and the real classifier.
#pragma once
#include <gtest/gtest.h>

#include <functional>
#include <memory>

#include "support/temp_dir.h"
#include "classifier/classifier.h"
#include "handlers/handlers.h"
#include "protocol/protocol_error.h"

namespace consentry::testing {

inline std::shared_ptr<const Classifier> builtin_classifier() {
  static std::shared_ptr<const Classifier> classifier = Classifier::load_builtin();
  return classifier;
}

class HandlerTest : public ::testing::Test {
 protected:
  TempDir dir;
  HostContext context{dir.path(), builtin_classifier};
};

// The code of the ProtocolError `call` throws; fails the test if it throws none.
inline std::optional<ErrorCode> error_code_of(const std::function<void()>& call) {
  try {
    call();
  } catch (const ProtocolError& error) {
    return error.code();
  }
  ADD_FAILURE() << "no ProtocolError thrown";
  return std::nullopt;
}

// A handler as the tests call it: the request built as a DOM goes in as the host would receive
// it (serialised, then parsed by UntrustedJsonParser), `{}` (null) as an empty request; the
// reply's fields come back as a DOM.
using HandlerFunction = void (*)(RequestObject, HostContext&, JsonWriter&);
inline nlohmann::json call(HandlerFunction handler, const nlohmann::json& request,
                           HostContext& context) {
  UntrustedJsonParser parser;
  RequestObject object = parser.parse(request.is_null() ? "{}" : request.dump());
  std::string reply;
  JsonWriter writer(reply);
  writer.begin_object();
  handler(object, context, writer);
  writer.end_object();
  return nlohmann::json::parse(reply);
}

inline nlohmann::json persistent_cookie(const std::string& name, const std::string& domain) {
  return {{"name", name}, {"value", "v1"},    {"domain", domain},
          {"path", "/"},  {"session", false}, {"expirationDate", 4102444800.0}};
}

}  // namespace consentry::testing
