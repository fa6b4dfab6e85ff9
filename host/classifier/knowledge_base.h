// The knowledge base of known cookies as written in host/data/ (schema, sources and precedence:
// host/data/README.md), parsed and checked but not yet compiled for lookup (see rule_index.h).
#pragma once
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/category.h"
#include "classifier/embedded_data.h"

namespace consentry {

// Thrown for a data file that breaks the schema; what() names the file, vendor and rule.
class InvalidKnowledgeBase : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class MatchKind { exact, prefix, regex };

struct KbVendor {
  std::string id;    // unique, lowercase-dashed
  std::string name;  // shown to users
  std::string source;
  std::string file;                         // the data file it came from, for messages
  std::vector<std::string> domains;         // registrable domains it serves cookies from
  std::optional<Category> domain_category;  // for its unnamed cookies seen third-party
};

struct KbRule {
  size_t vendor = 0;  // index into KnowledgeBase::vendors
  std::string name;   // as written: a name, a prefix or an RE2 pattern
  MatchKind match = MatchKind::exact;
  bool case_insensitive = false;
  std::vector<std::string> domains;  // empty: applies on every domain
  Category category = Category::necessary;
  std::string purpose;
  std::string id;    // "<vendor id>/<name>"
  std::string from;  // the source: "reviewed" (ours), "open-cookie-database:<id>", ...
};

// Where two sources disagreed on a name and which one the import kept (host/data/README.md).
struct KbConflict {
  std::string file;
  std::string name;
  std::string kept;
  std::string dropped;
};

struct KnowledgeBase {
  std::vector<KbVendor> vendors;
  std::vector<KbRule> rules;  // in file order (see embedded_data.h), which orders regex rules
  std::vector<KbConflict> conflicts;
};

// Parses and checks every file. Throws InvalidKnowledgeBase on the first problem.
KnowledgeBase parse_knowledge_base(const std::vector<EmbeddedFile>& files);

// True when the rule is limited to domains and `registrable_domain` is one of them, or when it is
// not limited at all.
bool rule_applies_on(const KbRule& rule, std::string_view registrable_domain);

}  // namespace consentry
