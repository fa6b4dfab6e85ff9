// Sites: registrable domains (eTLD+1) from the Public Suffix List, through libpsl.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/cookie.h"

namespace consentry {

// The host part of a URL ("https://www.example.co.uk:8443/x" -> "www.example.co.uk"), or the
// input itself when it has no scheme. Lower-cased, without a leading dot, port or IPv6 brackets.
std::string host_of(std::string_view url_or_host);

// The registrable domain of a host or URL: "shop.example.co.uk" and ".example.co.uk" both give
// "example.co.uk"; "a.github.io" gives "a.github.io". IP addresses, "localhost" and names that
// are themselves public suffixes give the host unchanged. Empty input gives "".
std::string registrable_domain(std::string_view url_or_host);

// Text that names no site; what() names the field it came from and why.
class InvalidSite : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// The registrable domain of a site given as a domain, host or URL, as the user's choices are
// keyed. Throws InvalidSite, naming `where`, when the text is empty or not a plausible host name.
std::string site_key(std::string_view url_or_host, std::string_view where);

// The site a cookie belongs to for policy: partitionKey.topLevelSite for a partitioned cookie,
// else the top-level page (`site`) when known, else the cookie's own domain.
std::string site_of(const Cookie& cookie);

// True when the caller told which top-level page the cookie was set on (its `site`, or a
// partition's top-level site); false means site_of fell back to the cookie's own domain.
bool page_is_known(const Cookie& cookie);

// True when the cookie's own registrable domain differs from the site it was seen on.
bool is_third_party(const Cookie& cookie);
// The same, given registrable_domain(cookie.domain) already looked up.
bool is_third_party(const Cookie& cookie, std::string_view cookie_domain);

}  // namespace consentry
