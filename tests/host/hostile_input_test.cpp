// Hostile bytes on the real host's stdin, as a compromised browser or a malicious extension could
// send them (SECURITY.md): each gets a clear error reply, or a clean exit for an oversized frame,
// never a crash or a hang, and the host's peak resident memory stays under 64 MiB.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>

#include "support/host_process.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

constexpr long kMaxPeakRssKib = 64 * 1024;

// ASan's shadow memory and quarantine make resident size meaningless; scripts/sanitize.sh still
// runs these tests for crashes and sanitizer reports, the normal build checks the bound.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMemoryIsMeasurable = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kMemoryIsMeasurable = false;
#else
constexpr bool kMemoryIsMeasurable = true;
#endif
#else
constexpr bool kMemoryIsMeasurable = true;
#endif

std::string frame(const std::string& body) { return encode_frame(body); }

std::string hello(int id) { return frame(json{{"type", "hello"}, {"id", id}}.dump()); }

std::string nested(size_t depth, const std::string& open, const std::string& inner,
                   const std::string& close) {
  std::string text;
  text.reserve(depth * (open.size() + close.size()) + inner.size());
  for (size_t i = 0; i < depth; ++i) text += open;
  text += inner;
  for (size_t i = 0; i < depth; ++i) text += close;
  return text;
}

std::string code_of(const json& reply) {
  return reply.value("type", "") == "error" ? reply.value("code", "") : "";
}

class HostileInputTest : public ::testing::Test {
 protected:
  TempDir dir;

  // Serves `input`; checks the exit code, that stdout holds only whole frames and the memory bound.
  std::vector<json> serve(std::string input, int expected_exit = 0,
                          const std::vector<std::string>& extra_args = {}) {
    std::vector<std::string> args = {"serve"};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    HostRun run = run_host(dir, args, std::move(input));
    EXPECT_EQ(run.exit_code, expected_exit) << run.err;
    expect_bounded_memory(run);
    std::vector<json> replies;
    EXPECT_NO_THROW(replies = replies_in(run.out));
    return replies;
  }

  static void expect_bounded_memory(const HostRun& run) {
    if (!kMemoryIsMeasurable) return;
    EXPECT_LT(run.peak_rss_kib, kMaxPeakRssKib)
        << "peak RSS " << run.peak_rss_kib << " KiB (the test process had " << run.spawner_rss_kib
        << " KiB resident when it started the host)";
  }
};

TEST_F(HostileInputTest, HundredThousandNestedArraysAreRefusedAndServingGoesOn) {
  auto replies = serve(frame(nested(100'000, "[", "", "]")) + hello(2));
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(code_of(replies[0]), "invalid_json");
  EXPECT_NE(replies[0]["message"].get<std::string>().find("nesting"), std::string::npos)
      << replies[0];
  EXPECT_EQ(replies[1]["type"], "hello");
}

TEST_F(HostileInputTest, HundredThousandNestedObjectsInsideARequestAreRefused) {
  std::string deep = nested(100'000, R"({"a":)", "1", "}");
  std::string request =
      R"({"type":"decide","id":1,"cookies":[{"name":"x","domain":"example.com","value":)" + deep +
      "}]}";
  auto replies =
      serve(frame(request) + frame(R"({"type":"import_settings","id":2,"settings":)" + deep + "}") +
            hello(3));
  ASSERT_EQ(replies.size(), 3u);
  EXPECT_EQ(code_of(replies[0]), "invalid_json");
  EXPECT_EQ(code_of(replies[1]), "invalid_json");
  EXPECT_EQ(replies[2]["type"], "hello");
}

TEST_F(HostileInputTest, AnUnclosedNestingThatFillsTheFrameIsRefused) {
  auto replies = serve(frame(std::string(kDefaultMaxRequestBytes, '[')) + hello(2));
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(code_of(replies[0]), "invalid_json");
  EXPECT_EQ(replies[1]["type"], "hello");
}

// Millions of tiny values: a DOM costs up to ~100 bytes per value, so 15 MiB of "{}," would build
// over 500 MiB unless the parser stops counting early.
std::string many_values_request(const std::string& value) {
  std::string body = R"({"type":"hello","id":1,"x":[)";
  while (body.size() + value.size() + 8 < kDefaultMaxRequestBytes) body += value + ",";
  body += value + "]}";
  return frame(body);
}

TEST_F(HostileInputTest, MillionsOfEmptyObjectsAreRefusedWithinTheMemoryBound) {
  auto replies = serve(many_values_request("{}") + hello(2));
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(code_of(replies[0]), "invalid_json");
  EXPECT_EQ(replies[1]["type"], "hello");
}

TEST_F(HostileInputTest, MillionsOfNumbersAreRefusedWithinTheMemoryBound) {
  auto replies = serve(many_values_request("0") + hello(2));
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(code_of(replies[0]), "invalid_json");
  EXPECT_EQ(replies[1]["type"], "hello");
}

// A request just under the host's limit made of one string, in the places a string is echoed.
std::string huge_string_request(const std::string& where) {
  std::string huge(kDefaultMaxRequestBytes - 200, 'x');
  if (where == "cookie name") {
    return frame(json{{"type", "decide"},
                      {"id", 1},
                      {"cookies", {{{"name", std::move(huge)}, {"domain", "example.com"}}}}}
                     .dump());
  }
  if (where == "id") return frame(json{{"type", "hello"}, {"id", std::move(huge)}}.dump());
  if (where == "type") return frame(json{{"type", std::move(huge)}, {"id", 1}}.dump());
  return frame(
      json{{"type", "keep_cookie"}, {"id", 1}, {"site", std::move(huge)}, {"name", "n"}}.dump());
}

TEST_F(HostileInputTest, AHugeCookieNameGetsABoundedReply) {
  auto replies = serve(huge_string_request("cookie name") + hello(2));
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_TRUE(replies[0]["type"] == "decide" || code_of(replies[0]) == "reply_too_large")
      << replies[0].dump().substr(0, 300);
  EXPECT_EQ(replies[1]["type"], "hello");
}

TEST_F(HostileInputTest, AHugeIdIsNotEchoedPastTheReplyLimit) {
  auto replies = serve(huge_string_request("id") + hello(2));
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(code_of(replies[0]), "reply_too_large");
  EXPECT_EQ(replies[1]["type"], "hello");
}

TEST_F(HostileInputTest, AHugeTypeIsAnUnknownType) {
  auto replies = serve(huge_string_request("type") + hello(2));
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(replies[0]["type"], "error");
  EXPECT_EQ(replies[1]["type"], "hello");
}

TEST_F(HostileInputTest, AHugeSiteIsRefused) {
  auto replies = serve(huge_string_request("site") + hello(2));
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(replies[0]["type"], "error");
  EXPECT_EQ(replies[1]["type"], "hello");
}

TEST_F(HostileInputTest, InvalidUtf8IsRefusedWhereverItIs) {
  const std::vector<std::string> bodies = {
      "{\"type\":\"hello\",\"id\":\"\xff\"}",              // never valid in UTF-8
      "{\"type\":\"hello\",\"id\":\"\xc0\xaf\"}",          // overlong '/'
      "{\"type\":\"hello\",\"id\":\"\xed\xa0\x80\"}",      // encoded surrogate
      "{\"type\":\"hello\",\"id\":\"\\ud800\"}",           // lone surrogate escape
      "{\"type\":\"hello\",\"id\":\"\xe2\x82\"}",          // cut sequence
      "{\"type\":\"hello\",\"id\":\"\xf4\x90\x80\x80\"}",  // above U+10FFFF
      "{\"type\":\"decide\",\"id\":1,\"cookies\":[{\"name\":\"a\xfe\",\"domain\":\"x.com\"}]}",
      std::string("{\"type\":\"hello\",\"id\":\"a\0b\"}", 25),  // raw NUL in a string
  };
  std::string input;
  for (const std::string& body : bodies) input += frame(body);
  auto replies = serve(input + hello(99));
  ASSERT_EQ(replies.size(), bodies.size() + 1);
  for (size_t i = 0; i < bodies.size(); ++i) EXPECT_EQ(code_of(replies[i]), "invalid_json") << i;
  EXPECT_EQ(replies.back()["type"], "hello");
}

TEST_F(HostileInputTest, NumbersOutOfRangeAreRefusedOrClampedNeverMisread) {
  const std::vector<std::string> bodies = {
      R"({"type":"deletion_log","id":1,"limit":1e400})",
      R"({"type":"deletion_log","id":2,"limit":18446744073709551616})",
      R"({"type":"deletion_log","id":3,"limit":-1,"offset":-1})",
      R"({"type":"deletion_log","id":4,"offset":1e300,"since":-1e308,"until":1.7e308})",
      R"({"type":"deletion_log","id":5,"limit":9223372036854775807,"offset":18446744073709551615})",
      R"({"type":"decide","id":6,"cookies":[{"name":"a","domain":"x.com","expirationDate":1e308,"session":false}]})",
      R"({"type":"decide","id":7,"cookies":[{"name":"a","domain":"x.com","expirationDate":-1.7e308,"session":false}]})",
      R"({"type":"decide","id":8,"cookies":[{"name":"a","domain":"x.com","expirationDate":18446744073709551615}]})",
      R"({"type":"decide","id":9,"cookies":[{"name":"a","domain":"x.com","expirationDate":-0.0}]})",
      R"({"type":"hello","id":1e308})",
      R"({"type":"hello","id":-9223372036854775809})",
      R"({"type":"restore","id":12,"entry_id":"d-99999999999999999999999-1"})",
  };
  std::string input;
  for (const std::string& body : bodies) input += frame(body);
  auto replies = serve(std::move(input));
  ASSERT_EQ(replies.size(), bodies.size());
  const std::set<std::string> clear = {"", "invalid_json", "invalid_request", "not_found"};
  for (size_t i = 0; i < bodies.size(); ++i) {
    EXPECT_TRUE(clear.count(code_of(replies[i]))) << bodies[i] << " -> " << replies[i];
  }
  EXPECT_EQ(code_of(replies[0]), "invalid_json");  // not a finite number
}

TEST_F(HostileInputTest, DuplicateKeysAreRefusedAndChangeNothing) {
  auto replies = serve(
      frame(R"({"type":"hello","type":"decide","id":1})") +
      frame(
          R"({"type":"import_settings","id":2,"settings":{"format":"consentry-settings","version":1,"allowed":{"targeting":true,"targeting":false}}})") +
      frame(R"({"type":"get_preferences","id":3})"));
  ASSERT_EQ(replies.size(), 3u);
  EXPECT_EQ(code_of(replies[0]), "invalid_json");
  EXPECT_NE(replies[0]["message"].get<std::string>().find("duplicate"), std::string::npos);
  EXPECT_EQ(code_of(replies[1]), "invalid_json");
  EXPECT_EQ(replies[2]["preferences"]["allowed"]["targeting"], false);
}

TEST_F(HostileInputTest, LengthPrefixZeroIsAnErrorAndServingGoesOn) {
  auto replies = serve(length_prefix(0) + length_prefix(0) + hello(3));
  ASSERT_EQ(replies.size(), 3u);
  EXPECT_EQ(code_of(replies[0]), "invalid_json");
  EXPECT_EQ(code_of(replies[1]), "invalid_json");
  EXPECT_EQ(replies[2]["type"], "hello");
}

TEST_F(HostileInputTest, LengthPrefixMaxIsTooLargeAndACleanExitWithoutAllocating) {
  auto replies = serve(hello(1) + length_prefix(0xffffffff) + std::string(1 << 20, 'x'), 1);
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(replies[0]["type"], "hello");
  EXPECT_EQ(code_of(replies[1]), "too_large");
}

TEST_F(HostileInputTest, APrefixUnderAHighLimitReservesNothingItDidNotReceive) {
  // With a 1 GiB limit, a 1 GiB prefix followed by a few bytes must not cost 1 GiB.
  auto replies =
      serve(length_prefix((1u << 30) - 1) + "{\"type\":", 1, {"--max-message-bytes", "1073741824"});
  EXPECT_TRUE(replies.empty());
}

TEST_F(HostileInputTest, AStreamOfRandomFramesGetsOneErrorReplyEach) {
  std::mt19937 random(20261123);
  std::string input;
  const size_t count = 3000;
  for (size_t i = 0; i < count; ++i) {
    std::string body(random() % 300, '\0');
    for (char& byte : body) byte = static_cast<char>(random());
    input += frame(body);
  }
  auto replies = serve(input + hello(1));
  ASSERT_EQ(replies.size(), count + 1);
  for (size_t i = 0; i < count; ++i) {
    EXPECT_TRUE(code_of(replies[i]) == "invalid_json" || code_of(replies[i]) == "invalid_request")
        << replies[i];
  }
  EXPECT_EQ(replies.back()["type"], "hello");
}

TEST_F(HostileInputTest, PureGarbageEndsTheSessionCleanly) {
  std::mt19937 random(7);
  std::string garbage(4 << 20, '\0');
  for (char& byte : garbage) byte = static_cast<char>(random());
  HostRun run = run_host(dir, {"serve"}, std::move(garbage));
  EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 1) << "exit " << run.exit_code << "\n"
                                                        << run.err;
  expect_bounded_memory(run);
  std::vector<json> replies;
  ASSERT_NO_THROW(replies = replies_in(run.out));
  for (const json& reply : replies) EXPECT_EQ(reply["type"], "error") << reply;
}

// Site and cookie names are data: never a path, a command or a format string. spdlog reports a
// bad format string as "LOG ERROR" on stderr instead of throwing, so stderr is checked for it.
TEST_F(HostileInputTest, SiteAndCookieNamesThatLookLikePathsOrFormatsAreOnlyData) {
  const std::string name = "../../etc/passwd%s%n%x{}{:>999999999}{0}$(touch pwned)`id`";
  json cookie = {{"name", name}, {"value", "%n{}"}, {"domain", "example.com"}, {"path", "/../../"}};
  auto replies = serve(frames_of({
      {{"type", "keep_cookie"}, {"id", 1}, {"site", "example.com"}, {"name", name}},
      {{"type", "set_preferences"},
       {"id", 2},
       {"site", "../../etc"},
       {"allowed", {{"targeting", true}}}},
      {{"type", "set_preferences"},
       {"id", 3},
       {"site", "%s%n{}"},
       {"allowed", {{"targeting", true}}}},
      {{"type", "decide"}, {"id", 4}, {"site", "../../etc/%n"}, {"cookies", {cookie}}},
      {{"type", "record_deletions"},
       {"id", 5},
       {"deletions",
        {{{"cookie", cookie},
          {"site", "example.com"},
          {"category", "targeting"},
          {"reason", "{}%s"}}}}},
      {{"type", "deletion_log"}, {"id", 6}, {"site", "%n{}/.."}, {"site_contains", true}},
      {{"type", "hello"}, {"id", name}},
  }));
  ASSERT_EQ(replies.size(), 7u);
  EXPECT_EQ(replies[0]["keep_list"], json::array({{{"site", "example.com"}, {"name", name}}}));
  EXPECT_EQ(code_of(replies[1]), "invalid_request");
  EXPECT_EQ(code_of(replies[2]), "invalid_request");
  EXPECT_EQ(replies[3]["type"], "decide") << replies[3];
  EXPECT_EQ(replies[4]["recorded"], 1);
  EXPECT_EQ(replies[5]["total"], 0);
  EXPECT_EQ(replies[6]["id"], name);
  EXPECT_EQ(file_contents(dir / "stderr").find("LOG ERROR"), std::string::npos);
  std::set<std::string> top_level;
  for (const auto& entry : boost::filesystem::directory_iterator(dir.path())) {
    top_level.insert(entry.path().filename().string());
  }
  EXPECT_EQ(top_level, (std::set<std::string>{"data", "stdin", "stdout", "stderr"}));
  for (const auto& entry : boost::filesystem::recursive_directory_iterator(dir / "data")) {
    std::string file = entry.path().filename().string();
    EXPECT_TRUE(file.starts_with("preferences.") || file.starts_with("deletions.")) << file;
  }
}

TEST_F(HostileInputTest, ClassifyTakesPathAndFormatLookingNamesAsData) {
  std::string line = R"({"name":"%s%n{}../../x","domain":"../../etc","value":"{:>999999999}"})";
  HostRun run = run_host(dir, {"classify"}, line + "\n" + line + "\n");
  EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 1) << run.err;
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 2);
  EXPECT_EQ(run.err.find("LOG ERROR"), std::string::npos);
}

}  // namespace
}  // namespace consentry::testing

namespace consentry::testing {
namespace {

// A page controls everything in a declaration: counts and sizes are refused before anything is
// stored, names that look like paths stay names, and a site is never a path.
TEST_F(HostileInputTest, AHostileDeclarationIsRefusedOrStoredOnlyAsData) {
  json entry = {
      {"name", "../../etc/passwd%s{}"}, {"category", "targeting"}, {"label", "{:>999999999}"}};
  json huge_count = json::array();
  for (int i = 0; i < 20'000; ++i)
    huge_count.push_back({{"name", "c" + std::to_string(i)}, {"category", "targeting"}});
  auto replies = serve(frames_of({
      {{"type", "declare"},
       {"id", 1},
       {"site", "example.com"},
       {"cmp", "cookiebot"},
       {"cookies", huge_count}},
      {{"type", "declare"},
       {"id", 2},
       {"site", "example.com"},
       {"cmp", "cookiebot"},
       {"cookies", {{{"name", std::string(100'000, 'n')}, {"category", "targeting"}}}}},
      {{"type", "declare"},
       {"id", 3},
       {"site", "../../etc"},
       {"cmp", "cookiebot"},
       {"cookies", {entry}}},
      {{"type", "declare"},
       {"id", 4},
       {"site", "example.com"},
       {"cmp", "../../x"},
       {"cookies", {entry}}},
      {{"type", "declare"},
       {"id", 5},
       {"site", "example.com"},
       {"cmp", "cookiebot"},
       {"cookies", {{{"name", "*a*"}, {"pattern", true}, {"category", "targeting"}}}}},
      {{"type", "declare"},
       {"id", 6},
       {"site", "https://example.com/../../x"},
       {"cmp", "cookiebot"},
       {"cookies", {entry}}},
      {{"type", "decide"},
       {"id", 7},
       {"cookies", {{{"name", entry["name"]}, {"domain", "example.com"}, {"session", false}}}}},
  }));
  ASSERT_EQ(replies.size(), 7u);
  for (size_t i = 0; i < 5; ++i)
    EXPECT_EQ(code_of(replies[i]), "invalid_request") << replies[i].dump().substr(0, 300);
  EXPECT_EQ(replies[5]["site"], "example.com");
  EXPECT_EQ(replies[6]["results"][0]["category"], "targeting");
  std::set<std::string> declared;
  for (const auto& file : boost::filesystem::directory_iterator(dir / "data" / "declarations")) {
    declared.insert(file.path().filename().string());
  }
  EXPECT_EQ(declared, (std::set<std::string>{"example.com.json"}));
}

}  // namespace
}  // namespace consentry::testing
