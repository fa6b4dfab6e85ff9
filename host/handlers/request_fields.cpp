#include "handlers/request_fields.h"

#include "preferences.h"
#include "protocol_error.h"

namespace consentry {

namespace {

using nlohmann::json;

[[noreturn]] void refuse(const char* key, const std::string& problem) {
  throw ProtocolError(ErrorCode::invalid_request, std::string("\"") + key + "\" " + problem);
}

}  // namespace

const json* find_field(const json& request, const char* key) {
  auto it = request.find(key);
  return it == request.end() || it->is_null() ? nullptr : &*it;
}

std::optional<std::string> optional_string(const json& request, const char* key) {
  const json* value = find_field(request, key);
  if (!value) return std::nullopt;
  if (!value->is_string()) refuse(key, "must be a string");
  return value->get<std::string>();
}

std::string required_string(const json& request, const char* key) {
  auto value = optional_string(request, key);
  if (!value) refuse(key, "is missing");
  if (value->empty()) refuse(key, "must not be empty");
  return *value;
}

std::optional<bool> optional_bool(const json& request, const char* key) {
  const json* value = find_field(request, key);
  if (!value) return std::nullopt;
  if (!value->is_boolean()) refuse(key, "must be true or false");
  return value->get<bool>();
}

std::optional<double> optional_number(const json& request, const char* key) {
  const json* value = find_field(request, key);
  if (!value) return std::nullopt;
  if (!value->is_number()) refuse(key, "must be a number");
  return value->get<double>();
}

const json& required_array(const json& request, const char* key, size_t max_items) {
  const json* value = find_field(request, key);
  if (!value) refuse(key, "is missing");
  if (!value->is_array()) refuse(key, "must be an array");
  if (value->size() > max_items) {
    refuse(key, "holds " + std::to_string(value->size()) + " items; at most " +
                    std::to_string(max_items) + " per request");
  }
  return *value;
}

size_t optional_count(const json& request, const char* key, size_t fallback, size_t min,
                      size_t max) {
  const json* value = find_field(request, key);
  if (!value) return fallback;
  std::string range = "must be a whole number from " + std::to_string(min) + " to " +
                      std::to_string(max);
  if (!value->is_number_integer()) refuse(key, range);
  if (value->is_number_unsigned()) {
    auto count = value->get<json::number_unsigned_t>();
    if (count >= min && count <= max) return static_cast<size_t>(count);
  } else {
    auto count = value->get<json::number_integer_t>();
    if (count >= 0 && static_cast<size_t>(count) >= min && static_cast<size_t>(count) <= max) {
      return static_cast<size_t>(count);
    }
  }
  refuse(key, range);
}

std::optional<std::string> optional_site(const json& request, const char* key) {
  auto text = optional_string(request, key);
  if (!text) return std::nullopt;
  try {
    return site_key(*text, std::string("\"") + key + "\"");
  } catch (const InvalidSettings& error) {
    throw ProtocolError(ErrorCode::invalid_request, error.what());
  }
}

std::string required_site(const json& request, const char* key) {
  auto site = optional_site(request, key);
  if (!site) refuse(key, "is missing");
  return *site;
}

Category required_category(const json& request, const char* key) {
  auto name = optional_string(request, key);
  if (!name) refuse(key, "is missing");
  auto category = parse_category(*name);
  if (!category) refuse(key, "must be necessary, functional, performance or targeting");
  return *category;
}

}  // namespace consentry
