// Checks of the knowledge base as a whole that parsing cannot make entry by entry: duplicate
// rules, rules that can never win (host/data/README.md), vendor domains claimed twice; and the
// list of conflicts between sources that the import settled. Run by the
// knowledge-base test so that a data change that breaks them fails the build's tests, not users.
#pragma once
#include <string>
#include <vector>

#include "knowledge_base.h"

namespace consentry {

// One line per problem, naming the rules or vendors involved; empty when the base is sound.
std::vector<std::string> lint_knowledge_base(const KnowledgeBase& kb);

// One line per name two sources disagreed on: which source the precedence kept and what the
// other said. Not problems: the record a reviewer reads when a source changes.
std::vector<std::string> list_source_conflicts(const KnowledgeBase& kb);

}  // namespace consentry
