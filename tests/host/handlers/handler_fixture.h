// Handler tests run against the real stores in a fresh data folder and the real classifier.
#pragma once
#include <gtest/gtest.h>

#include <functional>
#include <memory>

#include "../store/temp_dir.h"
#include "classifier/classifier.h"
#include "handlers/handlers.h"
#include "protocol_error.h"

namespace consentry::testing {

inline std::shared_ptr<const Classifier> builtin_classifier() {
  static std::shared_ptr<const Classifier> classifier = Classifier::load_builtin();
  return classifier;
}

class HandlerTest : public ::testing::Test {
 protected:
  TempDir dir;
  HostContext context{dir.path(), builtin_classifier()};
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

inline nlohmann::json persistent_cookie(const std::string& name, const std::string& domain) {
  return {{"name", name}, {"value", "v1"}, {"domain", domain}, {"path", "/"},
          {"session", false}, {"expirationDate", 4102444800.0}};
}

}  // namespace consentry::testing
