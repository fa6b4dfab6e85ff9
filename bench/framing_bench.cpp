// One framed message through the protocol layer as serve mode does it: read a decide request's
// frame from a descriptor, parse it (untrusted_json.h) and read its cookies (cookie_json.h); then
// write a decide reply (json_writer.h) and frame it. Classifying is left out (the classifier and
// policy have their own benchmarks; the end-to-end benchmark measures them all together).
// Cookies per message: 1, 100 and 500 (a sweep batch).
#include <benchmark/benchmark.h>
#include <sys/mman.h>
#include <unistd.h>

#include "json/cookie_json.h"
#include "cookie_mix.h"
#include "decide_request.h"
#include "base/fd_write.h"
#include "protocol/framing.h"
#include "json/json_writer.h"
#include "json/untrusted_json.h"

namespace consentry {
namespace {

constexpr double kNow = 1'795'435'200;

// One result as decide reports it: the classification, the site and what the policy does.
void write_result(JsonWriter& out) {
  out.begin_object();
  out.member("category", "performance");
  out.member("confidence", 0.98);
  out.member("reason", "Google Analytics: distinguishes visitors (_ga)");
  out.member("rule", "google-analytics/_ga");
  out.member("vendor", "Google Analytics");
  out.member("site", "example.com");
  out.member("action", "delete");
  out.member("why", "performance is refused on example.com");
  out.end_object();
}

std::string decide_reply(size_t cookies) {
  std::string body;
  JsonWriter out(body);
  out.begin_object();
  out.member("type", "decide");
  out.key("id");
  out.number(int64_t{1});
  out.key("results");
  out.begin_array();
  for (size_t i = 0; i < cookies; ++i) write_result(out);
  out.end_array();
  out.end_object();
  return body;
}

// The request frame sits in an in-memory file, read from the start each time as from stdin.
void BM_ReadAndParseRequestFrame(benchmark::State& state) {
  const size_t cookies = static_cast<size_t>(state.range(0));
  int fd = memfd_create("frame", 0);
  std::string frame = encode_frame(decide_request(CookieMix(7, kNow).take(cookies), 1));
  if (fd < 0 || !write_fully(fd, frame)) {
    state.SkipWithError("memfd_create failed");
    return;
  }
  UntrustedJsonParser parser;  // one per host, as serve mode keeps it
  for (auto _ : state) {
    ::lseek(fd, 0, SEEK_SET);
    FrameReader reader(fd, kDefaultMaxRequestBytes);
    FrameRead read = reader.next();
    simdjson::dom::array items = parser.parse(read.body)["cookies"];
    for (simdjson::dom::element item : items) benchmark::DoNotOptimize(cookie_from_json(item));
  }
  ::close(fd);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(frame.size()));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(cookies));
}

void BM_SerialiseReplyFrame(benchmark::State& state) {
  const size_t cookies = static_cast<size_t>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(encode_frame(decide_reply(cookies)));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(cookies));
}

BENCHMARK(BM_ReadAndParseRequestFrame)->Arg(1)->Arg(100)->Arg(500);
BENCHMARK(BM_SerialiseReplyFrame)->Arg(1)->Arg(100)->Arg(500);

}  // namespace
}  // namespace consentry
