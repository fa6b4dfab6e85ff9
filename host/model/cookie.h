// A cookie as the browsers' cookies API describes it (chrome.cookies / browser.cookies), plus the
// URL of the top-level page it was seen on when the caller knows it.
#pragma once
#include <optional>
#include <string>

namespace consentry {

enum class SameSite { unspecified, no_restriction, lax, strict };

struct Cookie {
  std::string name;
  std::string value;
  std::string domain;  // as the browser reports it: ".example.com" for domain cookies
  std::string path = "/";
  bool secure = false;
  bool http_only = false;
  bool host_only = false;
  bool session = true;                    // true when the cookie has no expirationDate
  std::optional<double> expiration_date;  // seconds since the epoch
  SameSite same_site = SameSite::unspecified;
  std::string store_id;
  std::optional<std::string> partition_top_level_site;  // partitionKey.topLevelSite (CHIPS)
  std::optional<bool> partition_has_cross_site_ancestor;
  std::optional<std::string> first_party_domain;  // Firefox first-party isolation
  std::string site;  // URL or host of the top-level page the cookie was seen on; may be empty

  bool operator==(const Cookie&) const = default;
};

}  // namespace consentry
