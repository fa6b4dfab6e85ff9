#include "install/path_search.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>
#include <fstream>

#include "support/environment_scope.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;

void make_file(const fs::path& file, fs::perms mode) {
  fs::create_directories(file.parent_path());
  std::ofstream(file.string()) << "#!/bin/sh\n";
  fs::permissions(file, mode);
}

TEST(PathSearchTest, TheFirstExecutableFileInPathOrderWins) {
  testing::TempDir temp;
  make_file(temp / "a/tool", fs::owner_read | fs::owner_write);  // not executable
  make_file(temp / "b/tool", fs::owner_all);
  make_file(temp / "c/tool", fs::owner_all);
  fs::create_directories(temp / "d/tool");  // a folder is no program
  testing::EnvironmentScope environment;
  std::string path = (temp / "d").string() + "::" + (temp / "a").string() + ":" +
                     (temp / "b").string() + ":" + (temp / "c").string();
  environment.set("PATH", path.c_str());
  EXPECT_EQ(find_on_path("tool"), temp / "b/tool");
  EXPECT_EQ(find_on_path("other"), std::nullopt);
}

TEST(PathSearchTest, NoPathFindsNothingAndTheCurrentFolderIsNeverSearched) {
  testing::TempDir temp;
  make_file(temp / "tool", fs::owner_all);
  fs::path previous = fs::current_path();
  fs::current_path(temp.path());
  testing::EnvironmentScope environment;
  environment.set("PATH", ":");
  EXPECT_EQ(find_on_path("tool"), std::nullopt);
  environment.set("PATH", nullptr);
  EXPECT_EQ(find_on_path("tool"), std::nullopt);
  fs::current_path(previous);
}

}  // namespace
}  // namespace consentry
