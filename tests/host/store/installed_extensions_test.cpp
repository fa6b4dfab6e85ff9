#include "store/installed_extensions.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "store/atomic_file.h"
#include "store/storage_error.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;
using testing::TempDir;

constexpr const char* kOtherChromiumId = "abcdefghijklmnopabcdefghijklmnop";

struct InstalledExtensionsTest : ::testing::Test {
  TempDir temp;
  fs::path data = temp / "data";
  fs::path file = installed_extensions_file(data);

  void write_record(const std::string& text) {
    fs::create_directories(data);
    write_file_atomically(file, text);
  }
};

TEST_F(InstalledExtensionsTest, NoRecordMeansNoExtraIds) {
  EXPECT_TRUE(read_installed_extensions(data).empty());
  EXPECT_FALSE(fs::exists(data));
}

TEST_F(InstalledExtensionsTest, RecordedIdsAreReadBackAndTheLastOneForgottenRemovesTheFile) {
  EXPECT_EQ(record_installed_extensions(data, {{kOtherChromiumId}, {"beta@consentry.org"}}), file);
  EXPECT_EQ(record_installed_extensions(data, {{}, {"gamma@consentry.org"}}), file);
  EXPECT_EQ(record_installed_extensions(data, {{kOtherChromiumId}, {}}), std::nullopt);
  EXPECT_EQ(read_installed_extensions(data),
            (ExtensionIds{{kOtherChromiumId}, {"beta@consentry.org", "gamma@consentry.org"}}));

  EXPECT_EQ(forget_installed_extensions(data, {{kOtherChromiumId}, {"beta@consentry.org"}}), file);
  EXPECT_EQ(read_installed_extensions(data), (ExtensionIds{{}, {"gamma@consentry.org"}}));
  EXPECT_EQ(forget_installed_extensions(data, {{}, {"gamma@consentry.org"}}), file);
  EXPECT_FALSE(fs::exists(file));
  EXPECT_EQ(forget_installed_extensions(data, {{}, {"gamma@consentry.org"}}), std::nullopt);
}

TEST_F(InstalledExtensionsTest, ARecordThatIsNotOneIsRefusedNamingTheFileAndNeverReplaced) {
  const std::vector<std::string> not_records = {
      "{broken",
      R"({"format": "consentry-settings", "version": 1, "chromium": [], "firefox": []})",
      R"({"format": "consentry-installed-extensions", "version": 2, "chromium": [], "firefox": []})",
      R"({"format": "consentry-installed-extensions", "version": 1, "chromium": []})",
      R"({"format": "consentry-installed-extensions", "version": 1, "chromium": ["a@b.org"], "firefox": []})",
      R"({"format": "consentry-installed-extensions", "version": 1, "chromium": [], "firefox": [7]})",
      R"({"format": "consentry-installed-extensions", "format": "x", "version": 1, "chromium": [], "firefox": []})",
  };
  for (const std::string& text : not_records) {
    write_record(text);
    try {
      read_installed_extensions(data);
      ADD_FAILURE() << "accepted " << text;
    } catch (const StorageError& error) {
      EXPECT_NE(std::string(error.what()).find(file.string()), std::string::npos) << error.what();
    }
    EXPECT_THROW(record_installed_extensions(data, {{}, {"beta@consentry.org"}}), StorageError);
    EXPECT_EQ(read_file(file), text);
  }
}

}  // namespace
}  // namespace consentry
