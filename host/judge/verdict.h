// One cookie judged: what it is (classifier) and what the user's preferences do with it (policy),
// and the JSON both are reported in by decide, classify and inspect.
#pragma once
#include <string>

#include "classifier/classifier.h"
#include "model/cookie.h"
#include "json/json_writer.h"
#include "model/policy.h"
#include "model/preferences.h"
#include "store/declaration_store.h"

namespace consentry {

struct Verdict {
  Classification classification;
  std::string site;  // registrable domain the policy applied (site_of)
  Decision decision;
};

// Added to `why` when the caller did not say which page set the cookie (no `site`, not
// partitioned): the choices applied are those of the cookie's own site, which may not be the
// site the user was on.
inline constexpr const char* kUnknownPageNote =
    " (the page that set it is unknown, so its own site's choices apply)";

// The policy's site is site_of(cookie): the page the cookie was set on when known.
// `declarations`, when given, adds the layer of the cookie's site's own declaration
// (declaration_layer.h).
Verdict judge(const Classifier& classifier, const Preferences& preferences, const Cookie& cookie,
              double now, DeclarationStore* declarations = nullptr);

// {"category", "confidence", "reason", "rule", "vendor"}: the classify CLI's line.
void write_classification(JsonWriter& out, const Classification& classification);

// The classification's members plus {"site", "action": "keep"|"delete", "why"}, as one object:
// a decide result.
void write_verdict(JsonWriter& out, const Verdict& verdict);

// The same members without the braces, for an object that carries more (the inspect CLI's).
void write_verdict_members(JsonWriter& out, const Verdict& verdict);

}  // namespace consentry
