#include "store/declaration_store.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>
#include <fstream>

#include "json/declaration_json.h"
#include "support/temp_dir.h"

namespace consentry::testing {
namespace {

namespace fs = boost::filesystem;

SiteDeclaration declaration_of(const std::string& site, Category category = Category::targeting) {
  return SiteDeclaration(site, "cookiebot", 1795435200,
                         {{"tracker", false, category, std::string(category_name(category))},
                          {"_ga_*", true, Category::performance, "statistics"}});
}

TEST(DeclarationStore, ASavedDeclarationIsFoundAgainAfterARestart) {
  TempDir dir;
  EXPECT_TRUE(DeclarationStore(dir.path()).save(declaration_of("example.com")));
  DeclarationStore restarted(dir.path());
  const SiteDeclaration* found = restarted.find("example.com");
  ASSERT_NE(found, nullptr);
  EXPECT_TRUE(found->same_contents(declaration_of("example.com")));
  EXPECT_EQ(found->time(), 1795435200);
  EXPECT_EQ(restarted.find("other.com"), nullptr);
  EXPECT_EQ(restarted.count(), 1u);
}

TEST(DeclarationStore, TheSameDeclarationAgainChangesNothing) {
  TempDir dir;
  DeclarationStore store(dir.path());
  EXPECT_TRUE(store.save(declaration_of("example.com")));
  EXPECT_FALSE(store.save(declaration_of("example.com")));
  EXPECT_TRUE(store.save(declaration_of("example.com", Category::necessary)));
  EXPECT_EQ(store.find("example.com")->find("tracker")->category, Category::necessary);
}

TEST(DeclarationStore, AnotherHostsDeclarationIsSeenAfterRefresh) {
  TempDir dir;
  DeclarationStore reader(dir.path());
  EXPECT_EQ(reader.find("example.com"), nullptr);
  DeclarationStore(dir.path()).save(declaration_of("example.com"));
  reader.refresh();
  EXPECT_NE(reader.find("example.com"), nullptr);
  DeclarationStore(dir.path()).forget("example.com");
  reader.refresh();
  EXPECT_EQ(reader.find("example.com"), nullptr);
}

TEST(DeclarationStore, ForgetRemovesOnlyThatSite) {
  TempDir dir;
  DeclarationStore store(dir.path());
  store.save(declaration_of("a.com"));
  store.save(declaration_of("b.com"));
  EXPECT_TRUE(store.forget("a.com"));
  EXPECT_FALSE(store.forget("a.com"));
  EXPECT_EQ(store.find("a.com"), nullptr);
  EXPECT_NE(store.find("b.com"), nullptr);
}

TEST(DeclarationStore, TheSiteDeclaredLongestAgoMakesRoom) {
  TempDir dir;
  DeclarationStore store(dir.path(), 3);
  for (const char* site : {"a.com", "b.com", "c.com"}) store.save(declaration_of(site));
  fs::last_write_time(dir.path() / "declarations" / "b.com.json", 1000);  // the oldest
  store.save(declaration_of("d.com"));
  EXPECT_EQ(store.count(), 3u);
  store.refresh();
  EXPECT_EQ(store.find("b.com"), nullptr);
  EXPECT_NE(store.find("a.com"), nullptr);
  EXPECT_NE(store.find("d.com"), nullptr);
}

TEST(DeclarationStore, SitesThatCannotBeFileNamesAreRefused) {
  TempDir dir;
  DeclarationStore store(dir.path());
  for (const char* site : {"../x", ".hidden", "a/b", "UPPER.com", "", "a b.com"}) {
    EXPECT_THROW(store.save(declaration_of(site)), InvalidDeclaration) << site;
    EXPECT_EQ(store.find(site), nullptr);
  }
  EXPECT_FALSE(fs::exists(dir.path() / "x.json"));
}

TEST(DeclarationStore, ADamagedOrForeignFileCountsAsNoDeclaration) {
  TempDir dir;
  DeclarationStore store(dir.path());
  store.save(declaration_of("a.com"));
  store.save(declaration_of("b.com"));
  std::ofstream(dir.path().string() + "/declarations/a.com.json") << "{\"site\": \"a.com\", \"cook";
  fs::copy_file(dir.path() / "declarations" / "b.com.json",
                dir.path() / "declarations" / "c.com.json");
  store.refresh();
  EXPECT_EQ(store.find("a.com"), nullptr);
  EXPECT_EQ(store.find("c.com"), nullptr);           // says it is b.com's
  EXPECT_TRUE(store.save(declaration_of("a.com")));  // replaced by the next declaration
  EXPECT_NE(store.find("a.com"), nullptr);
}

}  // namespace
}  // namespace consentry::testing
