#include "json/cookie_json.h"

namespace consentry {

namespace {

SameSite parse_same_site(std::string_view text) {
  if (text.empty() || text == "unspecified") return SameSite::unspecified;
  if (text == "no_restriction" || text == "none") return SameSite::no_restriction;
  if (text == "lax") return SameSite::lax;
  if (text == "strict") return SameSite::strict;
  throw InvalidCookie("\"sameSite\" must be no_restriction, lax, strict or unspecified");
}

const char* same_site_name(SameSite same_site) {
  switch (same_site) {
    case SameSite::no_restriction: return "no_restriction";
    case SameSite::lax: return "lax";
    case SameSite::strict: return "strict";
    case SameSite::unspecified: break;
  }
  return "unspecified";
}

using simdjson::dom::element;

std::string_view text_of(element value, const char* key) {
  std::string_view text;
  if (value.get_string().get(text))
    throw InvalidCookie(std::string("\"") + key + "\" must be a string");
  return text;
}

bool flag_of(element value, const char* key) {
  bool flag = false;
  if (value.get_bool().get(flag))
    throw InvalidCookie(std::string("\"") + key + "\" must be true or false");
  return flag;
}

double expiry_of(element value) {
  double seconds = 0;
  if (value.get_double().get(seconds)) {  // converts integers too; simdjson refused non-finite
    throw InvalidCookie("\"expirationDate\" must be a number of seconds since the epoch");
  }
  return seconds;
}

void read_partition_key(element value, Cookie& cookie) {
  simdjson::dom::object key;
  if (value.get_object().get(key)) throw InvalidCookie("\"partitionKey\" must be an object");
  for (auto [name, member] : key) {
    if (member.is_null()) continue;
    if (name == "topLevelSite") {
      std::string_view top = text_of(member, "topLevelSite");
      if (!top.empty()) cookie.partition_top_level_site = std::string(top);
    } else if (name == "hasCrossSiteAncestor") {
      cookie.partition_has_cross_site_ancestor = flag_of(member, "hasCrossSiteAncestor");
    }
  }
}

// Every field back to what a new Cookie holds; the strings are emptied, not freed.
void reset_keeping_memory(Cookie& cookie) {
  cookie.name.clear();
  cookie.value.clear();
  cookie.domain.clear();
  cookie.path.assign("/");
  cookie.secure = false;
  cookie.http_only = false;
  cookie.host_only = false;
  cookie.session = true;
  cookie.expiration_date.reset();
  cookie.same_site = SameSite::unspecified;
  cookie.store_id.clear();
  cookie.partition_top_level_site.reset();
  cookie.partition_has_cross_site_ancestor.reset();
  cookie.first_party_domain.reset();
  cookie.site.clear();
}

}  // namespace

Cookie cookie_from_json(element json) {
  Cookie cookie;
  read_cookie(json, cookie);
  return cookie;
}

// One pass over the members (a cookie has a dozen), each read by its name; null means absent.
void read_cookie(element json, Cookie& cookie) {
  simdjson::dom::object fields;
  if (json.get_object().get(fields)) throw InvalidCookie("a cookie must be a JSON object");
  reset_keeping_memory(cookie);  // so below, appending to a string is setting it
  bool has_name = false, has_domain = false;
  std::optional<bool> session;
  for (auto [key, value] : fields) {
    if (value.is_null()) continue;
    if (key == "name") {
      cookie.name.append(text_of(value, "name"));
      has_name = true;
    } else if (key == "value") {
      cookie.value.append(text_of(value, "value"));
    } else if (key == "domain") {
      cookie.domain.append(text_of(value, "domain"));
      has_domain = true;
    } else if (key == "path") {
      cookie.path = text_of(value, "path");
    } else if (key == "secure") {
      cookie.secure = flag_of(value, "secure");
    } else if (key == "httpOnly") {
      cookie.http_only = flag_of(value, "httpOnly");
    } else if (key == "hostOnly") {
      cookie.host_only = flag_of(value, "hostOnly");
    } else if (key == "session") {
      session = flag_of(value, "session");
    } else if (key == "expirationDate") {
      cookie.expiration_date = expiry_of(value);
    } else if (key == "sameSite") {
      cookie.same_site = parse_same_site(text_of(value, "sameSite"));
    } else if (key == "storeId") {
      cookie.store_id.append(text_of(value, "storeId"));
    } else if (key == "partitionKey") {
      read_partition_key(value, cookie);
    } else if (key == "firstPartyDomain") {
      cookie.first_party_domain = std::string(text_of(value, "firstPartyDomain"));
    } else if (key == "site") {
      cookie.site.append(text_of(value, "site"));
    }
  }
  if (!has_name) throw InvalidCookie("missing \"name\"");
  if (!has_domain) throw InvalidCookie("missing \"domain\"");
  if (cookie.domain.empty()) throw InvalidCookie("\"domain\" must not be empty");
  // A cookie without an expiry is a session cookie whatever `session` claims, and vice versa.
  cookie.session = session.value_or(!cookie.expiration_date.has_value());
  if (!cookie.expiration_date) cookie.session = true;
}

void write_cookie(JsonWriter& out, const Cookie& cookie) {
  out.begin_object();
  out.member("name", cookie.name);
  out.member("value", cookie.value);
  out.member("domain", cookie.domain);
  out.member("path", cookie.path);
  out.member("secure", cookie.secure);
  out.member("httpOnly", cookie.http_only);
  out.member("hostOnly", cookie.host_only);
  out.member("session", cookie.session);
  out.member("sameSite", same_site_name(cookie.same_site));
  out.member("storeId", cookie.store_id);
  if (cookie.expiration_date) out.member("expirationDate", *cookie.expiration_date);
  if (cookie.partition_top_level_site || cookie.partition_has_cross_site_ancestor) {
    out.key("partitionKey");
    out.begin_object();
    if (cookie.partition_top_level_site)
      out.member("topLevelSite", *cookie.partition_top_level_site);
    if (cookie.partition_has_cross_site_ancestor) {
      out.member("hasCrossSiteAncestor", *cookie.partition_has_cross_site_ancestor);
    }
    out.end_object();
  }
  if (cookie.first_party_domain) out.member("firstPartyDomain", *cookie.first_party_domain);
  if (!cookie.site.empty()) out.member("site", cookie.site);
  out.end_object();
}

}  // namespace consentry
