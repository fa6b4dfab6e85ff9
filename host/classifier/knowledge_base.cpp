#include "knowledge_base.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include <simdjson.h>

namespace consentry {

namespace {

// Read with simdjson: the base is parsed by every host that judges a cookie, and an nlohmann DOM
// of it took most of that time and memory. The files are compiled in, so the parse skips the
// duplicate-key scan of untrusted input (a quarter of its cost); the tests run it on every
// shipped file.
using Element = simdjson::dom::element;
using Object = simdjson::dom::object;

// Where a problem was found, so that an error message points at the entry to fix. It holds views
// into the file's name and the parsed document, which outlive it: one is made per rule, and
// copying strings there was a tenth of the parse.
struct Location {
  std::string_view file;
  std::string_view vendor;  // empty: the file itself
  std::string_view rule;    // empty: the vendor itself

  [[noreturn]] void fail(const std::string& problem) const {
    std::string where = "knowledge base " + std::string(file);
    if (!vendor.empty()) where.append(", vendor \"").append(vendor).append("\"");
    if (!rule.empty()) where.append(", rule \"").append(rule).append("\"");
    throw InvalidKnowledgeBase(where + ": " + problem);
  }
};

Object object_of(Element element, const char* what, const Location& at) {
  Object object;
  if (element.get_object().get(object)) at.fail(std::string(what) + " must be an object");
  return object;
}

simdjson::dom::array array_of(Element element, const std::string& problem, const Location& at) {
  simdjson::dom::array array;
  if (element.get_array().get(array)) at.fail(problem);
  return array;
}

void reject_unknown_keys(Object object, std::initializer_list<std::string_view> known,
                         const Location& at) {
  for (auto field : object) {
    if (std::find(known.begin(), known.end(), field.key) == known.end()) {
      at.fail("unknown field \"" + std::string(field.key) + "\"");
    }
  }
}

std::optional<Element> optional_field(Object object, const char* key) {
  Element value;
  if (object.at_key(key).get(value)) return std::nullopt;
  return value;
}

Element required(Object object, const char* key, const Location& at) {
  std::optional<Element> value = optional_field(object, key);
  if (!value) at.fail(std::string("missing \"") + key + "\"");
  return *value;
}

std::string_view text_or(Object object, const char* key, std::string_view fallback) {
  std::string_view text;
  std::optional<Element> value = optional_field(object, key);
  return value && !value->get_string().get(text) ? text : fallback;
}

std::string read_text(Object object, const char* key, const Location& at) {
  std::string_view text;
  if (required(object, key, at).get_string().get(text) || text.empty()) {
    at.fail(std::string("\"") + key + "\" must be a non-empty string");
  }
  return std::string(text);
}

Category read_category(Object object, const char* key, const Location& at) {
  std::string_view text;
  std::optional<Category> category =
      required(object, key, at).get_string().get(text) ? std::nullopt : parse_category(text);
  if (!category) {
    at.fail(std::string("\"") + key + "\" must be necessary, functional, performance or targeting");
  }
  return *category;
}

bool is_lowercase_dashed(std::string_view id) {
  return !id.empty() && id.front() != '-' && id.back() != '-' &&
         std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

// Registrable domains as the classifier compares them: lower case, no leading dot, no scheme.
bool is_plain_domain(std::string_view domain) {
  return !domain.empty() && domain.front() != '.' && domain.back() != '.' &&
         std::all_of(domain.begin(), domain.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
         });
}

std::vector<std::string> read_domains(Object object, const Location& at) {
  std::optional<Element> field = optional_field(object, "domains");
  if (!field) return {};
  const std::string problem = "\"domains\" must be a non-empty list of domains";
  simdjson::dom::array list = array_of(*field, problem, at);
  if (list.size() == 0) at.fail(problem);
  std::vector<std::string> domains;
  for (Element domain : list) {
    std::string_view text;
    if (domain.get_string().get(text) || !is_plain_domain(text)) {
      at.fail("\"domains\" entries must be lower-case registrable domains like \"example.com\"");
    }
    domains.emplace_back(text);
  }
  std::sort(domains.begin(), domains.end());
  if (std::adjacent_find(domains.begin(), domains.end()) != domains.end()) {
    at.fail("\"domains\" lists a domain twice");
  }
  return domains;
}

MatchKind read_match(Object rule, const Location& at) {
  std::optional<Element> field = optional_field(rule, "match");
  if (!field) return MatchKind::exact;
  std::string_view text;
  if (!field->get_string().get(text)) {
    if (text == "exact") return MatchKind::exact;
    if (text == "prefix") return MatchKind::prefix;
    if (text == "regex") return MatchKind::regex;
  }
  at.fail("\"match\" must be exact, prefix or regex");
}

bool read_flag(Object object, const char* key, const Location& at) {
  std::optional<Element> field = optional_field(object, key);
  if (!field) return false;
  bool flag = false;
  if (field->get_bool().get(flag)) {
    // Appended in place: GCC 12 misreads the moves of a chain of + here (-Warray-bounds).
    std::string problem = "\"";
    at.fail(problem.append(key).append("\" must be true or false"));
  }
  return flag;
}

// Purposes are shown inside a sentence: "<Vendor>: <purpose> (<name>)".
void check_purpose(const std::string& purpose, const Location& at) {
  if (std::isupper(static_cast<unsigned char>(purpose.front()))) {
    at.fail("\"purpose\" must start with a lower-case letter");
  }
  if (purpose.back() == '.') at.fail("\"purpose\" must not end with a period");
}

void check_pattern(const KbRule& rule, const Location& at) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(!rule.case_insensitive);
  RE2 pattern(rule.name, options);
  if (!pattern.ok()) at.fail("invalid regex: " + pattern.error());
}

KbRule read_rule(Element element, size_t vendor_index, const KbVendor& vendor, Location at) {
  Object entry = object_of(element, "each cookie rule", at);
  at.rule = text_or(entry, "name", "?");
  reject_unknown_keys(
      entry, {"name", "match", "case_insensitive", "category", "purpose", "domains", "from"}, at);
  KbRule rule;
  rule.vendor = vendor_index;
  rule.name = read_text(entry, "name", at);
  rule.match = read_match(entry, at);
  rule.case_insensitive = read_flag(entry, "case_insensitive", at);
  rule.domains = read_domains(entry, at);
  rule.category = read_category(entry, "category", at);
  rule.purpose = read_text(entry, "purpose", at);
  rule.id = vendor.id + "/" + rule.name;
  rule.from = optional_field(entry, "from") ? read_text(entry, "from", at) : "reviewed";
  check_purpose(rule.purpose, at);
  if (rule.match == MatchKind::regex) check_pattern(rule, at);
  return rule;
}

KbVendor read_vendor(Object entry, Location at) {
  at.vendor = text_or(entry, "id", "?");
  reject_unknown_keys(entry, {"id", "name", "source", "domains", "domain_category", "cookies"}, at);
  KbVendor vendor;
  vendor.id = read_text(entry, "id", at);
  if (!is_lowercase_dashed(vendor.id))
    at.fail("\"id\" must be lower-case letters, digits and dashes");
  vendor.name = read_text(entry, "name", at);
  vendor.source = read_text(entry, "source", at);
  if (!vendor.source.starts_with("https://") && !vendor.source.starts_with("http://")) {
    at.fail("\"source\" must be the URL of the vendor's cookie documentation");
  }
  vendor.file = at.file;
  vendor.domains = read_domains(entry, at);
  if (optional_field(entry, "domain_category")) {
    vendor.domain_category = read_category(entry, "domain_category", at);
    if (vendor.domains.empty()) at.fail("\"domain_category\" needs \"domains\"");
  }
  return vendor;
}

void read_conflicts(Element conflicts, KnowledgeBase& kb, const Location& at) {
  for (Element element : array_of(conflicts, "\"conflicts\" must be a list", at)) {
    Object entry = object_of(element, "each conflict", at);
    reject_unknown_keys(entry, {"name", "kept", "dropped"}, at);
    kb.conflicts.push_back({std::string(at.file), read_text(entry, "name", at),
                            read_text(entry, "kept", at), read_text(entry, "dropped", at)});
  }
}

void read_file(const EmbeddedFile& file, simdjson::dom::parser& parser, KnowledgeBase& kb,
               std::unordered_set<std::string>& ids) {
  Location at{file.name, {}, {}};
  Element root;
  if (simdjson::error_code error = parser.parse(file.text.data(), file.text.size()).get(root)) {
    at.fail(std::string("not valid JSON: ") + simdjson::error_message(error));
  }
  Object document = object_of(root, "the file", at);
  reject_unknown_keys(document, {"group", "vendors", "conflicts"}, at);
  read_text(document, "group", at);
  for (Element element :
       array_of(required(document, "vendors", at), "\"vendors\" must be a list", at)) {
    Object vendor_entry = object_of(element, "each vendor", at);
    KbVendor vendor = read_vendor(vendor_entry, at);
    Location vendor_at{at.file, vendor.id, {}};
    if (!ids.insert(vendor.id).second) vendor_at.fail("vendor id used twice");
    size_t vendor_index = kb.vendors.size();
    for (Element rule_entry : array_of(required(vendor_entry, "cookies", vendor_at),
                                       "\"cookies\" must be a list", vendor_at)) {
      kb.rules.push_back(read_rule(rule_entry, vendor_index, vendor, vendor_at));
    }
    kb.vendors.push_back(std::move(vendor));
  }
  if (std::optional<Element> conflicts = optional_field(document, "conflicts")) {
    read_conflicts(*conflicts, kb, at);
  }
}

}  // namespace

KnowledgeBase parse_knowledge_base(const std::vector<EmbeddedFile>& files) {
  KnowledgeBase kb;
  std::unordered_set<std::string> ids;
  simdjson::dom::parser parser;
  for (const EmbeddedFile& file : files) read_file(file, parser, kb, ids);
  return kb;
}

bool rule_applies_on(const KbRule& rule, std::string_view registrable_domain) {
  return rule.domains.empty() || std::find(rule.domains.begin(), rule.domains.end(),
                                           registrable_domain) != rule.domains.end();
}

}  // namespace consentry
