#include "cli/classify_command.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace consentry {
namespace {

using nlohmann::json;

const Classifier& classifier() {
  static auto loaded = Classifier::load_builtin();
  return *loaded;
}

constexpr double kNow = 1.75e9;

struct Line {
  bool ok = false;
  std::string json;
};

Line classified(std::string_view input) {
  UntrustedJsonParser parser;
  Line line;
  line.ok = classify_line(parser, classifier(), input, kNow, line.json);
  return line;
}

TEST(ClassifyCommandTest, AValidCookieGivesItsClassification) {
  Line line = classified(
      R"({"name":"_ga","value":"GA1.2.1.2","domain":".example.com","expirationDate":1893456000})");
  EXPECT_TRUE(line.ok);
  EXPECT_EQ(line.json.find('\n'), std::string::npos);
  json out = json::parse(line.json);
  EXPECT_EQ(out["category"], "performance");
  for (const char* field : {"confidence", "reason", "rule", "vendor"})
    EXPECT_TRUE(out.contains(field)) << field;
}

TEST(ClassifyCommandTest, NotJsonIsAnErrorLine) {
  Line line = classified("{nope");
  EXPECT_FALSE(line.ok);
  EXPECT_NE(json::parse(line.json)["error"].get<std::string>().find("not valid JSON"),
            std::string::npos);
  EXPECT_FALSE(classified("").ok);
  EXPECT_FALSE(classified(std::string(200, '[')).ok);
}

TEST(ClassifyCommandTest, NotACookieIsAnErrorLineNamingTheField) {
  Line line = classified(R"({"name":"x","domain":7})");
  EXPECT_FALSE(line.ok);
  EXPECT_NE(json::parse(line.json)["error"].get<std::string>().find("domain"), std::string::npos);
}

TEST(ClassifyCommandTest, OneParserServesLineAfterLine) {
  UntrustedJsonParser parser;
  std::string out;
  EXPECT_TRUE(
      classify_line(parser, classifier(), R"({"name":"PHPSESSID","domain":"a.org"})", kNow, out));
  out += '\n';
  EXPECT_FALSE(classify_line(parser, classifier(), R"({"name":"a","name":"b","domain":"a.org"})",
                             kNow, out));
  out += '\n';
  EXPECT_TRUE(
      classify_line(parser, classifier(), R"({"name":"_fbp","domain":".a.org"})", kNow, out));
  std::vector<json> lines;
  for (size_t start = 0, end; start < out.size(); start = end + 1) {
    end = std::min(out.find('\n', start), out.size());
    lines.push_back(json::parse(out.substr(start, end - start)));
  }
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["category"], "necessary");
  EXPECT_NE(lines[1]["error"].get<std::string>().find("duplicate key"), std::string::npos);
  EXPECT_EQ(lines[2]["category"], "targeting");
}

}  // namespace
}  // namespace consentry
