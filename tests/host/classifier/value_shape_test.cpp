#include "classifier/value_shape.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

TEST(ValueShape, Uuids) {
  EXPECT_TRUE(value_shape("3f2a9c1e-1234-4abc-9def-0123456789ab").uuid);
  EXPECT_TRUE(value_shape("3f2a9c1e12344abc9def0123456789ab").uuid);
  EXPECT_FALSE(value_shape("3f2a9c1e-1234-4abc-9def-0123456789ag").uuid);
}

TEST(ValueShape, ClientIds) {
  EXPECT_TRUE(value_shape("GA1.2.1234567890.1700000000").client_id);
  EXPECT_TRUE(value_shape("fb.1.1700000000000.1234567890").client_id);
  EXPECT_TRUE(value_shape("1234567890.1700000000").client_id);
  EXPECT_FALSE(value_shape("1.2.3").client_id);
  EXPECT_FALSE(value_shape("version.12345.67890").client_id);
}

TEST(ValueShape, RandomIdsButNotWords) {
  EXPECT_TRUE(value_shape("a8Kq2ZpL0xW4nT7yB3").random_id);
  EXPECT_TRUE(value_shape("12345678901234567890").random_id);
  EXPECT_FALSE(value_shape("remember_me_please_thanks").random_id);
  EXPECT_FALSE(value_shape("short1").random_id);
}

TEST(ValueShape, SettingsButNotBareCodesOrIds) {
  EXPECT_TRUE(value_shape("en-GB").setting);
  EXPECT_TRUE(value_shape("pt_br").setting);
  EXPECT_TRUE(value_shape("EUR").setting);
  EXPECT_TRUE(value_shape("Europe%2FBerlin").setting);
  EXPECT_TRUE(value_shape("dark").setting);
  EXPECT_TRUE(value_shape("closed").setting);
  EXPECT_FALSE(value_shape("US").setting);
  EXPECT_FALSE(value_shape("en").setting);
  EXPECT_FALSE(value_shape("a1-b2").setting);
  EXPECT_FALSE(value_shape("darkness").setting);
}

TEST(ValueShape, Timestamps) {
  EXPECT_TRUE(value_shape("visited:1700000000").timestamp);
  EXPECT_TRUE(value_shape("1700000000123").timestamp);
  EXPECT_FALSE(value_shape("12345").timestamp);
  EXPECT_FALSE(value_shape("17000000001").timestamp);
}

TEST(ValueShape, StructuredValues) {
  EXPECT_TRUE(value_shape(R"({"theme":"dark"})").json);
  EXPECT_TRUE(value_shape("%7B%22theme%22%3A%22dark%22%7D").json);
  EXPECT_TRUE(value_shape("%7B%22theme%22%3A%22dark%22%7D").url_encoded);
  EXPECT_TRUE(value_shape("eyJhbGciOiJIUzI1NiJ9+abc/def==").base64);
  EXPECT_FALSE(value_shape("100%").url_encoded);
}

TEST(ValueShape, FlagsAndEmpty) {
  EXPECT_TRUE(value_shape("1").flag);
  EXPECT_TRUE(value_shape("true").flag);
  EXPECT_TRUE(value_shape("\"yes\"").flag);
  EXPECT_FALSE(value_shape("a-much-longer-value").flag);
  EXPECT_TRUE(value_shape("").empty);
  EXPECT_FALSE(value_shape("").is_id());
}

}  // namespace
}  // namespace consentry
