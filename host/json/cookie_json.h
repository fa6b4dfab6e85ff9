// The one conversion between a Cookie and its JSON form (the browsers' cookies API shape).
#pragma once
#include <simdjson.h>

#include <stdexcept>

#include "model/cookie.h"
#include "json/json_writer.h"

namespace consentry {

// Thrown for input that is not a valid cookie; what() names the field and the problem.
class InvalidCookie : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads {name, value, domain, path, secure, httpOnly, hostOnly, session, expirationDate,
// sameSite, storeId, partitionKey: {topLevelSite, hasCrossSiteAncestor}, firstPartyDomain, site}.
// `name` and `domain` are required strings; every other field is optional but, when present,
// must have the right type. Unknown fields are ignored. Throws InvalidCookie.
Cookie cookie_from_json(simdjson::dom::element json);

// The same into `cookie`, every field set (absent ones to their defaults) while its strings keep
// their memory: a loop over many cookies reads them into one Cookie without allocating for each.
// On InvalidCookie, `cookie` is left half-read.
void read_cookie(simdjson::dom::element json, Cookie& cookie);

// The same shape back, as one JSON object; round-trips through cookie_from_json. `site` is
// written only when set.
void write_cookie(JsonWriter& out, const Cookie& cookie);

}  // namespace consentry
