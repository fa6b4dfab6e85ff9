#include "knowledge_base.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_set>

namespace consentry {

namespace {

using nlohmann::json;

// Where a problem was found, so that an error message points at the entry to fix.
struct Location {
  std::string file;
  std::string vendor;  // empty: the file itself
  std::string rule;    // empty: the vendor itself

  [[noreturn]] void fail(const std::string& problem) const {
    std::string where = "knowledge base " + file;
    if (!vendor.empty()) where += ", vendor \"" + vendor + "\"";
    if (!rule.empty()) where += ", rule \"" + rule + "\"";
    throw InvalidKnowledgeBase(where + ": " + problem);
  }
};

void reject_unknown_keys(const json& object, std::initializer_list<std::string_view> known,
                         const Location& at) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      at.fail("unknown field \"" + key + "\"");
    }
  }
}

const json& required(const json& object, const char* key, const Location& at) {
  auto it = object.find(key);
  if (it == object.end()) at.fail(std::string("missing \"") + key + "\"");
  return *it;
}

std::string read_text(const json& object, const char* key, const Location& at) {
  const json& value = required(object, key, at);
  if (!value.is_string() || value.get_ref<const std::string&>().empty()) {
    at.fail(std::string("\"") + key + "\" must be a non-empty string");
  }
  return value.get<std::string>();
}

Category read_category(const json& object, const char* key, const Location& at) {
  const json& value = required(object, key, at);
  std::optional<Category> category =
      value.is_string() ? parse_category(value.get<std::string>()) : std::nullopt;
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

std::vector<std::string> read_domains(const json& object, const Location& at) {
  auto it = object.find("domains");
  if (it == object.end()) return {};
  if (!it->is_array() || it->empty()) at.fail("\"domains\" must be a non-empty list of domains");
  std::vector<std::string> domains;
  for (const json& domain : *it) {
    if (!domain.is_string() || !is_plain_domain(domain.get_ref<const std::string&>())) {
      at.fail("\"domains\" entries must be lower-case registrable domains like \"example.com\"");
    }
    domains.push_back(domain.get<std::string>());
  }
  std::sort(domains.begin(), domains.end());
  if (std::adjacent_find(domains.begin(), domains.end()) != domains.end()) {
    at.fail("\"domains\" lists a domain twice");
  }
  return domains;
}

MatchKind read_match(const json& rule, const Location& at) {
  auto it = rule.find("match");
  if (it == rule.end()) return MatchKind::exact;
  if (*it == "exact") return MatchKind::exact;
  if (*it == "prefix") return MatchKind::prefix;
  if (*it == "regex") return MatchKind::regex;
  at.fail("\"match\" must be exact, prefix or regex");
}

bool read_flag(const json& object, const char* key, const Location& at) {
  auto it = object.find(key);
  if (it == object.end()) return false;
  if (!it->is_boolean()) at.fail(std::string("\"") + key + "\" must be true or false");
  return it->get<bool>();
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

KbRule read_rule(const json& entry, size_t vendor_index, const KbVendor& vendor, Location at) {
  if (!entry.is_object()) at.fail("each cookie rule must be an object");
  at.rule = entry.contains("name") && entry["name"].is_string() ? entry["name"].get<std::string>()
                                                                  : "?";
  reject_unknown_keys(entry, {"name", "match", "case_insensitive", "category", "purpose", "domains"},
                      at);
  KbRule rule;
  rule.vendor = vendor_index;
  rule.name = read_text(entry, "name", at);
  rule.match = read_match(entry, at);
  rule.case_insensitive = read_flag(entry, "case_insensitive", at);
  rule.domains = read_domains(entry, at);
  rule.category = read_category(entry, "category", at);
  rule.purpose = read_text(entry, "purpose", at);
  rule.id = vendor.id + "/" + rule.name;
  check_purpose(rule.purpose, at);
  if (rule.match == MatchKind::regex) check_pattern(rule, at);
  return rule;
}

KbVendor read_vendor(const json& entry, const std::string& file, Location at) {
  if (!entry.is_object()) at.fail("each vendor must be an object");
  at.vendor = entry.contains("id") && entry["id"].is_string() ? entry["id"].get<std::string>()
                                                              : "?";
  reject_unknown_keys(entry, {"id", "name", "source", "domains", "domain_category", "cookies"},
                      at);
  KbVendor vendor;
  vendor.id = read_text(entry, "id", at);
  if (!is_lowercase_dashed(vendor.id)) at.fail("\"id\" must be lower-case letters, digits and dashes");
  vendor.name = read_text(entry, "name", at);
  vendor.source = read_text(entry, "source", at);
  if (!vendor.source.starts_with("https://") && !vendor.source.starts_with("http://")) {
    at.fail("\"source\" must be the URL of the vendor's cookie documentation");
  }
  vendor.file = file;
  vendor.domains = read_domains(entry, at);
  if (entry.contains("domain_category")) {
    vendor.domain_category = read_category(entry, "domain_category", at);
    if (vendor.domains.empty()) at.fail("\"domain_category\" needs \"domains\"");
  }
  return vendor;
}

void read_file(const EmbeddedFile& file, KnowledgeBase& kb, std::unordered_set<std::string>& ids) {
  Location at{std::string(file.name), {}, {}};
  json document;
  try {
    document = json::parse(file.text);
  } catch (const json::parse_error& error) {
    at.fail(std::string("not valid JSON: ") + error.what());
  }
  if (!document.is_object()) at.fail("must be a JSON object");
  reject_unknown_keys(document, {"group", "vendors"}, at);
  read_text(document, "group", at);
  const json& vendors = required(document, "vendors", at);
  if (!vendors.is_array()) at.fail("\"vendors\" must be a list");
  for (const json& vendor_entry : vendors) {
    KbVendor vendor = read_vendor(vendor_entry, at.file, at);
    Location vendor_at{at.file, vendor.id, {}};
    if (!ids.insert(vendor.id).second) vendor_at.fail("vendor id used twice");
    const json& cookies = required(vendor_entry, "cookies", vendor_at);
    if (!cookies.is_array()) vendor_at.fail("\"cookies\" must be a list");
    size_t vendor_index = kb.vendors.size();
    for (const json& rule_entry : cookies) {
      kb.rules.push_back(read_rule(rule_entry, vendor_index, vendor, vendor_at));
    }
    kb.vendors.push_back(std::move(vendor));
  }
}

}  // namespace

KnowledgeBase parse_knowledge_base(const std::vector<EmbeddedFile>& files) {
  KnowledgeBase kb;
  std::unordered_set<std::string> ids;
  for (const EmbeddedFile& file : files) read_file(file, kb, ids);
  return kb;
}

bool rule_applies_on(const KbRule& rule, std::string_view registrable_domain) {
  return rule.domains.empty() ||
         std::find(rule.domains.begin(), rule.domains.end(), registrable_domain) !=
             rule.domains.end();
}

}  // namespace consentry
