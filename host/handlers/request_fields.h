// Reading a request's fields with one clear invalid_request error per mistake, e.g.
// "\"limit\" must be a whole number from 1 to 500". An absent field and a JSON null are the same.
#pragma once
#include <simdjson.h>

#include <optional>
#include <string>

#include "model/category.h"

namespace consentry {

using RequestObject = simdjson::dom::object;

// The field, or nothing when absent or null.
std::optional<simdjson::dom::element> find_field(RequestObject request, const char* key);

std::string required_string(RequestObject request, const char* key);
std::optional<std::string> optional_string(RequestObject request, const char* key);
std::optional<bool> optional_bool(RequestObject request, const char* key);
std::optional<double> optional_number(RequestObject request, const char* key);
simdjson::dom::array required_array(RequestObject request, const char* key, size_t max_items);

// A whole number in [min, max]; `fallback` when absent.
size_t optional_count(RequestObject request, const char* key, size_t fallback, size_t min,
                      size_t max);

// A URL, host or domain reduced to its registrable domain (site.h); refuses empty results.
std::string required_site(RequestObject request, const char* key);
std::optional<std::string> optional_site(RequestObject request, const char* key);

// A category name as on the wire.
Category required_category(RequestObject request, const char* key);

}  // namespace consentry
