#include "model/caution.h"

namespace consentry {

namespace {

struct Level {
  std::string_view name;
  double confidence;
};

// Chosen on the real-site evaluation's trade-off table (README, "How well it classifies"):
// careful admits the vendors' documentation and known tracker domains but no signal score that
// was wrong on more than about one real cookie in five; balanced adds the Open Cookie Database's
// entries; strict takes any score that is more often right than not, and tarteaucitron's lists.
constexpr Level kLevels[] = {{"careful", 0.75}, {"balanced", 0.65}, {"strict", 0.5}};

}  // namespace

double confidence_needed(Caution caution) {
  return kLevels[static_cast<size_t>(caution)].confidence;
}

std::string_view caution_name(Caution caution) {
  return kLevels[static_cast<size_t>(caution)].name;
}

std::optional<Caution> parse_caution(std::string_view name) {
  for (Caution caution : kAllCautions) {
    if (caution_name(caution) == name) return caution;
  }
  return std::nullopt;
}

}  // namespace consentry
