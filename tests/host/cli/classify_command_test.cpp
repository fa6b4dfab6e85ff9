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

TEST(ClassifyCommandTest, AValidCookieGivesItsClassification) {
  ClassifiedLine line = classify_line(
      classifier(), R"({"name":"_ga","value":"GA1.2.1.2","domain":".example.com","expirationDate":1893456000})", kNow);
  EXPECT_TRUE(line.ok);
  EXPECT_EQ(line.json.find('\n'), std::string::npos);
  json out = json::parse(line.json);
  EXPECT_EQ(out["category"], "performance");
  for (const char* field : {"confidence", "reason", "rule", "vendor"}) EXPECT_TRUE(out.contains(field)) << field;
}

TEST(ClassifyCommandTest, NotJsonIsAnErrorLine) {
  ClassifiedLine line = classify_line(classifier(), "{nope", kNow);
  EXPECT_FALSE(line.ok);
  EXPECT_NE(json::parse(line.json)["error"].get<std::string>().find("not valid JSON"), std::string::npos);
  EXPECT_FALSE(classify_line(classifier(), "", kNow).ok);
  EXPECT_FALSE(classify_line(classifier(), std::string(200, '[') , kNow).ok);
}

TEST(ClassifyCommandTest, NotACookieIsAnErrorLineNamingTheField) {
  ClassifiedLine line = classify_line(classifier(), R"({"name":"x","domain":7})", kNow);
  EXPECT_FALSE(line.ok);
  EXPECT_NE(json::parse(line.json)["error"].get<std::string>().find("domain"), std::string::npos);
}

}  // namespace
}  // namespace consentry
