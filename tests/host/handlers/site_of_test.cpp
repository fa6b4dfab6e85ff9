#include "support/handler_fixture.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

json sites_of(HostContext& context, json urls) {
  return call(handle_site, {{"type", "site"}, {"urls", std::move(urls)}}, context)["sites"];
}

TEST_F(HandlerTest, SiteAnswersEachUrlOrHostInOrder) {
  json sites =
      sites_of(context, {"https://shop.example.co.uk/x?y=1", "a.github.io",
                         "http://WWW.Example.COM:8080/", ".news.example.org", "127.0.0.1"});
  EXPECT_EQ(sites,
            json({"example.co.uk", "a.github.io", "example.com", "example.org", "127.0.0.1"}));
}

TEST_F(HandlerTest, SiteGivesNullForAnItemWithoutASiteAndGoesOn) {
  json sites =
      sites_of(context, {"", "file:///home/u/page.html", "no spaces allowed.com", "example.com"});
  EXPECT_EQ(sites, json({nullptr, nullptr, nullptr, "example.com"}));
}

TEST_F(HandlerTest, SiteAgreesWithTheSiteAPreferenceIsStoredUnder) {
  json stored = call(handle_set_preferences,
                     {{"site", "https://www.bbc.co.uk/news"}, {"allowed", {{"targeting", true}}}},
                     context)["preferences"]["sites"];
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(sites_of(context, {"https://www.bbc.co.uk/news"})[0], stored.begin().key());
}

TEST_F(HandlerTest, SiteRefusesABadBatch) {
  EXPECT_EQ(error_code_of([&] { call(handle_site, json::object(), context); }),
            ErrorCode::invalid_request);
  EXPECT_EQ(error_code_of([&] {
              call(handle_site, {{"urls", "example.com"}}, context);
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(error_code_of([&] {
              sites_of(context, {"example.com", 7});
            }),
            ErrorCode::invalid_request);
  EXPECT_EQ(
      error_code_of([&] { sites_of(context, json(std::vector<std::string>(1001, "a.com"))); }),
      ErrorCode::invalid_request);
  EXPECT_EQ(sites_of(context, json(std::vector<std::string>(1000, "a.com"))).size(), 1000u);
}

TEST_F(HandlerTest, SiteNamesTheItemThatIsNotAString) {
  try {
    sites_of(context, {"example.com", json::array()});
    ADD_FAILURE() << "no error";
  } catch (const ProtocolError& error) {
    EXPECT_NE(std::string(error.what()).find("\"urls\"[1]"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace consentry::testing
