#include "verdict.h"

#include <nlohmann/json.hpp>

#include "site.h"

namespace consentry {

Verdict judge(const Classifier& classifier, const Preferences& preferences, const Cookie& cookie,
              double now) {
  Verdict verdict;
  verdict.classification = classifier.classify(cookie, now);
  verdict.site = site_of(cookie);
  verdict.decision = decide(preferences, cookie, verdict.site, verdict.classification.category);
  return verdict;
}

// Built member by member: an initializer list copies every value once more, and classify's
// throughput target makes that visible.
nlohmann::json classification_to_json(const Classification& classification) {
  nlohmann::json json(nlohmann::json::value_t::object);
  json["category"] = category_name(classification.category);
  json["confidence"] = classification.confidence;
  json["reason"] = classification.reason;
  json["rule"] = classification.rule;
  json["vendor"] = classification.vendor;
  return json;
}

nlohmann::json verdict_to_json(const Verdict& verdict) {
  nlohmann::json json = classification_to_json(verdict.classification);
  json["site"] = verdict.site;
  json["action"] = action_name(verdict.decision.action);
  json["why"] = verdict.decision.why;
  return json;
}

}  // namespace consentry
