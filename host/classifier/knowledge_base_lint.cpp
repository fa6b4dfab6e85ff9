#include "knowledge_base_lint.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "base/ascii_lower.h"

namespace consentry {

namespace {

// True when `outer` applies wherever `inner` does.
bool covers(const KbRule& outer, const KbRule& inner) {
  if (outer.domains.empty()) return true;
  if (inner.domains.empty()) return false;
  return std::includes(outer.domains.begin(), outer.domains.end(), inner.domains.begin(),
                       inner.domains.end());
}

// Rules that match the same names in the same places. Case-insensitive rules collide with any
// rule whose name differs from theirs only in case.
void find_duplicates(const KnowledgeBase& kb, std::vector<std::string>& problems) {
  std::map<std::tuple<MatchKind, std::string, std::vector<std::string>>, std::vector<const KbRule*>>
      groups;
  for (const KbRule& rule : kb.rules) {
    groups[{rule.match, ascii_lowercase(rule.name), rule.domains}].push_back(&rule);
  }
  for (const auto& [key, rules] : groups) {
    for (size_t i = 0; i < rules.size(); ++i) {
      for (size_t j = i + 1; j < rules.size(); ++j) {
        const KbRule& a = *rules[i];
        const KbRule& b = *rules[j];
        if (a.name == b.name || a.case_insensitive || b.case_insensitive) {
          problems.push_back("duplicate rules " + a.id + " and " + b.id);
        }
      }
    }
  }
}

// The text every name a pattern matches starts with, and whether the pattern matches only that.
struct PatternRange {
  std::string common_prefix;
  bool single_literal = false;
};

PatternRange range_of(const KbRule& rule) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(!rule.case_insensitive);
  RE2 pattern("^(?:" + rule.name + ")$", options);
  std::string min, max;
  if (!pattern.ok() || !pattern.PossibleMatchRange(&min, &max, 64)) return {};
  size_t common = 0;
  while (common < min.size() && common < max.size() && min[common] == max[common]) ++common;
  return {min.substr(0, common), min == max};
}

bool prefix_catches(const KbRule& prefix, std::string_view name) {
  if (prefix.case_insensitive)
    return ascii_lowercase(name).starts_with(ascii_lowercase(prefix.name));
  return name.starts_with(prefix.name);
}

// A pattern loses to every exact and prefix rule: it never wins if one of them catches all the
// names it matches wherever it applies.
void find_shadowed_patterns(const KnowledgeBase& kb, std::vector<std::string>& problems) {
  for (const KbRule& pattern : kb.rules) {
    if (pattern.match != MatchKind::regex) continue;
    PatternRange range = range_of(pattern);
    for (const KbRule& other : kb.rules) {
      if (other.match == MatchKind::regex || !covers(other, pattern)) continue;
      bool shadowed = other.match == MatchKind::prefix
                          ? prefix_catches(other, range.common_prefix)
                          : range.single_literal && other.name == range.common_prefix;
      if (shadowed) {
        problems.push_back("rule " + pattern.id + " can never win: " + other.id +
                           " matches every name it does");
        break;
      }
    }
  }
}

void find_shared_domains(const KnowledgeBase& kb, std::vector<std::string>& problems) {
  std::map<std::string, const KbVendor*> owners;
  for (const KbVendor& vendor : kb.vendors) {
    if (!vendor.domain_category) continue;
    for (const std::string& domain : vendor.domains) {
      auto [it, fresh] = owners.emplace(domain, &vendor);
      if (!fresh) {
        problems.push_back("domain " + domain + " has a category in both " + it->second->id +
                           " and " + vendor.id + "; only the first counts");
      }
    }
  }
}

}  // namespace

std::vector<std::string> lint_knowledge_base(const KnowledgeBase& kb) {
  std::vector<std::string> problems;
  find_duplicates(kb, problems);
  find_shadowed_patterns(kb, problems);
  find_shared_domains(kb, problems);
  return problems;
}

std::vector<std::string> list_source_conflicts(const KnowledgeBase& kb) {
  std::vector<std::string> lines;
  for (const KbConflict& conflict : kb.conflicts) {
    lines.push_back(conflict.file + ": " + conflict.name + ": kept " + conflict.kept +
                    "; left out " + conflict.dropped);
  }
  return lines;
}

}  // namespace consentry
