// The classification core's speed (targets: >= 1,000,000 cookies/s on one core; loading the
// knowledge base <= 10 ms). One cookie per layer: a knowledge-base name, a prefix/pattern name,
// an unknown cookie that goes to the signals, and the labelled corpus as a realistic mix.
#include <benchmark/benchmark.h>

#include <fstream>

#include "classifier/classifier.h"
#include "json/cookie_json.h"
#include "cookie_mix.h"
#include "json/untrusted_json.h"

namespace consentry {
namespace {

constexpr double kNow = 1'795'435'200;

Cookie make_cookie(std::string name, std::string value, std::string domain, std::string site,
                   double lifetime_days) {
  Cookie cookie;
  cookie.name = std::move(name);
  cookie.value = std::move(value);
  cookie.domain = std::move(domain);
  cookie.site = std::move(site);
  cookie.session = lifetime_days == 0;
  if (!cookie.session) cookie.expiration_date = kNow + lifetime_days * 86400;
  return cookie;
}

const Cookie kKnown = make_cookie("_ga", "GA1.1.1227792088.1789907650", ".example.com",
                                  "https://www.example.com/", 400);
const Cookie kPatterned = make_cookie("_hjSessionUser_1234567", "eyJpZCI6IjEyMyJ9", ".example.com",
                                      "https://www.example.com/", 365);
const Cookie kUnknown = make_cookie("shop_visitor_pref", "3f2a9c1e-1234-4abc-9def-0123456789ab",
                                    ".shop.example.co.uk", "https://www.shop.example.co.uk/", 30);

void classify_one(benchmark::State& state, const Cookie& cookie) {
  static const std::unique_ptr<Classifier> classifier = Classifier::load_builtin();
  for (auto _ : state) benchmark::DoNotOptimize(classifier->classify(cookie, kNow));
  state.SetItemsProcessed(state.iterations());
}

void BM_ClassifyKnownCookie(benchmark::State& state) { classify_one(state, kKnown); }
void BM_ClassifyPatternedCookie(benchmark::State& state) { classify_one(state, kPatterned); }
void BM_ClassifyUnknownCookie(benchmark::State& state) { classify_one(state, kUnknown); }

// The labelled corpus (tests/corpus/*.jsonl, cookies of ~40 real sites): the realistic mix.
std::vector<Cookie> corpus_cookies() {
  std::vector<Cookie> cookies;
  UntrustedJsonParser parser;
  for (const char* file : {"/corpus/dev.jsonl", "/corpus/test.jsonl"}) {
    std::ifstream in(std::string(CONSENTRY_TESTS_DIR) + file);
    for (std::string line; std::getline(in, line);) {
      cookies.push_back(cookie_from_json(parser.parse(line)));
    }
  }
  return cookies;
}

void BM_ClassifyCorpusMix(benchmark::State& state) {
  static const std::unique_ptr<Classifier> classifier = Classifier::load_builtin();
  static const std::vector<Cookie> cookies = corpus_cookies();
  if (cookies.empty()) {
    state.SkipWithError("no corpus in tests/corpus/");
    return;
  }
  for (auto _ : state) {
    for (const Cookie& cookie : cookies)
      benchmark::DoNotOptimize(classifier->classify(cookie, kNow));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(cookies.size()));
}

// The seeded generated mix (cookie_mix.h) the end-to-end benchmark sends: many more sites and
// names than the corpus, so lookups miss the caches as they would on a real cookie jar.
void BM_ClassifyGeneratedMix(benchmark::State& state) {
  static const std::unique_ptr<Classifier> classifier = Classifier::load_builtin();
  static const std::vector<Cookie> cookies = CookieMix(1, kNow).take(10'000);
  for (auto _ : state) {
    for (const Cookie& cookie : cookies)
      benchmark::DoNotOptimize(classifier->classify(cookie, kNow));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(cookies.size()));
}

void BM_LoadKnowledgeBase(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Classifier::load_builtin());
}

BENCHMARK(BM_ClassifyKnownCookie);
BENCHMARK(BM_ClassifyPatternedCookie);
BENCHMARK(BM_ClassifyUnknownCookie);
BENCHMARK(BM_ClassifyCorpusMix);
BENCHMARK(BM_ClassifyGeneratedMix);
BENCHMARK(BM_LoadKnowledgeBase)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace consentry
