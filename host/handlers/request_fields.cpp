#include "handlers/request_fields.h"

#include "model/site.h"
#include "protocol/protocol_error.h"

namespace consentry {

namespace {

[[noreturn]] void refuse(const char* key, const std::string& problem) {
  throw ProtocolError(ErrorCode::invalid_request, std::string("\"") + key + "\" " + problem);
}

}  // namespace

std::optional<simdjson::dom::element> find_field(RequestObject request, const char* key) {
  simdjson::dom::element value;
  if (request.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) return std::nullopt;
  return value;
}

std::optional<std::string> optional_string(RequestObject request, const char* key) {
  auto value = find_field(request, key);
  if (!value) return std::nullopt;
  std::string_view text;
  if (value->get_string().get(text) != simdjson::SUCCESS) refuse(key, "must be a string");
  return std::string(text);
}

std::string required_string(RequestObject request, const char* key) {
  auto value = optional_string(request, key);
  if (!value) refuse(key, "is missing");
  if (value->empty()) refuse(key, "must not be empty");
  return *value;
}

std::optional<bool> optional_bool(RequestObject request, const char* key) {
  auto value = find_field(request, key);
  if (!value) return std::nullopt;
  bool flag = false;
  if (value->get_bool().get(flag) != simdjson::SUCCESS) refuse(key, "must be true or false");
  return flag;
}

std::optional<double> optional_number(RequestObject request, const char* key) {
  auto value = find_field(request, key);
  if (!value) return std::nullopt;
  double number = 0;
  if (value->get_double().get(number) != simdjson::SUCCESS) refuse(key, "must be a number");
  return number;
}

simdjson::dom::array required_array(RequestObject request, const char* key, size_t max_items) {
  auto value = find_field(request, key);
  if (!value) refuse(key, "is missing");
  simdjson::dom::array items;
  if (value->get_array().get(items) != simdjson::SUCCESS) refuse(key, "must be an array");
  if (items.size() > max_items) {
    refuse(key, "holds " + std::to_string(items.size()) + " items; at most " +
                    std::to_string(max_items) + " per request");
  }
  return items;
}

size_t optional_count(RequestObject request, const char* key, size_t fallback, size_t min,
                      size_t max) {
  auto value = find_field(request, key);
  if (!value) return fallback;
  uint64_t count = 0;
  if (value->get_uint64().get(count) == simdjson::SUCCESS && count >= min && count <= max) {
    return static_cast<size_t>(count);
  }
  refuse(key, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
}

std::optional<std::string> optional_site(RequestObject request, const char* key) {
  auto text = optional_string(request, key);
  if (!text) return std::nullopt;
  try {
    return site_key(*text, std::string("\"") + key + "\"");
  } catch (const InvalidSite& error) {
    throw ProtocolError(ErrorCode::invalid_request, error.what());
  }
}

std::string required_site(RequestObject request, const char* key) {
  auto site = optional_site(request, key);
  if (!site) refuse(key, "is missing");
  return *site;
}

Category required_category(RequestObject request, const char* key) {
  auto name = optional_string(request, key);
  if (!name) refuse(key, "is missing");
  auto category = parse_category(*name);
  if (!category) refuse(key, "must be necessary, functional, performance or targeting");
  return *category;
}

}  // namespace consentry
