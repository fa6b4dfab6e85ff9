#include "judge/verdict.h"

#include "classifier/declaration_layer.h"
#include "model/site.h"

namespace consentry {

Verdict judge(const Classifier& classifier, const Preferences& preferences, const Cookie& cookie,
              double now, DeclarationStore* declarations) {
  Verdict verdict;
  verdict.classification = classifier.classify(cookie, now);
  verdict.site = site_of(cookie);
  if (const SiteDeclaration* declared = declarations ? declarations->find(verdict.site) : nullptr) {
    verdict.classification =
        apply_site_declaration(std::move(verdict.classification), *declared, cookie.name);
  }
  verdict.decision = decide(preferences, cookie, verdict.site, verdict.classification.category,
                            verdict.classification.confidence);
  if (!page_is_known(cookie) && verdict.classification.category != Category::necessary) {
    verdict.decision.why += kUnknownPageNote;
  }
  return verdict;
}

namespace {

void write_classification_members(JsonWriter& out, const Classification& classification) {
  out.member("category", category_name(classification.category));
  out.member("confidence", classification.confidence);
  out.member("reason", classification.reason);
  out.member("rule", classification.rule);
  out.member("vendor", classification.vendor);
  if (const auto& declared = classification.declared) {
    out.key("declared");
    out.begin_object();
    out.member("category", category_name(declared->category));
    out.member("cmp", declared->platform);
    out.member("label", declared->label);
    out.member("decided", declared->decided);
    out.member("contradicts", declared->contradicts);
    out.end_object();
  }
}

}  // namespace

void write_classification(JsonWriter& out, const Classification& classification) {
  out.begin_object();
  write_classification_members(out, classification);
  out.end_object();
}

void write_verdict_members(JsonWriter& out, const Verdict& verdict) {
  write_classification_members(out, verdict.classification);
  out.member("site", verdict.site);
  out.member("action", action_name(verdict.decision.action));
  out.member("why", verdict.decision.why);
}

void write_verdict(JsonWriter& out, const Verdict& verdict) {
  out.begin_object();
  write_verdict_members(out, verdict);
  out.end_object();
}

}  // namespace consentry
