// Checks of the knowledge base as a whole that parsing cannot make entry by entry: duplicate
// rules, rules that can never win (notes/kb-schema.md), vendor domains claimed twice. Run by the
// knowledge-base test so that a data change that breaks them fails the build's tests, not users.
#pragma once
#include <string>
#include <vector>

#include "knowledge_base.h"

namespace consentry {

// One line per problem, naming the rules or vendors involved; empty when the base is sound.
std::vector<std::string> lint_knowledge_base(const KnowledgeBase& kb);

}  // namespace consentry
