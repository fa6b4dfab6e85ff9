#include "support/handler_fixture.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

TEST_F(HandlerTest, HelloNamesVersionProtocolFolderAndCounts) {
  json reply = call(handle_hello, {{"type", "hello"}}, context);
  EXPECT_EQ(reply["version"], CONSENTRY_VERSION);
  EXPECT_EQ(reply["protocol"], kProtocolVersion);
  EXPECT_EQ(reply["data_dir"], dir.path().string());
  EXPECT_EQ(reply["counts"]["rules"], builtin_classifier()->rule_count());
  EXPECT_GT(reply["counts"]["rules"].get<size_t>(), 0u);
  EXPECT_EQ(reply["counts"]["vendors"], builtin_classifier()->vendor_count());
  EXPECT_EQ(reply["counts"]["site_overrides"], 0);
  EXPECT_EQ(reply["counts"]["keep_list"], 0);
  EXPECT_EQ(reply["counts"]["deletions"], 0);
}

TEST_F(HandlerTest, HelloCountsWhatTheUserSaved) {
  call(handle_keep_cookie, {{"site", "example.com"}, {"name", "prefs"}}, context);
  call(handle_set_preferences, {{"site", "shop.example.org"}, {"allowed", {{"targeting", true}}}},
       context);
  call(handle_record_deletions,
       {{"deletions",
         {{{"cookie", persistent_cookie("_fbp", ".example.com")}, {"category", "targeting"}}}}},
       context);
  json counts = call(handle_hello, {}, context)["counts"];
  EXPECT_EQ(counts["site_overrides"], 1);
  EXPECT_EQ(counts["keep_list"], 1);
  EXPECT_EQ(counts["deletions"], 1);
}

// A session that only asks hello (a status check) never parses the knowledge base; the first
// request that judges a cookie loads it, once.
TEST(HostContextTest, TheClassifierIsLoadedByTheFirstRequestThatJudgesACookie) {
  TempDir dir;
  int loads = 0;
  HostContext context{dir.path(), [&loads] {
                        ++loads;
                        return builtin_classifier();
                      }};
  call(handle_hello, {}, context);
  EXPECT_EQ(loads, 0);
  json cookies = json::array({persistent_cookie("_fbp", ".example.com")});
  call(handle_decide, {{"cookies", cookies}}, context);
  call(handle_decide, {{"cookies", cookies}}, context);
  EXPECT_EQ(loads, 1);
}

}  // namespace
}  // namespace consentry::testing
