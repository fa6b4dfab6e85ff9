#include "json/untrusted_json.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

std::string nested_arrays(size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

std::string error_of(std::string_view text) {
  try {
    parse_untrusted_json(text);
  } catch (const InvalidJson& error) {
    return error.what();
  }
  return "";
}

TEST(UntrustedJsonTest, ParsesOrdinaryDocuments) {
  auto json = parse_untrusted_json(R"({"type":"decide","id":[1,{"x":null}],"n":-2.5,"é":"ü"})");
  EXPECT_EQ(json["type"], "decide");
  EXPECT_EQ(json["id"][1]["x"], nullptr);
  EXPECT_EQ(json["n"], -2.5);
  EXPECT_EQ(json["é"], "ü");
  EXPECT_EQ(parse_untrusted_json("7"), 7);
}

TEST(UntrustedJsonTest, NestingUpToTheCapIsAccepted) {
  EXPECT_NO_THROW(parse_untrusted_json(nested_arrays(kMaxJsonDepth)));
  EXPECT_NO_THROW(parse_untrusted_json(R"({"a":{"b":[1]}})", 3));
}

TEST(UntrustedJsonTest, NestingBeyondTheCapIsRefused) {
  EXPECT_NE(error_of(nested_arrays(kMaxJsonDepth + 1)).find("nesting deeper than 64"),
            std::string::npos);
  EXPECT_THROW(parse_untrusted_json(R"({"a":{"b":[1]}})", 2), InvalidJson);
}

TEST(UntrustedJsonTest, AMillionOpenBracketsAreRefusedWithoutOverflowingTheStack) {
  EXPECT_THROW(parse_untrusted_json(std::string(1'000'000, '[')), InvalidJson);
  EXPECT_THROW(parse_untrusted_json(std::string(500'000, '{')), InvalidJson);
}

TEST(UntrustedJsonTest, DuplicateKeysAreRefused) {
  EXPECT_NE(error_of(R"({"id":1,"id":2})").find("duplicate key \"id\""), std::string::npos);
  EXPECT_THROW(parse_untrusted_json(R"({"a":{"x":1,"x":1}})"), InvalidJson);
  EXPECT_NO_THROW(parse_untrusted_json(R"({"a":{"x":1},"b":{"x":1}})"));
}

// Keys of one length with the same first and last bytes look alike to the quick check of small
// objects; they must still be told apart, and a repeat among them found.
TEST(UntrustedJsonTest, KeysThatLookAlikeAreComparedWhole) {
  std::string object = "{";
  for (char middle = 'a'; middle < 'a' + 15; ++middle)
    object += std::string("\"k") + middle + "x\":0,";
  EXPECT_NO_THROW(parse_untrusted_json(object + "\"kzx\":0}"));
  EXPECT_NE(error_of(object + "\"kax\":1}").find("duplicate key \"kax\""), std::string::npos);
  EXPECT_NE(error_of(R"({"":1,"a":2,"":3})").find("duplicate key \"\""), std::string::npos);
}

TEST(UntrustedJsonTest, InvalidUtf8IsRefused) {
  EXPECT_THROW(parse_untrusted_json("\"\xff\xfe\""), InvalidJson);
  EXPECT_THROW(parse_untrusted_json("{\"name\":\"\xc3\"}"), InvalidJson);
}

TEST(UntrustedJsonTest, TheValueCapHoldsForTheDom) {
  std::string many = "[";
  for (size_t i = 0; i < kMaxJsonValues; ++i) many += "0,";
  many += "0]";
  EXPECT_NE(error_of(many).find("more than 200000 values"), std::string::npos);
}

TEST(UntrustedJsonTest, TheParserReadsOneDocumentAfterAnother) {
  UntrustedJsonParser parser;
  EXPECT_EQ(std::string_view(parser.parse(R"({"a":"first"})")["a"]), "first");
  EXPECT_THROW(parser.parse(R"({"a":1,"a":2})"), InvalidJson);
  std::string big = R"({"a":")" + std::string(3 << 20, 'x') + R"("})";
  EXPECT_EQ(std::string_view(parser.parse(big)["a"]).size(), size_t{3} << 20);
  EXPECT_EQ(int64_t(parser.parse("[7]").at(0)), 7);  // after giving back the big buffers
  EXPECT_THROW(parser.parse(nested_arrays(kMaxJsonDepth + 1)), InvalidJson);
}

TEST(UntrustedJsonTest, LargeObjectsAreCheckedForDuplicatesToo) {
  std::string object = "{";
  for (int i = 0; i < 40; ++i) object += "\"k" + std::to_string(i) + "\":0,";
  EXPECT_NO_THROW(parse_untrusted_json(object + "\"last\":0}"));
  EXPECT_NE(error_of(object + "\"k17\":1}").find("duplicate key \"k17\""), std::string::npos);
}

TEST(UntrustedJsonTest, NumbersOutOfRangeAreRefused) {
  EXPECT_THROW(parse_untrusted_json("1e400"), InvalidJson);
  EXPECT_THROW(parse_untrusted_json("[-1e999]"), InvalidJson);
}

TEST(UntrustedJsonTest, NotJsonIsRefused) {
  EXPECT_FALSE(error_of("{\"a\":").empty());
  EXPECT_EQ(error_of("\"\xff\""), "invalid UTF-8");
  EXPECT_EQ(error_of("   "), "no JSON value");
  EXPECT_EQ(error_of(std::string_view()), "no JSON value");
  EXPECT_THROW(parse_untrusted_json(""), InvalidJson);
  EXPECT_THROW(parse_untrusted_json("{} x"), InvalidJson);
  EXPECT_THROW(parse_untrusted_json("{'a':1}"), InvalidJson);
  EXPECT_THROW(parse_untrusted_json("// comment\n{}"), InvalidJson);
}

}  // namespace
}  // namespace consentry
