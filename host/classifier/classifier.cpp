#include "classifier/classifier.h"

#include <array>

#include "base/concat.h"
#include "cookie_signals.h"
#include "knowledge_base.h"
#include "name_tokens.h"
#include "rule_index.h"
#include "signal_scorer.h"
#include "model/site.h"
#include "vendor_domains.h"

namespace consentry {

namespace {

// How sure a knowledge-base hit is, by source and by how the rule matches (an exact name is
// documented as such; a prefix or a pattern may catch a name the vendor never set). Our reviewed
// rules and CookieBlock's hand-fixed ones follow what is known of the cookie itself. The Open
// Cookie Database's entries are community-written with coarse categories (right about six times
// in ten on real sites' cookies, tests/realsites/), and tarteaucitron types a whole service, not
// each cookie: the careful caution keeps what only they call refused, the balanced one trusts the
// Open Cookie Database, the strict one both (model/caution.cpp).
double confidence_of(const KbRule& rule) {
  using ByMatch = std::array<double, 3>;  // exact, prefix, regex
  static constexpr ByMatch kDocumented = {0.95, 0.9, 0.85};
  static constexpr ByMatch kOpenCookieDatabase = {0.7, 0.65, 0.6};
  static constexpr ByMatch kServiceList = {0.6, 0.55, 0.5};
  const ByMatch& table = rule.from.starts_with("open-cookie-database") ? kOpenCookieDatabase
                         : rule.from.starts_with("tarteaucitron")      ? kServiceList
                                                                       : kDocumented;
  return table[static_cast<size_t>(rule.match)];
}

// A known advertising or analytics domain seen third-party: right about three times in four on
// real sites' cookies (tests/realsites/).
constexpr double kVendorDomainConfidence = 0.75;

// What a vendor's domain says about its cookies, for the layer 2 reason.
std::string_view domain_role(Category category) {
  switch (category) {
    case Category::necessary: return "service";
    case Category::functional: return "feature";
    case Category::performance: return "analytics";
    case Category::targeting: return "advertising";
  }
  return "service";
}

// Where a rule's purpose comes from, for the reason: "the vendor's documentation" for our
// reviewed rules, else the open list it was imported from (knowledge_base.h, KbRule::from).
std::string_view source_of(const KbRule& rule) {
  struct Source {
    std::string_view prefix;
    std::string_view words;
  };
  static constexpr Source kSources[] = {
      {"reviewed", "the vendor's documentation"},
      {"open-cookie-database", "the Open Cookie Database"},
      {"tarteaucitron", "tarteaucitron.js's service list"},
      {"cookieblock", "CookieBlock's hand-checked list"},
  };
  for (const Source& source : kSources) {
    if (rule.from.starts_with(source.prefix)) return source.words;
  }
  return rule.from;
}

bool names_consent(std::string_view name) {
  NameSignals signals = read_name(name);
  for (size_t i = 0; i < signals.size; ++i) {
    if (signals.items[i].signal == Signal::name_consent) return true;
  }
  return false;
}

class LayeredClassifier final : public Classifier {
 public:
  explicit LayeredClassifier(KnowledgeBase kb)
      : kb_(std::move(kb)), rules_(kb_), vendor_domains_(kb_) {}

  Classification classify(const Cookie& cookie, double now) const override {
    std::string domain = registrable_domain(cookie.domain);
    bool third_party = is_third_party(cookie, domain);
    if (const KbRule* rule = rules_.find(cookie.name, domain)) {
      if (third_party) {
        if (const KbVendor* vendor = tracking_vendor_behind(*rule, domain, cookie)) {
          return from_tracking_vendor(*rule, *vendor, domain, cookie);
        }
      }
      return from_rule(*rule, cookie);
    }
    if (third_party) {
      if (const KbVendor* vendor = vendor_domains_.find(domain)) {
        return from_vendor_domain(*vendor, domain, cookie);
      }
    }
    return score_signals(read_signals(cookie, now, third_party));
  }

  size_t rule_count() const override { return kb_.rules.size(); }
  size_t vendor_count() const override { return kb_.vendors.size(); }

 private:
  Classification from_rule(const KbRule& rule, const Cookie& cookie) const {
    const KbVendor& vendor = kb_.vendors[rule.vendor];
    return {
        rule.category, confidence_of(rule),
        concat({vendor.name, ": ", rule.purpose, " (", cookie.name, "); from ", source_of(rule)}),
        rule.id, vendor.name};
  }

  // A cookie a vendor needs for its own site (its sign-in, its security checks) is not needed by
  // the site that embeds the vendor's ads or tags: seen third-party from the vendor's advertising
  // or analytics domain, it serves that domain's purpose there. Functional ones stay (embedded
  // players and widgets do use their settings on the embedding site), and so do records of
  // cookie choices (they are what makes the vendor remember a "no").
  const KbVendor* tracking_vendor_behind(const KbRule& rule, const std::string& domain,
                                         const Cookie& cookie) const {
    if (rule.category != Category::necessary || names_consent(cookie.name)) return nullptr;
    const KbVendor* vendor = vendor_domains_.find(domain);
    if (vendor != &kb_.vendors[rule.vendor]) return nullptr;
    Category served = *vendor->domain_category;
    return served == Category::performance || served == Category::targeting ? vendor : nullptr;
  }

  Classification from_tracking_vendor(const KbRule& rule, const KbVendor& vendor,
                                      const std::string& domain, const Cookie& cookie) const {
    Category category = *vendor.domain_category;
    return {category, kVendorDomainConfidence,
            concat({vendor.name, ": ", rule.purpose, " on its own site, but here set by its ",
                    domain_role(category), " domain ", domain, " on another site (", cookie.name,
                    "); from ", source_of(rule)}),
            "domain:" + domain, vendor.name};
  }

  Classification from_vendor_domain(const KbVendor& vendor, const std::string& domain,
                                    const Cookie& cookie) const {
    Category category = *vendor.domain_category;
    return {category, kVendorDomainConfidence,
            concat({vendor.name, ": set by its ", domain_role(category), " domain ", domain,
                    " on another site (", cookie.name, "); from the vendor's documentation"}),
            "domain:" + domain, vendor.name};
  }

  KnowledgeBase kb_;
  RuleIndex rules_;
  VendorDomains vendor_domains_;
};

}  // namespace

std::unique_ptr<Classifier> Classifier::load(const std::vector<EmbeddedFile>& files) {
  return std::make_unique<LayeredClassifier>(parse_knowledge_base(files));
}

std::unique_ptr<Classifier> Classifier::load_builtin() { return load(embedded_data_files()); }

}  // namespace consentry
