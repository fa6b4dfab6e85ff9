#include "support/handler_fixture.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

json deletion(const std::string& name, const std::string& domain,
              const char* category = "targeting") {
  return {{"cookie", persistent_cookie(name, domain)},
          {"category", category},
          {"reason", "why: " + name}};
}

TEST_F(HandlerTest, RecordDeletionsStoresEveryEntryWithItsId) {
  json with_site = deletion("_fbp", ".tracker.net");
  with_site["site"] = "https://news.example.org/a";
  json reply =
      call(handle_record_deletions,
           {{"deletions", {deletion("_ga", ".example.com", "performance"), with_site}}}, context);
  EXPECT_EQ(reply["recorded"], 2);
  ASSERT_EQ(reply["ids"].size(), 2u);
  EXPECT_NE(reply["ids"][0], reply["ids"][1]);

  auto first = context.deletion_log().find(reply["ids"][0]);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->site, "example.com");  // from the cookie when no site is given
  EXPECT_EQ(first->category, Category::performance);
  EXPECT_EQ(first->reason, "why: _ga");
  EXPECT_EQ(first->cookie.value, "v1");
  EXPECT_EQ(context.deletion_log().find(reply["ids"][1])->site, "example.org");
}

TEST_F(HandlerTest, OneInvalidEntryRecordsNothingAndNamesTheEntry) {
  json bad = deletion("x", ".example.com", "tasty");
  try {
    call(handle_record_deletions, {{"deletions", {deletion("_ga", ".example.com"), bad}}}, context);
    FAIL() << "accepted an unknown category";
  } catch (const ProtocolError& error) {
    EXPECT_EQ(error.code(), ErrorCode::invalid_request);
    EXPECT_NE(std::string(error.what()).find("deletions[1]"), std::string::npos) << error.what();
  }
  EXPECT_EQ(context.deletion_log().size(), 0u);
}

TEST_F(HandlerTest, RecordDeletionsRefusesMalformedEntries) {
  json huge = deletion("big", ".example.com");
  huge["cookie"]["value"] = std::string(20000, 'v');
  json no_cookie = {{"category", "targeting"}};
  json bad_cookie = {{"cookie", {{"name", "x"}}}, {"category", "targeting"}};
  for (const json& entries : {json::array({huge}), json::array({no_cookie}),
                              json::array({bad_cookie}), json::array({7}), json("x")}) {
    EXPECT_EQ(error_code_of([&] {
                call(handle_record_deletions, {{"deletions", entries}}, context);
              }),
              ErrorCode::invalid_request)
        << entries.dump().substr(0, 200);
  }
  EXPECT_EQ(context.deletion_log().size(), 0u);
}

}  // namespace
}  // namespace consentry::testing
