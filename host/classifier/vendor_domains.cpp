#include "vendor_domains.h"

namespace consentry {

VendorDomains::VendorDomains(const KnowledgeBase& kb) {
  for (const KbVendor& vendor : kb.vendors) {
    if (!vendor.domain_category) continue;
    for (const std::string& domain : vendor.domains) vendors_.emplace(domain, &vendor);
  }
}

const KbVendor* VendorDomains::find(std::string_view registrable_domain) const {
  auto it = vendors_.find(registrable_domain);
  return it == vendors_.end() ? nullptr : it->second;
}

}  // namespace consentry
