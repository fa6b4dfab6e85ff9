// One framed message through the protocol layer (framing.h, untrusted_json.h): read a decide
// request's frame from a descriptor and parse it, then serialise a decide reply and frame it.
// Handlers are left out (the classifier and policy have their own benchmarks; the end-to-end
// benchmark measures them all together). Cookies per message: 1, 100 and 500 (a sweep batch).
#include <benchmark/benchmark.h>
#include <sys/mman.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cookie_json.h"
#include "cookie_mix.h"
#include "fd_write.h"
#include "framing.h"
#include "untrusted_json.h"

namespace consentry {
namespace {

constexpr double kNow = 1'795'435'200;

std::string decide_request_body(size_t cookies) {
  nlohmann::json items = nlohmann::json::array();
  for (const Cookie& cookie : CookieMix(7, kNow).take(cookies)) items.push_back(cookie_to_json(cookie));
  return nlohmann::json{{"type", "decide"}, {"id", 1}, {"cookies", std::move(items)}}.dump();
}

nlohmann::json decide_reply(size_t cookies) {
  const nlohmann::json verdict = {
      {"category", "performance"}, {"confidence", 0.98},
      {"reason", "Google Analytics: distinguishes visitors (_ga)"},
      {"rule", "google-analytics/_ga"}, {"vendor", "Google Analytics"}, {"site", "example.com"},
      {"action", "delete"}, {"why", "performance is refused on example.com"}};
  nlohmann::json results = nlohmann::json::array();
  for (size_t i = 0; i < cookies; ++i) results.push_back(verdict);
  return {{"type", "decide"}, {"id", 1}, {"results", std::move(results)}};
}

// The request frame sits in an in-memory file, read from the start each time as from stdin.
void BM_ReadAndParseRequestFrame(benchmark::State& state) {
  const size_t cookies = static_cast<size_t>(state.range(0));
  int fd = memfd_create("frame", 0);
  std::string frame = encode_frame(decide_request_body(cookies));
  if (fd < 0 || !write_fully(fd, frame)) {
    state.SkipWithError("memfd_create failed");
    return;
  }
  for (auto _ : state) {
    ::lseek(fd, 0, SEEK_SET);
    FrameReader reader(fd, kDefaultMaxRequestBytes);
    FrameRead read = reader.next();
    benchmark::DoNotOptimize(parse_untrusted_json(read.body));
  }
  ::close(fd);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(frame.size()));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(cookies));
}

void BM_SerialiseReplyFrame(benchmark::State& state) {
  const size_t cookies = static_cast<size_t>(state.range(0));
  nlohmann::json reply = decide_reply(cookies);
  for (auto _ : state) benchmark::DoNotOptimize(encode_frame(reply.dump()));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(cookies));
}

BENCHMARK(BM_ReadAndParseRequestFrame)->Arg(1)->Arg(100)->Arg(500);
BENCHMARK(BM_SerialiseReplyFrame)->Arg(1)->Arg(100)->Arg(500);

}  // namespace
}  // namespace consentry
