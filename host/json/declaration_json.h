// The one conversion between a SiteDeclaration and JSON: the `declare` request's `cmp` and
// `cookies` (PROTOCOL.md) and the stored file, which adds `site` and `time`. The input came from
// a web page, through the extension: every size, count, type and string is checked here again.
#pragma once
#include <simdjson.h>

#include <stdexcept>
#include <string>

#include "json/json_writer.h"
#include "model/site_declaration.h"

namespace consentry {

// what() names the field and the problem: `cookies[3].category must be necessary, ...`.
class InvalidDeclaration : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads {"cmp": id, "cookies": [{"name", "category", "pattern"?, "label"?}]} for `site` (already
// reduced to a registrable domain). Unknown fields are ignored. Throws InvalidDeclaration, for
// the first problem found, and then nothing is kept.
SiteDeclaration declaration_from_json(simdjson::dom::object json, std::string site, double time);

// {"site", "cmp", "time", "cookies": [...]}: readable again by declaration_from_json.
void write_declaration(JsonWriter& out, const SiteDeclaration& declaration);

}  // namespace consentry
