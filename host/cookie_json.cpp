#include "cookie_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace consentry {

namespace {

using nlohmann::json;

const json* field(const json& object, const char* key) {
  auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::string read_string(const json& object, const char* key, bool required) {
  const json* value = field(object, key);
  if (!value) {
    if (required) throw InvalidCookie(std::string("missing \"") + key + "\"");
    return {};
  }
  if (!value->is_string()) throw InvalidCookie(std::string("\"") + key + "\" must be a string");
  return value->get<std::string>();
}

std::optional<bool> read_bool(const json& object, const char* key) {
  const json* value = field(object, key);
  if (!value) return std::nullopt;
  if (!value->is_boolean()) throw InvalidCookie(std::string("\"") + key + "\" must be true or false");
  return value->get<bool>();
}

SameSite parse_same_site(const std::string& text) {
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

}  // namespace

Cookie cookie_from_json(const json& object) {
  if (!object.is_object()) throw InvalidCookie("a cookie must be a JSON object");
  Cookie cookie;
  cookie.name = read_string(object, "name", true);
  cookie.value = read_string(object, "value", false);
  cookie.domain = read_string(object, "domain", true);
  if (cookie.domain.empty()) throw InvalidCookie("\"domain\" must not be empty");
  if (const json* path = field(object, "path")) {
    if (!path->is_string()) throw InvalidCookie("\"path\" must be a string");
    cookie.path = path->get<std::string>();
  }
  cookie.secure = read_bool(object, "secure").value_or(false);
  cookie.http_only = read_bool(object, "httpOnly").value_or(false);
  cookie.host_only = read_bool(object, "hostOnly").value_or(false);
  if (const json* expiry = field(object, "expirationDate")) {
    if (!expiry->is_number() || !std::isfinite(expiry->get<double>())) {
      throw InvalidCookie("\"expirationDate\" must be a number of seconds since the epoch");
    }
    cookie.expiration_date = expiry->get<double>();
  }
  // A cookie without an expiry is a session cookie whatever `session` claims, and vice versa.
  cookie.session = read_bool(object, "session").value_or(!cookie.expiration_date.has_value());
  if (!cookie.expiration_date) cookie.session = true;
  cookie.same_site = parse_same_site(read_string(object, "sameSite", false));
  cookie.store_id = read_string(object, "storeId", false);
  if (const json* key = field(object, "partitionKey")) {
    if (!key->is_object()) throw InvalidCookie("\"partitionKey\" must be an object");
    std::string top = read_string(*key, "topLevelSite", false);
    if (!top.empty()) cookie.partition_top_level_site = top;
    cookie.partition_has_cross_site_ancestor = read_bool(*key, "hasCrossSiteAncestor");
  }
  if (const json* fpd = field(object, "firstPartyDomain")) {
    if (!fpd->is_string()) throw InvalidCookie("\"firstPartyDomain\" must be a string");
    cookie.first_party_domain = fpd->get<std::string>();
  }
  cookie.site = read_string(object, "site", false);
  return cookie;
}

json cookie_to_json(const Cookie& cookie) {
  json object = {
      {"name", cookie.name},         {"value", cookie.value},
      {"domain", cookie.domain},     {"path", cookie.path},
      {"secure", cookie.secure},     {"httpOnly", cookie.http_only},
      {"hostOnly", cookie.host_only}, {"session", cookie.session},
      {"sameSite", same_site_name(cookie.same_site)}, {"storeId", cookie.store_id},
  };
  if (cookie.expiration_date) object["expirationDate"] = *cookie.expiration_date;
  if (cookie.partition_top_level_site || cookie.partition_has_cross_site_ancestor) {
    json key = json::object();
    if (cookie.partition_top_level_site) key["topLevelSite"] = *cookie.partition_top_level_site;
    if (cookie.partition_has_cross_site_ancestor) {
      key["hasCrossSiteAncestor"] = *cookie.partition_has_cross_site_ancestor;
    }
    object["partitionKey"] = std::move(key);
  }
  if (cookie.first_party_domain) object["firstPartyDomain"] = *cookie.first_party_domain;
  if (!cookie.site.empty()) object["site"] = cookie.site;
  return object;
}

}  // namespace consentry
