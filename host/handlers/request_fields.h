// Reading a request's fields with one clear invalid_request error per mistake, e.g.
// "\"limit\" must be a whole number from 1 to 500". An absent field and a JSON null are the same.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "category.h"

namespace consentry {

// The field, or nullptr when absent or null.
const nlohmann::json* find_field(const nlohmann::json& request, const char* key);

std::string required_string(const nlohmann::json& request, const char* key);
std::optional<std::string> optional_string(const nlohmann::json& request, const char* key);
std::optional<bool> optional_bool(const nlohmann::json& request, const char* key);
std::optional<double> optional_number(const nlohmann::json& request, const char* key);
const nlohmann::json& required_array(const nlohmann::json& request, const char* key,
                                     size_t max_items);

// A whole number in [min, max]; `fallback` when absent.
size_t optional_count(const nlohmann::json& request, const char* key, size_t fallback, size_t min,
                      size_t max);

// A URL, host or domain reduced to its registrable domain (site.h); refuses empty results.
std::string required_site(const nlohmann::json& request, const char* key);
std::optional<std::string> optional_site(const nlohmann::json& request, const char* key);

// A category name as on the wire.
Category required_category(const nlohmann::json& request, const char* key);

}  // namespace consentry
