#include "json/json_writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>

namespace consentry {
namespace {

TEST(JsonWriterTest, PlacesCommasBetweenSiblingsOnly) {
  std::string out;
  JsonWriter writer(out);
  writer.begin_object();
  writer.member("a", uint64_t{1});
  writer.key("list");
  writer.begin_array();
  writer.string("x");
  writer.begin_object();
  writer.end_object();
  writer.null();
  writer.end_array();
  writer.member("ok", true);
  writer.end_object();
  EXPECT_EQ(out, R"({"a":1,"list":["x",{},null],"ok":true})");
}

TEST(JsonWriterTest, EscapesWhatJsonRequires) {
  std::string out;
  JsonWriter(out).string("q\"b\\n\n\t\x01 é");
  EXPECT_EQ(out, "\"q\\\"b\\\\n\\n\\t\\u0001 é\"");
  EXPECT_EQ(nlohmann::json::parse(out), "q\"b\\n\n\t\x01 é");
}

// Strings long enough for the 8-byte scan, with the byte to escape at every position.
TEST(JsonWriterTest, EscapesAtEveryPositionOfALongString) {
  for (char special : {'"', '\\', '\n', '\x1f'}) {
    for (size_t at = 0; at < 24; ++at) {
      std::string text(24, 'a');
      text[at] = special;
      text += "\xc3\xa9";
      std::string out;
      JsonWriter(out).string(text);
      EXPECT_EQ(nlohmann::json::parse(out), text) << at;
    }
  }
}

TEST(JsonWriterTest, InvalidUtf8BecomesTheReplacementCharacter) {
  std::string out;
  JsonWriter(out).string(
      "a\xff"
      "b\xc3");  // a stray byte, then a sequence cut short
  EXPECT_EQ(nlohmann::json::parse(out),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
}

TEST(JsonWriterTest, NumbersReadBackTheSame) {
  std::string out;
  JsonWriter writer(out);
  writer.begin_array();
  writer.number(0.1);
  writer.number(1795435200.5);
  writer.number(int64_t{-3});
  writer.number(std::numeric_limits<uint64_t>::max());
  writer.number(std::numeric_limits<double>::infinity());
  writer.end_array();
  EXPECT_EQ(out, "[0.1,1795435200.5,-3,18446744073709551615,null]");
}

TEST(JsonWriterTest, EmbedsDomValuesAndRawText) {
  std::string out;
  JsonWriter writer(out);
  writer.begin_object();
  writer.key("dom");
  writer.value(nlohmann::json{{"k", {1, 2}}});
  writer.key("raw");
  writer.raw(R"({"id":7})");
  writer.end_object();
  EXPECT_EQ(out, R"({"dom":{"k":[1,2]},"raw":{"id":7}})");
}

}  // namespace
}  // namespace consentry
