#include "rule_index.h"

#include <re2/set.h>

#include <algorithm>

#include "base/ascii_lower.h"

namespace consentry {

// RE2::Set hides behind a pointer so that the header does not pull RE2 into every user.
struct RuleIndex::PatternSet {
  PatternSet() : set(RE2::Options(), RE2::ANCHOR_BOTH) {}
  RE2::Set set;
  std::vector<const KbRule*> rules;  // by set index, file order
};

namespace {

// Domain-scoped rules go first so that a generic unscoped rule of the same name never hides them.
std::vector<const KbRule*> scoped_first(const KnowledgeBase& kb) {
  std::vector<const KbRule*> rules;
  for (const KbRule& rule : kb.rules) rules.push_back(&rule);
  std::stable_partition(rules.begin(), rules.end(),
                        [](const KbRule* rule) { return !rule->domains.empty(); });
  return rules;
}

const KbRule* first_applicable(const std::vector<const KbRule*>& rules, std::string_view domain,
                               bool scoped) {
  for (const KbRule* rule : rules) {
    if (rule->domains.empty() != scoped && rule_applies_on(*rule, domain)) return rule;
  }
  return nullptr;
}

}  // namespace

RuleIndex::RuleIndex(const KnowledgeBase& kb) : patterns_(std::make_unique<PatternSet>()) {
  for (const KbRule* rule : scoped_first(kb)) {
    switch (rule->match) {
      case MatchKind::exact:
        if (rule->case_insensitive) {
          exact_folded_[ascii_lowercase(rule->name)].push_back(rule);
        } else {
          exact_[rule->name].push_back(rule);
        }
        break;
      case MatchKind::prefix:
        if (rule->case_insensitive) {
          prefixes_folded_.insert(ascii_lowercase(rule->name), rule);
        } else {
          prefixes_.insert(rule->name, rule);
        }
        break;
      case MatchKind::regex: break;
    }
  }
  // Patterns keep file order: the first one that matches wins.
  for (const KbRule& rule : kb.rules) {
    if (rule.match != MatchKind::regex) continue;
    std::string pattern = rule.case_insensitive ? "(?i:" + rule.name + ")" : rule.name;
    if (patterns_->set.Add(pattern, nullptr) < 0) {
      throw InvalidKnowledgeBase("knowledge base: rule \"" + rule.id + "\": invalid regex");
    }
    patterns_->rules.push_back(&rule);
  }
  if (!patterns_->rules.empty() && !patterns_->set.Compile()) {
    throw InvalidKnowledgeBase("knowledge base: the patterns do not fit in memory together");
  }
}

RuleIndex::~RuleIndex() = default;

const KbRule* RuleIndex::find(std::string_view name, std::string_view domain) const {
  AsciiLower lower(name);
  if (const KbRule* rule = find_exact(name, lower.view(), domain)) return rule;
  if (const KbRule* rule = find_prefix(name, lower.view(), domain)) return rule;
  return find_pattern(name, domain);
}

const KbRule* RuleIndex::find_exact(std::string_view name, std::string_view lower,
                                    std::string_view domain) const {
  auto exact = exact_.find(name);
  // A cut lower-case copy must not match a shorter rule name.
  auto folded = lower.size() == name.size() ? exact_folded_.find(lower) : exact_folded_.end();
  for (bool scoped : {true, false}) {
    if (exact != exact_.end()) {
      if (const KbRule* rule = first_applicable(exact->second, domain, scoped)) return rule;
    }
    if (folded != exact_folded_.end()) {
      if (const KbRule* rule = first_applicable(folded->second, domain, scoped)) return rule;
    }
  }
  return nullptr;
}

const KbRule* RuleIndex::find_prefix(std::string_view name, std::string_view lower,
                                     std::string_view domain) const {
  PrefixTrie::Match exact = prefixes_.longest(name, domain);
  PrefixTrie::Match folded = prefixes_folded_.longest(lower, domain);
  if (!folded.rule) return exact.rule;
  if (!exact.rule) return folded.rule;
  if (exact.length != folded.length) return exact.length > folded.length ? exact.rule : folded.rule;
  return folded.rule->domains.size() > 0 && exact.rule->domains.empty() ? folded.rule : exact.rule;
}

const KbRule* RuleIndex::find_pattern(std::string_view name, std::string_view domain) const {
  if (patterns_->rules.empty()) return nullptr;
  // Most names match no pattern, and asking only whether one does spares RE2 the match set it
  // allocates when asked which. The vector is reused per thread for the same reason.
  if (!patterns_->set.Match(name, nullptr)) return nullptr;
  thread_local std::vector<int> matches;
  patterns_->set.Match(name, &matches);
  std::sort(matches.begin(), matches.end());
  for (int index : matches) {
    const KbRule* rule = patterns_->rules[static_cast<size_t>(index)];
    if (rule_applies_on(*rule, domain)) return rule;
  }
  return nullptr;
}

}  // namespace consentry
