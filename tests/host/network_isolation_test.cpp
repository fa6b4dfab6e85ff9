// The host never touches the network (SECURITY.md): it serves and classifies inside a user
// namespace that has no network at all, and, traced with strace, opens no internet socket.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>
#include <nlohmann/json.hpp>
#include <cstdlib>
#include <regex>
#include <string>

#include "support/host_process.h"

namespace consentry::testing {
namespace {

using nlohmann::json;

const std::vector<std::string> kNoNetwork = {"/usr/bin/unshare", "--map-root-user", "--net"};

json cookie() {
  return {{"name", "_ga"}, {"value", "GA1.2.1.2"}, {"domain", ".example.com"},
          {"path", "/"},   {"session", false},     {"expirationDate", 4102444800.0}};
}

// A session that touches every part of the host: the classifier, the settings and the log.
std::string session_input() {
  return frames_of({{{"type", "hello"}, {"id", 1}},
                    {{"type", "decide"},
                     {"id", 2},
                     {"site", "https://www.example.com/"},
                     {"cookies", {cookie()}}},
                    {{"type", "set_preferences"}, {"id", 3}, {"allowed", {{"performance", true}}}},
                    {{"type", "record_deletions"},
                     {"id", 4},
                     {"deletions",
                      {{{"cookie", cookie()},
                        {"site", "example.com"},
                        {"category", "performance"},
                        {"reason", "r"}}}}},
                    {{"type", "deletion_log"}, {"id", 5}}});
}

void expect_session_answered(const HostRun& run) {
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::vector<json> replies = replies_in(run.out);
  ASSERT_EQ(replies.size(), 5u);
  for (const json& reply : replies) EXPECT_NE(reply["type"], "error") << reply;
  EXPECT_EQ(replies[1]["results"][0]["category"], "performance");
  EXPECT_EQ(replies[4]["total"], 1);
}

// Whether `launcher` can run /bin/true here; if not, `why` says what is missing.
bool launcher_works(const std::vector<std::string>& launcher, std::string* why) {
  if (!boost::filesystem::exists(launcher[0])) {
    *why = launcher[0] + " is not installed";
    return false;
  }
  std::string command;
  for (const std::string& part : launcher) command += part + " ";
  int status = std::system((command + "/bin/true >/dev/null 2>&1").c_str());
  if (status != 0) {
    *why = command + "is not permitted here (wait status " + std::to_string(status) + ")";
    return false;
  }
  return true;
}

class NetworkIsolationTest : public ::testing::Test {
 protected:
  TempDir dir;
};

TEST_F(NetworkIsolationTest, ServesInANamespaceWithoutANetwork) {
  std::string why;
  if (!launcher_works(kNoNetwork, &why)) GTEST_SKIP() << "no network-less namespace: " << why;
  expect_session_answered(run_host(dir, {"serve"}, session_input(), kNoNetwork));
}

TEST_F(NetworkIsolationTest, ClassifiesInANamespaceWithoutANetwork) {
  std::string why;
  if (!launcher_works(kNoNetwork, &why)) GTEST_SKIP() << "no network-less namespace: " << why;
  HostRun run = run_host(dir, {"classify"}, cookie().dump() + "\n", kNoNetwork);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(json::parse(run.out)["category"], "performance");
}

TEST_F(NetworkIsolationTest, OpensNoInternetSocketUnderStrace) {
  std::string log = (dir / "strace.log").string();
  // LeakSanitizer cannot run under ptrace: switch it off in the traced host of an ASan build.
  const char* asan = std::getenv("ASAN_OPTIONS");
  std::string no_leak_check = std::string("ASAN_OPTIONS=") + (asan ? asan : "") + ":detect_leaks=0";
  const std::vector<std::string> traced = {
      "/usr/bin/strace", "-f", "-qq", "-e", "trace=socket,connect", "-E", no_leak_check, "-o", log};
  std::string why;
  if (!launcher_works(traced, &why)) GTEST_SKIP() << "no strace: " << why;
  HostRun served = run_host(dir, {"serve"}, session_input(), traced);
  expect_session_answered(served);
  std::string calls = file_contents(log);
  HostRun classified = run_host(dir, {"classify"}, cookie().dump() + "\n", traced);
  ASSERT_EQ(classified.exit_code, 0) << classified.err;
  calls += file_contents(log);
  static const std::regex kInternet("AF_INET6?\\b|AF_PACKET|AF_NETLINK");
  EXPECT_FALSE(std::regex_search(calls, kInternet)) << calls;
}

}  // namespace
}  // namespace consentry::testing
