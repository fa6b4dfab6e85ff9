// The site computation (site.h): a cookie's registrable domain (eTLD+1) through libpsl, done for
// every cookie a decide request carries, from a page URL and from a cookie domain.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "model/site.h"

namespace consentry {
namespace {

void BM_RegistrableDomainOfUrl(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(registrable_domain("https://www.shop.example.co.uk:8443/basket?x=1"));
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_RegistrableDomainOfCookieDomain(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(registrable_domain(".news.example.com"));
  state.SetItemsProcessed(state.iterations());
}

// site.cpp remembers up to 8,192 answers per thread; this one cycles through three times as many
// hosts, so every lookup misses and it measures libpsl itself (plus remembering the answer).
void BM_RegistrableDomainManyHosts(benchmark::State& state) {
  std::vector<std::string> hosts;
  for (int i = 0; i < 3 * 8192; ++i)
    hosts.push_back("www.shop" + std::to_string(i) + ".example.co.uk");
  size_t next = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(registrable_domain(hosts[next]));
    next = (next + 1) % hosts.size();
  }
  state.SetItemsProcessed(state.iterations());
}

// A public-suffix-heavy host: the private part of the list (user.github.io).
void BM_RegistrableDomainPrivateSuffix(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(registrable_domain("docs.someone.github.io"));
  state.SetItemsProcessed(state.iterations());
}

// What decide does per cookie: the policy site, and first- versus third-party.
void BM_SiteOfThirdPartyCookie(benchmark::State& state) {
  Cookie cookie;
  cookie.name = "IDE";
  cookie.domain = ".doubleclick.net";
  cookie.site = "https://www.news.example.com/article/1";
  for (auto _ : state) {
    benchmark::DoNotOptimize(site_of(cookie));
    benchmark::DoNotOptimize(is_third_party(cookie));
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK(BM_RegistrableDomainOfUrl);
BENCHMARK(BM_RegistrableDomainOfCookieDomain);
BENCHMARK(BM_RegistrableDomainManyHosts);
BENCHMARK(BM_RegistrableDomainPrivateSuffix);
BENCHMARK(BM_SiteOfThirdPartyCookie);

}  // namespace
}  // namespace consentry
