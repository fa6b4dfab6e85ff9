// The site's own cookie declaration (what its consent banner tells visitors) as a layer over
// the classifier's answer, for a cookie the declaration names:
// - no vendor documents the cookie (the signals layer guessed): the site's word decides;
// - the site says necessary/functional, a vendor documents performance/targeting: the vendor's
//   documentation decides, and the contradiction is kept;
// - the site says performance/targeting, our rules say necessary/functional: the site's stricter
//   word decides;
// - otherwise our answer stands, with the site's word beside it.
#pragma once
#include <string_view>

#include "classifier/classifier.h"
#include "model/site_declaration.h"

namespace consentry {

// `ours` with the layer applied; unchanged when the declaration does not name `cookie_name`.
Classification apply_site_declaration(Classification ours, const SiteDeclaration& declaration,
                                      std::string_view cookie_name);

}  // namespace consentry
