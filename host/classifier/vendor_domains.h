// Layer 2 of the classifier: the registrable domains of advertising and analytics vendors
// (`domains` + `domain_category` in host/data/), for cookies no rule names.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include "knowledge_base.h"
#include "base/transparent_hash.h"

namespace consentry {

class VendorDomains {
 public:
  // Keeps pointers into `kb`, which must outlive it. Only vendors with a domain_category count;
  // when two list the same domain, the first in file order keeps it.
  explicit VendorDomains(const KnowledgeBase& kb);

  // The vendor that serves cookies from this registrable domain, or nullptr.
  const KbVendor* find(std::string_view registrable_domain) const;

 private:
  std::unordered_map<std::string, const KbVendor*, TransparentHash, std::equal_to<>> vendors_;
};

}  // namespace consentry
