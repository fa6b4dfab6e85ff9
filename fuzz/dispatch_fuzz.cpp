// Any frame body to the dispatcher, with the real handlers on a temporary data folder: every
// input gets one well-formed reply (reply_check.h), never an exception, crash or leak. State
// carries over between inputs (like a long session) and starts afresh every kSessionRuns inputs
// so the deletion log's growth does not slow the search down.
#include <memory>
#include <string_view>

#include "fuzz_session.h"
#include "reply_check.h"

namespace {

constexpr int kSessionRuns = 2000;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<consentry::fuzzing::HostSession> session;
  static int runs = 0;
  consentry::fuzzing::log_to_nowhere();
  if (!session || ++runs % kSessionRuns == 0) {
    session.reset();
    session = std::make_unique<consentry::fuzzing::HostSession>();
  }
  std::string_view body(reinterpret_cast<const char*>(data), size);
  consentry::fuzzing::checked_reply(session->dispatcher.reply_to(body));
  return 0;
}
