#include "model/site.h"

#include <libpsl.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_map>

#include "base/ascii_lower.h"
#include "base/printable.h"
#include "base/transparent_hash.h"

namespace consentry {

namespace {

constexpr size_t kMaxHostLength = 253;  // DNS limit on a host name

// psl_latest() reads the system's newest list (the publicsuffix package) or falls back to the
// one built into libpsl; loaded once, read-only afterwards, so safe to share between threads.
const psl_ctx_t* public_suffix_list() {
  static const psl_ctx_t* psl = [] {
    const psl_ctx_t* latest = psl_latest(nullptr);
    return latest ? latest : psl_builtin();
  }();
  return psl;
}

// Letters, digits, '-', '.', '_' (seen in real cookie domains), ':' (IPv6) and UTF-8 bytes of
// internationalised names. Anything else (spaces, slashes, quotes) is not a host.
bool is_host_character(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == ':' || c >= 0x80;
}

bool is_ip_address(std::string_view host) {
  if (host.find(':') != std::string_view::npos) return true;  // IPv6
  return !host.empty() && std::all_of(host.begin(), host.end(),
                                      [](unsigned char c) { return std::isdigit(c) || c == '.'; });
}

// libpsl takes about half a microsecond per lookup and the classifier needs up to two per
// cookie; cookies arrive in batches from few sites, so each thread remembers its answers. A sweep
// of a whole cookie jar meets a few thousand hosts, and a direct-mapped table of that size lost a
// third of them to collisions, so this is a hash map, emptied when it reaches kMaxEntries
// (about 1 MiB) rather than aged entry by entry.
class RecentDomains {
 public:
  const std::string* find(std::string_view input) const {
    auto it = domains_.find(input);
    return it == domains_.end() ? nullptr : &it->second;
  }
  void store(std::string_view input, const std::string& domain) {
    if (domains_.size() >= kMaxEntries) domains_.clear();
    domains_.emplace(input, domain);
  }

 private:
  static constexpr size_t kMaxEntries = 8192;
  std::unordered_map<std::string, std::string, TransparentHash, std::equal_to<>> domains_;
};

std::string lookup_registrable_domain(std::string_view url_or_host) {
  std::string host = host_of(url_or_host);
  if (host.empty() || is_ip_address(host)) return host;
  const char* domain = psl_registrable_domain(public_suffix_list(), host.c_str());
  return domain ? std::string(domain) : host;
}

}  // namespace

std::string host_of(std::string_view text) {
  if (auto scheme = text.find("://"); scheme != std::string_view::npos) {
    text.remove_prefix(scheme + 3);
    text = text.substr(0, text.find_first_of("/?#"));
    if (auto at = text.rfind('@'); at != std::string_view::npos) text.remove_prefix(at + 1);
    if (!text.empty() && text.front() == '[') {
      text = text.substr(
          1, text.find(']') == std::string_view::npos ? text.size() - 1 : text.find(']') - 1);
    } else if (auto colon = text.rfind(':'); colon != std::string_view::npos) {
      text = text.substr(0, colon);
    }
  }
  while (!text.empty() && text.front() == '.') text.remove_prefix(1);
  while (!text.empty() && text.back() == '.') text.remove_suffix(1);
  return ascii_lowercase(text);
}

std::string registrable_domain(std::string_view url_or_host) {
  thread_local RecentDomains recent;
  if (const std::string* known = recent.find(url_or_host)) return *known;
  std::string domain = lookup_registrable_domain(url_or_host);
  recent.store(url_or_host, domain);
  return domain;
}

std::string site_key(std::string_view url_or_host, std::string_view where) {
  std::string host = host_of(url_or_host);
  if (host.empty()) throw InvalidSite(std::string(where) + ": a site must not be empty");
  if (host.size() > kMaxHostLength || !std::all_of(host.begin(), host.end(), is_host_character)) {
    throw InvalidSite(std::string(where) + ": " + printable(url_or_host) + " is not a site");
  }
  return registrable_domain(host);
}

std::string site_of(const Cookie& cookie) {
  if (cookie.partition_top_level_site) return registrable_domain(*cookie.partition_top_level_site);
  if (!cookie.site.empty()) return registrable_domain(cookie.site);
  return registrable_domain(cookie.domain);
}

bool page_is_known(const Cookie& cookie) {
  return cookie.partition_top_level_site.has_value() || !cookie.site.empty();
}

bool is_third_party(const Cookie& cookie) {
  return is_third_party(cookie, registrable_domain(cookie.domain));
}

bool is_third_party(const Cookie& cookie, std::string_view cookie_domain) {
  return cookie_domain != site_of(cookie);
}

}  // namespace consentry
