#include "json/declaration_json.h"

#include <algorithm>

#include "model/consent_platform.h"

namespace consentry {

namespace {

[[noreturn]] void refuse(const std::string& field, const std::string& problem) {
  throw InvalidDeclaration(field + " " + problem);
}

bool has_control_character(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7f;
  });
}

// A string field of 1..max_bytes bytes without control characters; nullopt when absent.
std::optional<std::string_view> text_field(simdjson::dom::object object, const char* key,
                                           const std::string& where, size_t max_bytes) {
  simdjson::dom::element value;
  if (object.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) return std::nullopt;
  std::string_view text;
  std::string field = where + key;
  if (value.get_string().get(text) != simdjson::SUCCESS) refuse(field, "must be a string");
  if (text.empty() || text.size() > max_bytes) {
    refuse(field, "must hold 1 to " + std::to_string(max_bytes) + " bytes");
  }
  if (has_control_character(text)) refuse(field, "must not hold control characters");
  return text;
}

// A pattern must say something about the name: at least two literal characters, few stars.
void check_pattern(std::string_view name, const std::string& field) {
  size_t stars = std::count(name.begin(), name.end(), '*');
  if (stars > kMaxPatternStars) {
    refuse(field, "holds more than " + std::to_string(kMaxPatternStars) + " '*'");
  }
  if (name.size() - stars < 2) refuse(field, "is a pattern with fewer than 2 literal characters");
}

DeclaredCookie declared_cookie(simdjson::dom::element item, const std::string& where) {
  simdjson::dom::object object;
  if (item.get_object().get(object) != simdjson::SUCCESS) refuse(where, "must be an object");
  std::string prefix = where + ".";
  auto name = text_field(object, "name", prefix, kMaxDeclaredNameBytes);
  if (!name) refuse(prefix + "name", "is missing");
  auto category_text = text_field(object, "category", prefix, 32);
  if (!category_text) refuse(prefix + "category", "is missing");
  auto category = parse_category(*category_text);
  if (!category) {
    refuse(prefix + "category", "must be necessary, functional, performance or targeting");
  }
  DeclaredCookie cookie{std::string(*name), false, *category, std::string(*category_text)};
  simdjson::dom::element pattern;
  if (object.at_key("pattern").get(pattern) == simdjson::SUCCESS && !pattern.is_null() &&
      pattern.get_bool().get(cookie.pattern) != simdjson::SUCCESS) {
    refuse(prefix + "pattern", "must be true or false");
  }
  if (cookie.pattern) check_pattern(cookie.name, prefix + "name");
  if (auto label = text_field(object, "label", prefix, kMaxDeclaredLabelBytes)) {
    cookie.label = std::string(*label);
  }
  return cookie;
}

}  // namespace

SiteDeclaration declaration_from_json(simdjson::dom::object json, std::string site, double time) {
  auto platform = text_field(json, "cmp", "", 32);
  if (!platform) refuse("cmp", "is missing");
  if (!consent_platform_name(*platform)) {
    refuse("cmp", "must be one of " + std::string(consent_platform_ids()));
  }
  simdjson::dom::array items;
  if (json.at_key("cookies").get(items) != simdjson::SUCCESS) {
    refuse("cookies", "is missing or not an array");
  }
  if (items.size() > kMaxDeclaredCookies) {
    refuse("cookies", "holds " + std::to_string(items.size()) + " entries; at most " +
                          std::to_string(kMaxDeclaredCookies));
  }
  std::vector<DeclaredCookie> cookies;
  cookies.reserve(items.size());
  size_t patterns = 0;
  for (simdjson::dom::element item : items) {
    cookies.push_back(declared_cookie(item, "cookies[" + std::to_string(cookies.size()) + "]"));
    if (cookies.back().pattern && ++patterns > kMaxDeclaredPatterns) {
      refuse("cookies", "holds more than " + std::to_string(kMaxDeclaredPatterns) + " patterns");
    }
  }
  return SiteDeclaration(std::move(site), std::string(*platform), time, std::move(cookies));
}

void write_declaration(JsonWriter& out, const SiteDeclaration& declaration) {
  out.begin_object();
  out.member("site", declaration.site());
  out.member("cmp", declaration.platform());
  out.member("time", declaration.time());
  out.key("cookies");
  out.begin_array();
  for (const DeclaredCookie& cookie : declaration.cookies()) {
    out.begin_object();
    out.member("name", cookie.name);
    if (cookie.pattern) out.member("pattern", true);
    out.member("category", category_name(cookie.category));
    out.member("label", cookie.label);
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

}  // namespace consentry
