#include "open_cookie_database.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace consentry {
namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path) << text;
  return path;
}

TEST(OpenCookieDatabase, ListsAnalyticsAndMarketingNamesExactlyOrByWildcardPrefix) {
  std::string path = write_temp("ocd-test.json", R"({
    "Google Analytics": [{"cookie": "_ga", "category": "Analytics", "wildcardMatch": "0"},
                         {"cookie": "_gat_", "category": "Analytics", "wildcardMatch": "1"}],
    "Meta": [{"cookie": "_fbp", "category": "Marketing", "wildcardMatch": "0"}],
    "PHP": [{"cookie": "PHPSESSID", "category": "Functional", "wildcardMatch": "0"}]})");
  OpenCookieDatabase database = OpenCookieDatabase::load(path);
  EXPECT_TRUE(database.lists_as_tracking("_ga"));
  EXPECT_TRUE(database.lists_as_tracking("_fbp"));
  EXPECT_TRUE(database.lists_as_tracking("_gat_UA-1234"));
  EXPECT_FALSE(database.lists_as_tracking("_gat"));  // the wildcard's prefix is "_gat_"
  EXPECT_FALSE(database.lists_as_tracking("_ga_extra"));
  EXPECT_FALSE(database.lists_as_tracking("PHPSESSID"));
  std::filesystem::remove(path);
}

TEST(OpenCookieDatabase, AFileOfAnotherShapeIsRefusedNamingIt) {
  std::string path = write_temp("ocd-bad.json", R"({"vendor": [{"name": "x"}]})");
  try {
    OpenCookieDatabase::load(path);
    FAIL() << "accepted a file without \"cookie\"/\"category\"";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find(path), std::string::npos) << error.what();
  }
  std::filesystem::remove(path);
  EXPECT_THROW(OpenCookieDatabase::load(path), std::runtime_error);
}

}  // namespace
}  // namespace consentry
