// What a cookie is for: one of the four categories, how sure we are, and why, in words a user
// understands. Layers, first match wins: the knowledge base of known cookies (host/data/), known
// advertising/analytics domains in a third-party context, then signals scored for the rest. The
// site's own consent-banner declaration is a layer over these (declaration_layer.h).
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "model/category.h"
#include "model/cookie.h"
#include "classifier/embedded_data.h"

namespace consentry {

// What the site's own consent banner says of a cookie, when it names it.
struct DeclaredPurpose {
  Category category = Category::necessary;
  std::string platform;      // "Cookiebot"
  std::string label;         // the banner's own word, e.g. "statistics"
  bool decided = false;      // the banner's word chose the category
  bool contradicts = false;  // a vendor's documentation or our rules say otherwise
};

struct Classification {
  Category category = Category::necessary;
  double confidence = 0;  // 0..1
  std::string reason;     // e.g. "Google Analytics: distinguishes visitors (_ga); from the
                          // vendor's documentation": what it is and where that comes from
  std::string rule;       // what matched: a knowledge-base rule id, "domain:<domain>", or "signals"
  std::string vendor;     // the vendor's name when known, else empty
  std::optional<DeclaredPurpose> declared = std::nullopt;  // set by the declaration layer only
};

// The rule of a classification made by the signals layer: no vendor documents the cookie.
inline constexpr std::string_view kSignalsRule = "signals";

class Classifier {
 public:
  // The knowledge base compiled into the binary (host/data/*.json). Throws std::runtime_error
  // naming the file and entry if the data is invalid.
  static std::unique_ptr<Classifier> load_builtin();

  // The same from other files in the knowledge-base format (tests, tools). Throws likewise.
  static std::unique_ptr<Classifier> load(const std::vector<EmbeddedFile>& files);

  virtual ~Classifier() = default;

  // Pure and thread-safe. Uses the cookie's `site` / partitionKey (see site.h) for first- versus
  // third-party context; `now` (seconds since the epoch) turns expirationDate into a lifetime.
  virtual Classification classify(const Cookie& cookie, double now) const = 0;

  virtual size_t rule_count() const = 0;    // knowledge-base entries
  virtual size_t vendor_count() const = 0;  // distinct vendors in the knowledge base
};

}  // namespace consentry
