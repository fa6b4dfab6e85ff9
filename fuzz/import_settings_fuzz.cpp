// Any text as the "settings" of an import_settings request, through the dispatcher and the real
// store: a refused import changes nothing; an accepted one is exactly what export_settings then
// hands back, and importing that export again changes nothing more.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "fuzz_session.h"
#include "reply_check.h"

namespace {

using nlohmann::json;

json exported(consentry::Dispatcher& dispatcher) {
  json reply = consentry::fuzzing::checked_reply(
      dispatcher.reply_to(R"({"type":"export_settings","id":0})"));
  FUZZ_CHECK(reply["type"] == "export_settings");
  return reply["settings"];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto session = std::make_unique<consentry::fuzzing::HostSession>();
  consentry::fuzzing::log_to_nowhere();
  consentry::Dispatcher& dispatcher = session->dispatcher;
  json before = exported(dispatcher);
  std::string request = R"({"type":"import_settings","id":1,"settings":)";
  request.append(reinterpret_cast<const char*>(data), size);
  request += "}";
  json reply = consentry::fuzzing::checked_reply(dispatcher.reply_to(request));
  json after = exported(dispatcher);
  if (reply["type"] == "error") {
    FUZZ_CHECK(after == before);
    return 0;
  }
  FUZZ_CHECK(reply["type"] == "import_settings");
  json again = consentry::fuzzing::checked_reply(dispatcher.reply_to(
      json{{"type", "import_settings"}, {"id", 2}, {"settings", after}}.dump()));
  FUZZ_CHECK(again["type"] == "import_settings");
  FUZZ_CHECK(exported(dispatcher) == after);
  return 0;
}
