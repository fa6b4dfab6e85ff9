#include "model/site.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

TEST(RegistrableDomain, MultiPartSuffixIsOneSite) {
  EXPECT_EQ(registrable_domain("www.example.co.uk"), "example.co.uk");
  EXPECT_EQ(registrable_domain(".example.co.uk"), "example.co.uk");
  EXPECT_EQ(registrable_domain("shop.example.co.uk"), "example.co.uk");
}

TEST(RegistrableDomain, PrivateSuffixesSeparateSites) {
  EXPECT_EQ(registrable_domain("a.github.io"), "a.github.io");
  EXPECT_EQ(registrable_domain("b.github.io"), "b.github.io");
}

TEST(RegistrableDomain, AcceptsUrls) {
  EXPECT_EQ(registrable_domain("https://WWW.Example.com:8443/path?q=1"), "example.com");
  EXPECT_EQ(registrable_domain("http://user@shop.example.org/"), "example.org");
}

TEST(RegistrableDomain, AddressesAndLocalNamesStayAsTheyAre) {
  EXPECT_EQ(registrable_domain("127.0.0.1"), "127.0.0.1");
  EXPECT_EQ(registrable_domain("http://[::1]:8080/"), "::1");
  EXPECT_EQ(registrable_domain("localhost"), "localhost");
  EXPECT_EQ(registrable_domain(""), "");
}

TEST(SiteOf, PrefersPartitionKeyThenPageThenDomain) {
  Cookie cookie;
  cookie.domain = ".tracker.net";
  EXPECT_EQ(site_of(cookie), "tracker.net");
  cookie.site = "https://news.example.com/article";
  EXPECT_EQ(site_of(cookie), "example.com");
  EXPECT_TRUE(is_third_party(cookie));
  cookie.partition_top_level_site = "https://shop.example.org";
  EXPECT_EQ(site_of(cookie), "example.org");
}

TEST(SiteOf, FirstPartyWhenDomainsMatch) {
  Cookie cookie;
  cookie.domain = "www.example.com";
  cookie.site = "https://example.com/";
  EXPECT_FALSE(is_third_party(cookie));
}

TEST(SiteKeyTest, ReducesHostsAndUrlsAndRefusesNonHosts) {
  EXPECT_EQ(site_key("https://www.example.co.uk:8443/x", "site"), "example.co.uk");
  EXPECT_EQ(site_key(".a.github.io", "site"), "a.github.io");
  EXPECT_EQ(site_key("192.168.1.2", "site"), "192.168.1.2");
  EXPECT_THROW(site_key("", "site"), InvalidSite);
  EXPECT_THROW(site_key("../../etc/passwd", "site"), InvalidSite);
  EXPECT_THROW(site_key(std::string(300, 'a') + ".com", "site"), InvalidSite);
  EXPECT_THROW(site_key("exa\"mple.com", "site"), InvalidSite);
}

}  // namespace
}  // namespace consentry
