#include "store/data_dir.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <boost/filesystem/operations.hpp>
#include <cstdlib>

#include "support/environment_scope.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;

TEST(DataDirTest, TheOptionWinsThenTheEnvironmentVariable) {
  testing::EnvironmentScope environment;
  environment.set("CONSENTRY_DATA_DIR", "/srv/from-env");
  EXPECT_EQ(resolve_data_dir(std::string("/srv/from-option")), fs::path("/srv/from-option"));
  EXPECT_EQ(resolve_data_dir(std::nullopt), fs::path("/srv/from-env"));
  EXPECT_EQ(resolve_data_dir(std::string("relative")), fs::current_path() / "relative");
}

#ifndef __APPLE__
TEST(DataDirTest, XdgConfigHomeThenHome) {
  testing::EnvironmentScope environment;
  environment.set("CONSENTRY_DATA_DIR", "");
  environment.set("HOME", "/home/u");
  environment.set("XDG_CONFIG_HOME", "/home/u/xdg");
  EXPECT_EQ(resolve_data_dir(std::nullopt), fs::path("/home/u/xdg/consentry"));
  environment.set("XDG_CONFIG_HOME", "not/absolute");  // the XDG spec says: ignore it
  EXPECT_EQ(resolve_data_dir(std::nullopt), fs::path("/home/u/.config/consentry"));
  environment.set("XDG_CONFIG_HOME", nullptr);
  EXPECT_EQ(resolve_data_dir(std::nullopt), fs::path("/home/u/.config/consentry"));
}
#endif

TEST(DataDirTest, NoHomeAndNoOverrideIsAClearError) {
  testing::EnvironmentScope environment;
  environment.set("CONSENTRY_DATA_DIR", nullptr);
  environment.set("XDG_CONFIG_HOME", nullptr);
  environment.set("HOME", nullptr);
  try {
    resolve_data_dir(std::nullopt);
    FAIL() << "resolved without HOME";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("HOME"), std::string::npos);
  }
}

TEST(DataDirTest, CreatedFoldersArePrivate) {
  testing::TempDir dir;
  create_data_dir(dir / "a/b");
  struct stat status {};
  ASSERT_EQ(::stat((dir / "a/b").c_str(), &status), 0);
  EXPECT_EQ(status.st_mode & 0777, 0700u);
  create_data_dir(dir / "a/b");  // exists already: fine
}

}  // namespace
}  // namespace consentry
