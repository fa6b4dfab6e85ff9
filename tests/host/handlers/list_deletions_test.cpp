#include "protocol/framing.h"
#include "support/handler_fixture.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

void record(HostContext& context, const std::string& name, const std::string& domain,
            size_t value_bytes = 2) {
  json cookie = persistent_cookie(name, domain);
  cookie["value"] = std::string(value_bytes, 'v');
  call(handle_record_deletions, {{"deletions", {{{"cookie", cookie}, {"category", "targeting"}}}}},
       context);
}

std::vector<std::string> names(const json& reply) {
  std::vector<std::string> result;
  for (const json& entry : reply["entries"]) result.push_back(entry["cookie"]["name"]);
  return result;
}

TEST_F(HandlerTest, DeletionLogIsNewestFirstWithEveryField) {
  record(context, "first", ".example.com");
  record(context, "second", ".example.com");
  json reply = call(handle_deletion_log, {}, context);
  EXPECT_EQ(names(reply), (std::vector<std::string>{"second", "first"}));
  EXPECT_EQ(reply["total"], 2);
  EXPECT_EQ(reply["offset"], 0);
  EXPECT_TRUE(reply["next_offset"].is_null());
  for (const char* field : {"id", "time", "site", "category", "reason", "cookie"}) {
    EXPECT_TRUE(reply["entries"][0].contains(field)) << field;
  }
}

TEST_F(HandlerTest, DeletionLogPagesWithOffsetAndLimit) {
  for (int i = 0; i < 5; ++i) record(context, "c" + std::to_string(i), ".example.com");
  json page = call(handle_deletion_log, {{"limit", 2}, {"offset", 1}}, context);
  EXPECT_EQ(names(page), (std::vector<std::string>{"c3", "c2"}));
  EXPECT_EQ(page["total"], 5);
  EXPECT_EQ(page["next_offset"], 3);
}

TEST_F(HandlerTest, DeletionLogFiltersBySite) {
  record(context, "a", ".example.com");
  record(context, "b", "shop.example.org");
  record(context, "c", "www.example.com");
  EXPECT_EQ(names(call(handle_deletion_log, {{"site", "https://example.com/"}}, context)),
            (std::vector<std::string>{"c", "a"}));
  EXPECT_EQ(
      names(call(handle_deletion_log, {{"site", "ple.or"}, {"site_contains", true}}, context)),
      (std::vector<std::string>{"b"}));
}

// An entry at a chosen time, straight into the log (append keeps a time it is given).
void record_at(HostContext& context, const std::string& name, double time) {
  DeletionEntry entry;
  entry.cookie.name = name;
  entry.cookie.domain = ".example.com";
  entry.category = Category::targeting;
  entry.time = time;
  context.deletion_log().append({entry});
}

TEST_F(HandlerTest, DeletionLogFiltersByTime) {
  record_at(context, "old", 1'700'000'000.25);
  record_at(context, "new", 1'700'000'000.75);
  EXPECT_EQ(names(call(handle_deletion_log, {{"since", 1'700'000'000.5}}, context)),
            std::vector<std::string>{"new"});
  EXPECT_EQ(names(call(handle_deletion_log, {{"until", 1'700'000'000.5}}, context)),
            std::vector<std::string>{"old"});
  EXPECT_EQ(names(call(handle_deletion_log,
                       {{"since", 1'700'000'000.25}, {"until", 1'700'000'000.75}}, context)),
            (std::vector<std::string>{"new", "old"}));
}

TEST_F(HandlerTest, APageStopsBeforeOneMebibyte) {
  for (int i = 0; i < 100; ++i) record(context, "c" + std::to_string(i), ".example.com", 15000);
  json page = call(handle_deletion_log, {{"limit", 500}}, context);
  EXPECT_LT(page.dump().size(), kMaxReplyBytes);
  size_t shown = page["entries"].size();
  EXPECT_GT(shown, 0u);
  EXPECT_LT(shown, 100u);
  EXPECT_EQ(page["next_offset"], shown);
  json rest = call(handle_deletion_log, {{"limit", 500}, {"offset", shown}}, context);
  EXPECT_EQ(rest["entries"].size(), 100u - shown);
  EXPECT_TRUE(rest["next_offset"].is_null());
}

TEST_F(HandlerTest, DeletionLogRefusesBadFilters) {
  for (const json& request :
       {json{{"limit", 0}}, json{{"limit", 501}}, json{{"limit", 2.5}}, json{{"offset", -1}},
        json{{"since", "yesterday"}}, json{{"site", 5}}, json{{"site_contains", "yes"}}}) {
    EXPECT_EQ(error_code_of([&] { call(handle_deletion_log, request, context); }),
              ErrorCode::invalid_request)
        << request;
  }
}

}  // namespace
}  // namespace consentry::testing
