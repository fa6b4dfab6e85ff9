#include "classifier/vendor_domains.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

TEST(VendorDomains, OnlyVendorsWithADomainCategoryCount) {
  KnowledgeBase kb = parse_knowledge_base({{"test.json", R"({"group": "g", "vendors": [
    {"id": "ads", "name": "Ads", "source": "https://ads.example", "domains": ["ads.example"],
     "domain_category": "targeting", "cookies": []},
    {"id": "cdn", "name": "CDN", "source": "https://cdn.example", "domains": ["cdn.example"],
     "cookies": []},
    {"id": "ads-again", "name": "Ads Again", "source": "https://ads.example",
     "domains": ["ads.example"], "domain_category": "performance", "cookies": []}]})"}});
  VendorDomains domains(kb);
  ASSERT_NE(domains.find("ads.example"), nullptr);
  EXPECT_EQ(domains.find("ads.example")->id, "ads");  // the first in file order keeps it
  EXPECT_EQ(domains.find("cdn.example"), nullptr);
  EXPECT_EQ(domains.find("www.ads.example"), nullptr);  // registrable domains only
}

}  // namespace
}  // namespace consentry
