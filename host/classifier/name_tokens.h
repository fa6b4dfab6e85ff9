// What a cookie's name says about it: the name is cut into words ("_hjSessionUser_12" ->
// hj, session, user, 12: on punctuation, camelCase and letter/digit boundaries), the words are
// looked up in a vocabulary, and a few telling stems are searched anywhere in the name
// ("PHPSESSID" contains "sess"). Vocabulary in name_tokens.cpp.
#pragma once
#include <array>
#include <string_view>

#include "signal.h"

namespace consentry {

struct NameEvidence {
  Signal signal;
  std::string_view word;  // the vocabulary word that matched, shown in the reason
};

struct NameSignals {
  std::array<NameEvidence, kSignalCount> items;
  size_t size = 0;  // each signal at most once, first matching word wins
};

NameSignals read_name(std::string_view name);

}  // namespace consentry
