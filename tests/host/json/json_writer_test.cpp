#include "json/json_writer.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
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

// Short plain strings are copied in one piece; either side of that length, and with one byte
// that needs escaping or checking anywhere, the text must come out the same.
TEST(JsonWriterTest, ShortAndLongStringsAreWrittenAlike) {
  for (size_t length = 0; length <= 30; ++length) {
    std::string plain(length, 'a');
    std::string out;
    JsonWriter(out).string(plain);
    EXPECT_EQ(out, "\"" + plain + "\"");
    for (char special : {'"', '\\', '\n', '\x7f', '\xff'}) {
      for (size_t at = 0; at < length; ++at) {
        std::string text = plain;
        text[at] = special;
        out.clear();
        JsonWriter(out).string(text);
        std::string expected =
            special == '\xff' ? plain.substr(0, at) + "\xEF\xBF\xBD" + plain.substr(at + 1) : text;
        EXPECT_EQ(nlohmann::json::parse(out), expected) << length << " " << at;
      }
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

// Numbers between 0 and 1 of up to three decimals take a shortcut; it must write what
// std::to_chars's shortest form writes.
TEST(JsonWriterTest, ShortFractionsAreWrittenAsTheShortestFormIs) {
  auto shortest = [](double value) {
    char text[32];
    return std::string(text, std::to_chars(text, text + sizeof text, value).ptr);
  };
  auto written = [](double value) {
    std::string out;
    JsonWriter(out).number(value);
    return out;
  };
  for (int thousandths = 0; thousandths <= 1000; ++thousandths) {
    double value = thousandths / 1000.0;
    ASSERT_EQ(written(value), shortest(value)) << thousandths;
    ASSERT_EQ(written(thousandths * 0.001), shortest(thousandths * 0.001)) << thousandths;
  }
  for (double value : {-0.0, 1.0 / 3, 0.1 + 0.2, 0.0005, 1e-7, 0.9999, 1.0005, 0.12345, -0.5,
                       std::nextafter(0.95, 1.0), std::numeric_limits<double>::denorm_min()}) {
    EXPECT_EQ(written(value), shortest(value)) << value;
  }
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
