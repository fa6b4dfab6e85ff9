// One policy decision (policy.h): keep or delete a classified cookie under the user's
// preferences. The preferences are a heavy user's: many site overrides and a long keep list, so
// the lookups are measured at the size where they could hurt.
#include <benchmark/benchmark.h>

#include "model/policy.h"

namespace consentry {
namespace {

constexpr int kSiteOverrides = 1000;
constexpr int kKeepEntries = 200;

std::string site_number(int i) { return "site" + std::to_string(i) + ".example"; }

Preferences heavy_user_preferences() {
  Preferences preferences;
  for (int i = 0; i < kSiteOverrides; ++i) {
    preferences.sites[site_number(i)].set(Category::performance, i % 2 == 0);
  }
  for (int i = 0; i < kKeepEntries; ++i) preferences.keep_list.insert({site_number(i), "prefs"});
  return preferences;
}

Cookie persistent_cookie(std::string name) {
  Cookie cookie;
  cookie.name = std::move(name);
  cookie.domain = ".site500.example";
  cookie.session = false;
  cookie.expiration_date = 1'900'000'000;
  return cookie;
}

void decide_one(benchmark::State& state, const Cookie& cookie, const std::string& site,
                Category category) {
  static const Preferences preferences = heavy_user_preferences();
  for (auto _ : state) benchmark::DoNotOptimize(decide(preferences, cookie, site, category, 0.95));
  state.SetItemsProcessed(state.iterations());
}

// A refused category on a site without override: the common delete.
void BM_DecideRefusedGlobal(benchmark::State& state) {
  decide_one(state, persistent_cookie("_ga"), "unlisted.example", Category::performance);
}

// A site with its own override.
void BM_DecideSiteOverride(benchmark::State& state) {
  decide_one(state, persistent_cookie("_ga"), site_number(500), Category::performance);
}

// On the keep list: wins before anything else.
void BM_DecideKeepListHit(benchmark::State& state) {
  decide_one(state, persistent_cookie("prefs"), site_number(100), Category::targeting);
}

// Necessary: kept without looking at the sites.
void BM_DecideNecessary(benchmark::State& state) {
  decide_one(state, persistent_cookie("PHPSESSID"), site_number(500), Category::necessary);
}

BENCHMARK(BM_DecideRefusedGlobal);
BENCHMARK(BM_DecideSiteOverride);
BENCHMARK(BM_DecideKeepListHit);
BENCHMARK(BM_DecideNecessary);

}  // namespace
}  // namespace consentry
