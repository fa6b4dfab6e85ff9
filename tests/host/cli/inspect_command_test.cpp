#include "cli/inspect_command.h"

#include <gtest/gtest.h>

#include "support/host_process.h"

namespace consentry {
namespace {

using testing::HostRun;
using testing::TempDir;

// A page chooses its cookies' names: the table must show an escape sequence, not run it.
TEST(InspectCommandTest, TheTableShowsTerminalEscapesInCookieNamesInsteadOfSendingThem) {
  TempDir dir;
  std::string export_lines =
      R"({"name":"\u001b]0;pwned\u0007x\u001b[2J","value":"1","domain":".example.com"})"
      "\n"
      R"({"name":"\u202egnp.exe","value":"1","domain":"shop.example.org"})"
      "\n";
  HostRun run = testing::run_host(dir, {"inspect", "-"}, export_lines);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.find('\x1b'), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find('\x07'), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("\u202e"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\\x1b]0;pwned\\x07x\\x1b[2J"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\\u{202e}gnp.exe"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace consentry
