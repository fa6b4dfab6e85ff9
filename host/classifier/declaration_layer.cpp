#include "classifier/declaration_layer.h"

#include "model/consent_platform.h"

namespace consentry {

namespace {

// A site's own declaration is good evidence, but sites copy banners and misfile cookies: below
// an exact knowledge-base entry (0.95), above a scored guess.
constexpr double kDeclaredConfidence = 0.85;

bool refusable(Category category) {
  return category == Category::performance || category == Category::targeting;
}

std::string declared_words(const DeclaredPurpose& declared) {
  return "declared by this site's consent banner (" + declared.platform + "): " + declared.label;
}

}  // namespace

Classification apply_site_declaration(Classification ours, const SiteDeclaration& declaration,
                                      std::string_view cookie_name) {
  const DeclaredCookie* entry = declaration.find(cookie_name);
  if (!entry) return ours;
  DeclaredPurpose declared{entry->category,
                           std::string(consent_platform_name(declaration.platform()).value_or("")),
                           entry->label};
  bool documented = ours.rule != kSignalsRule;
  declared.contradicts = documented && entry->category != ours.category;
  std::string rule = "declared:" + declaration.platform();

  if (!documented) {
    declared.decided = true;
    std::string reason = declared_words(declared) + " (" + std::string(cookie_name) + ")";
    return {entry->category, kDeclaredConfidence, std::move(reason), std::move(rule), "", declared};
  }
  if (refusable(entry->category) && !refusable(ours.category)) {
    declared.decided = true;
    std::string reason = declared_words(declared) + "; stricter than " +
                         std::string(category_name(ours.category)) + " from " + ours.reason;
    return {entry->category, kDeclaredConfidence, std::move(reason),
            std::move(rule), ours.vendor,         declared};
  }
  if (declared.contradicts) {
    ours.reason += "; this site's consent banner (" + declared.platform + ") calls it " +
                   declared.label + ", but the vendor's documentation decides";
  }
  ours.declared = std::move(declared);
  return ours;
}

}  // namespace consentry
