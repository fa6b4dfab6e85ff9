// One cookie judged: what it is (classifier) and what the user's preferences do with it (policy),
// and the JSON both are reported in by decide, classify and inspect.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "classifier/classifier.h"
#include "cookie.h"
#include "policy.h"
#include "preferences.h"

namespace consentry {

struct Verdict {
  Classification classification;
  std::string site;  // registrable domain the policy applied (site_of)
  Decision decision;
};

Verdict judge(const Classifier& classifier, const Preferences& preferences, const Cookie& cookie,
              double now);

// {"category", "confidence", "reason", "rule", "vendor"}: the classify CLI's line.
nlohmann::json classification_to_json(const Classification& classification);

// The classification plus {"site", "action": "keep"|"delete", "why"}: one decide result.
nlohmann::json verdict_to_json(const Verdict& verdict);

}  // namespace consentry
