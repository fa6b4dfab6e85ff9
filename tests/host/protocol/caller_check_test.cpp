#include "protocol/caller_check.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "store/atomic_file.h"
#include "store/installed_extensions.h"
#include "support/temp_dir.h"

namespace consentry {
namespace {

namespace fs = boost::filesystem;
using testing::TempDir;

constexpr const char* kOtherChromiumId = "abcdefghijklmnopabcdefghijklmnop";
const std::string kOtherOrigin = std::string("chrome-extension://") + kOtherChromiumId + "/";
const std::string kDefaultOrigin = "chrome-extension://bbknmoenegficbneloggpepccmghfhab/";

TEST(CallerCheckTest, WithoutARecordOnlyTheDefaultsMayCall) {
  TempDir temp;
  EXPECT_TRUE(caller_allowed(kDefaultOrigin, temp / "data"));
  EXPECT_TRUE(caller_allowed("consentry@consentry.org", temp / "data"));
  EXPECT_FALSE(caller_allowed(kOtherOrigin, temp / "data"));
  EXPECT_FALSE(caller_allowed("beta@consentry.org", temp / "data"));
  EXPECT_FALSE(caller_allowed("", temp / "data"));
  EXPECT_FALSE(fs::exists(temp / "data"));
}

TEST(CallerCheckTest, RecordedIdsMayCallEachAsItsOwnBrowserPassesIt) {
  TempDir temp;
  record_installed_extensions(temp / "data", {{kOtherChromiumId}, {"beta@consentry.org"}});
  EXPECT_TRUE(caller_allowed(kOtherOrigin, temp / "data"));
  EXPECT_TRUE(caller_allowed("beta@consentry.org", temp / "data"));
  EXPECT_TRUE(caller_allowed(kDefaultOrigin, temp / "data"));
  EXPECT_FALSE(caller_allowed(kOtherChromiumId, temp / "data"));  // Chrome passes an origin
  EXPECT_FALSE(caller_allowed("chrome-extension://beta@consentry.org/", temp / "data"));
  EXPECT_FALSE(
      caller_allowed("chrome-extension://pppppppppppppppppppppppppppppppp/", temp / "data"));
  EXPECT_FALSE(caller_allowed("evil@example.com", temp / "data"));
}

TEST(CallerCheckTest, AnUnreadableRecordAllowsOnlyTheDefaults) {
  TempDir temp;
  fs::create_directories(temp / "data");
  write_file_atomically(installed_extensions_file(temp / "data"), "{broken");
  EXPECT_TRUE(caller_allowed("consentry@consentry.org", temp / "data"));
  EXPECT_TRUE(caller_allowed(kDefaultOrigin, temp / "data"));
  EXPECT_FALSE(caller_allowed("beta@consentry.org", temp / "data"));
}

}  // namespace
}  // namespace consentry
