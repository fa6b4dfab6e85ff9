// Drives the real consentry-host binary over pipes and files, as a browser or a tool would.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <boost/filesystem/operations.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "base/shell_quote.h"
#include "model/preferences.h"
#include "protocol/framing.h"
#include "support/host_process.h"
#include "support/temp_dir.h"

namespace consentry::testing {
namespace {

namespace fs = boost::filesystem;
using nlohmann::json;

// The host with HOME and the data folder inside `dir`.
class Host {
 public:
  explicit Host(const TempDir& dir) : dir_(dir) {}

  HostRun run(const std::vector<std::string>& args, const std::string& input = "") {
    return run_host(dir_, args, input);
  }

  fs::path data_dir() const { return dir_ / "data"; }

 private:
  const TempDir& dir_;
};

json hello(int id) { return {{"type", "hello"}, {"id", id}}; }

class IoTest : public ::testing::Test {
 protected:
  TempDir dir;
  Host host{dir};

  std::vector<json> serve(const std::vector<json>& requests, int expected_exit = 0) {
    HostRun done = host.run({"serve"}, frames_of(requests));
    EXPECT_EQ(done.exit_code, expected_exit) << done.err;
    return replies_in(done.out);
  }
};

TEST_F(IoTest, EmptyInputExitsZeroSilently) {
  HostRun done = host.run({"serve"}, "");
  EXPECT_EQ(done.exit_code, 0) << done.err;
  EXPECT_EQ(done.out, "");
}

TEST_F(IoTest, HugeLengthPrefixGetsTooLargeAndACleanExit) {
  HostRun done = host.run({"serve"}, length_prefix(0xffffffff) + "{}");
  EXPECT_EQ(done.exit_code, 1);
  auto replies = replies_in(done.out);
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(replies[0]["type"], "error");
  EXPECT_EQ(replies[0]["code"], "too_large");
  EXPECT_NE(done.err.find("exceeds the limit"), std::string::npos) << done.err;
}

TEST_F(IoTest, TheRequestLimitIsConfigurable) {
  std::string big = json({{"type", "hello"}, {"id", 1}, {"pad", std::string(200, 'x')}}).dump();
  HostRun done =
      host.run({"serve", "--max-message-bytes", "100"}, frames_of({hello(0)}) + encode_frame(big));
  EXPECT_EQ(done.exit_code, 1);
  auto replies = replies_in(done.out);
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(replies[0]["type"], "hello");
  EXPECT_EQ(replies[1]["code"], "too_large");
}

TEST_F(IoTest, ZeroLengthFrameIsInvalidJsonAndServingGoesOn) {
  HostRun done = host.run({"serve"}, length_prefix(0) + frames_of({hello(2)}));
  EXPECT_EQ(done.exit_code, 0) << done.err;
  auto replies = replies_in(done.out);
  ASSERT_EQ(replies.size(), 2u);
  EXPECT_EQ(replies[0]["code"], "invalid_json");
  EXPECT_EQ(replies[1]["id"], 2);
}

TEST_F(IoTest, ShortHeaderEndsTheSessionAfterAnsweringWhatCameBefore) {
  HostRun done = host.run({"serve"}, frames_of({hello(1)}) + std::string("\x07\x00", 2));
  EXPECT_EQ(done.exit_code, 1);
  EXPECT_EQ(replies_in(done.out).size(), 1u);
  EXPECT_NE(done.err.find("frame header"), std::string::npos) << done.err;
}

TEST_F(IoTest, ShortBodyEndsTheSession) {
  HostRun done = host.run({"serve"}, frames_of({hello(1)}) + length_prefix(50) + "{\"type\":");
  EXPECT_EQ(done.exit_code, 1);
  EXPECT_EQ(replies_in(done.out).size(), 1u);
  EXPECT_NE(done.err.find("50-byte frame"), std::string::npos) << done.err;
}

TEST_F(IoTest, InvalidJsonWrongTypesAndUnknownTypesAreAnsweredAndServingGoesOn) {
  std::string input = encode_frame("{\"type\":\"hello\",") + encode_frame(std::string(10000, '[')) +
                      frames_of({json::array(),
                                 {{"type", 3}, {"id", "a"}},
                                 {{"type", "dance"}, {"id", "b"}},
                                 {{"type", "decide"}, {"id", "c"}, {"cookies", "none"}},
                                 hello(9)});
  HostRun done = host.run({"serve"}, input);
  EXPECT_EQ(done.exit_code, 0) << done.err;
  auto replies = replies_in(done.out);
  ASSERT_EQ(replies.size(), 7u);
  std::vector<std::string> codes;
  for (size_t i = 0; i < 6; ++i) codes.push_back(replies[i]["code"]);
  EXPECT_EQ(codes,
            (std::vector<std::string>{"invalid_json", "invalid_json", "invalid_request",
                                      "invalid_request", "unknown_type", "invalid_request"}));
  EXPECT_EQ(replies[3]["id"], "a");
  EXPECT_EQ(replies[4]["id"], "b");
  EXPECT_EQ(replies[6]["type"], "hello");
}

TEST_F(IoTest, SeveralMessagesInOneWriteAreAnsweredInOrder) {
  std::vector<json> requests;
  for (int id = 0; id < 50; ++id) requests.push_back(hello(id));
  auto replies = serve(requests);
  ASSERT_EQ(replies.size(), 50u);
  for (int id = 0; id < 50; ++id) EXPECT_EQ(replies[id]["id"], id);
}

TEST_F(IoTest, NonAsciiNamesSurviveTheRoundTrip) {
  json cookie = {{"name", "préférence_ü_日本"},
                 {"value", "ça"},
                 {"domain", ".xn--bcher-kva.example"},
                 {"expirationDate", 4102444800.0}};
  auto replies =
      serve({{{"type", "decide"},
              {"id", 1},
              {"cookies", {cookie}},
              {"site", "https://xn--bcher-kva.example/"}},
             {{"type", "record_deletions"},
              {"id", 2},
              {"deletions",
               {{{"cookie", cookie}, {"category", "targeting"}, {"reason", "für Werbung"}}}}},
             {{"type", "deletion_log"}, {"id", 3}}});
  ASSERT_EQ(replies.size(), 3u);
  EXPECT_TRUE(replies[0]["results"][0].contains("category")) << replies[0];
  EXPECT_EQ(replies[2]["entries"][0]["cookie"]["name"], "préférence_ü_日本");
  EXPECT_EQ(replies[2]["entries"][0]["reason"], "für Werbung");
}

TEST_F(IoTest, EveryMessageTypeIsAnswered) {
  json cookie = {{"name", "_fbp"},
                 {"value", "fb.1.2"},
                 {"domain", ".example.com"},
                 {"expirationDate", 4102444800.0}};
  auto first = serve({{{"type", "record_deletions"},
                       {"id", 0},
                       {"deletions", {{{"cookie", cookie}, {"category", "targeting"}}}}}});
  ASSERT_EQ(first.size(), 1u);
  std::string entry_id = first[0]["ids"][0];
  std::vector<json> requests = {
      hello(1),
      {{"type", "decide"}, {"id", 2}, {"cookies", {cookie}}, {"site", "https://www.example.com/"}},
      {{"type", "get_preferences"}, {"id", 3}},
      {{"type", "set_preferences"}, {"id", 4}, {"allowed", {{"performance", true}}}},
      {{"type", "keep_cookie"}, {"id", 5}, {"site", "example.com"}, {"name", "prefs"}},
      {{"type", "forget_cookie"}, {"id", 6}, {"site", "example.com"}, {"name", "prefs"}},
      {{"type", "record_deletions"},
       {"id", 7},
       {"deletions", {{{"cookie", cookie}, {"category", "targeting"}}}}},
      {{"type", "deletion_log"}, {"id", 8}},
      {{"type", "restore"}, {"id", 9}, {"entry_id", entry_id}},
      {{"type", "export_settings"}, {"id", 10}},
      {{"type", "import_settings"},
       {"id", 11},
       {"settings", {{"format", "consentry-settings"}, {"version", 1}}}},
      {{"type", "site"}, {"id", 12}, {"urls", {"https://shop.example.co.uk/cart"}}},
  };
  auto replies = serve(requests);
  ASSERT_EQ(replies.size(), requests.size());
  for (size_t i = 0; i < requests.size(); ++i) {
    EXPECT_EQ(replies[i]["type"], requests[i]["type"]) << replies[i];
    EXPECT_EQ(replies[i]["id"], requests[i]["id"]);
  }
  EXPECT_EQ(replies[1]["results"][0]["action"], "delete");
  EXPECT_EQ(replies[7]["total"], 2);
  EXPECT_EQ(replies[8]["cookie"]["name"], "_fbp");
  EXPECT_EQ(replies[11]["sites"], json({"example.co.uk"}));
}

TEST_F(IoTest, ARestartFindsThePreferencesItSaved) {
  serve({{{"type", "set_preferences"},
          {"id", 1},
          {"site", "example.org"},
          {"allowed", {{"targeting", true}}}},
         {{"type", "keep_cookie"}, {"id", 2}, {"site", "example.com"}, {"name", "prefs"}}});
  auto replies = serve({{{"type", "get_preferences"}, {"id", 3}}});
  ASSERT_EQ(replies.size(), 1u);
  json preferences = replies[0]["preferences"];
  EXPECT_EQ(preferences["sites"]["example.org"]["allowed"]["targeting"], true);
  EXPECT_EQ(preferences["keep_list"], json::parse(R"([{"site":"example.com","name":"prefs"}])"));
}

TEST_F(IoTest, StdoutCarriesNothingButFrames) {
  HostRun done = host.run({"serve"}, frames_of({hello(1), {{"type", "nope"}}}) + encode_frame("x"));
  EXPECT_EQ(done.exit_code, 0);
  EXPECT_EQ(replies_in(done.out).size(), 3u);  // and replies_in found no stray byte
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_F(IoTest, ClassifyWritesOneLinePerLineInOrderAndExits1OnAnyFailure) {
  std::string input =
      "{\"name\":\"_ga\",\"value\":\"GA1.2.3.4\",\"domain\":\".example.com\",\"expirationDate\":4102444800}\r\n"
      "not json\n"
      "\n"
      "{\"name\":\"x\"}\n"
      "{\"name\":\"PHPSESSID\",\"value\":\"abc\",\"domain\":\"shop.example.com\"}";
  HostRun done = host.run({"classify"}, input);
  EXPECT_EQ(done.exit_code, 1);
  auto lines = lines_of(done.out);
  ASSERT_EQ(lines.size(), 5u) << done.out;
  EXPECT_EQ(json::parse(lines[0])["category"], "performance");
  EXPECT_TRUE(json::parse(lines[1]).contains("error"));
  EXPECT_TRUE(json::parse(lines[2]).contains("error"));
  EXPECT_TRUE(json::parse(lines[3]).contains("error"));
  EXPECT_EQ(json::parse(lines[4])["category"], "necessary");
}

TEST_F(IoTest, ClassifyExits0WhenEveryLineIsACookieAndReadsAFile) {
  std::string input;
  for (int i = 0; i < 5000; ++i) {
    input += json({{"name", "c" + std::to_string(i)}, {"domain", "example.com"}}).dump() + "\n";
  }
  std::ofstream((dir / "cookies.jsonl").string()) << input;
  HostRun from_file = host.run({"classify", (dir / "cookies.jsonl").string()});
  EXPECT_EQ(from_file.exit_code, 0) << from_file.err;
  EXPECT_EQ(lines_of(from_file.out).size(), 5000u);
  HostRun from_stdin = host.run({"classify", "-"}, input);
  EXPECT_EQ(from_stdin.out, from_file.out);
}

TEST_F(IoTest, ClassifyOfAMissingFileIsAUsageError) {
  HostRun done = host.run({"classify", (dir / "absent.jsonl").string()});
  EXPECT_EQ(done.exit_code, 2);
  EXPECT_NE(done.err.find("absent.jsonl"), std::string::npos);
}

TEST_F(IoTest, UsageErrorsExit2WithAMessage) {
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{},
                                             {"frobnicate"},
                                             {"serve", "--nope"},
                                             {"prefs", "set", "x", "allow"},
                                             {"install", "--browser", "mosaic"},
                                             {"prefs", "set", "necessary", "refuse"}}) {
    HostRun done = host.run(args);
    EXPECT_EQ(done.exit_code, 2) << (args.empty() ? "" : args[0]) << done.err;
    EXPECT_FALSE(done.err.empty());
    EXPECT_EQ(done.out, "");
  }
}

TEST_F(IoTest, VersionAndHelpExit0) {
  HostRun version = host.run({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out, std::string(CONSENTRY_VERSION) + "\n");
  HostRun help = host.run({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("classify"), std::string::npos);
}

TEST_F(IoTest, PrefsCommandChangesWhatTheHostDecides) {
  json cookie = {{"name", "_ga"},
                 {"value", "GA1.2.3.4"},
                 {"domain", ".example.com"},
                 {"expirationDate", 4102444800.0}};
  json decide = {{"type", "decide"}, {"id", 1}, {"cookies", {cookie}}};
  EXPECT_EQ(serve({decide})[0]["results"][0]["action"], "delete");
  EXPECT_EQ(host.run({"prefs", "set", "performance", "allow", "--site", "https://www.example.com/"})
                .exit_code,
            0);
  EXPECT_EQ(serve({decide})[0]["results"][0]["action"], "keep");
  HostRun shown = host.run({"prefs", "--json"});
  EXPECT_EQ(json::parse(shown.out)["sites"]["example.com"]["allowed"]["performance"], true);
  EXPECT_EQ(host.run({"prefs", "reset", "example.com"}).exit_code, 0);
  EXPECT_EQ(serve({decide})[0]["results"][0]["action"], "delete");
}

TEST_F(IoTest, InspectGroupsAnExportBySite) {
  std::ofstream((dir / "export.jsonl").string())
      << R"({"name":"_ga","value":"GA1.2.3.4","domain":".example.com","expirationDate":4102444800})"
         "\n"
      << R"({"name":"sid","value":"x","domain":"news.example.org"})"
         "\n";
  HostRun table = host.run({"inspect", (dir / "export.jsonl").string()});
  EXPECT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("example.com: 1 cookie"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("example.org: 1 cookie"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("session"), std::string::npos);
  HostRun as_json = host.run({"inspect", "--json", (dir / "export.jsonl").string()});
  json sites = json::parse(as_json.out);
  ASSERT_EQ(sites.size(), 2u);
  EXPECT_EQ(sites[0]["site"], "example.com");
  EXPECT_EQ(sites[0]["cookies"][0]["action"], "delete");
  EXPECT_EQ(sites[1]["cookies"][0]["lifetime"], "session");
}

TEST_F(IoTest, InspectWithoutAFileShowsTheDeletionLog) {
  EXPECT_NE(host.run({"inspect"}).out.find("The deletion log is empty"), std::string::npos);
  json cookie = {{"name", "_fbp"},
                 {"value", "fb.1.2"},
                 {"domain", ".example.com"},
                 {"expirationDate", 4102444800.0}};
  serve({{{"type", "record_deletions"},
          {"id", 1},
          {"deletions", {{{"cookie", cookie}, {"category", "targeting"}}}}}});
  HostRun shown = host.run({"inspect"});
  EXPECT_EQ(shown.exit_code, 0);
  EXPECT_NE(shown.out.find("_fbp"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("DELETED"), std::string::npos);
}

constexpr const char* kDefaultOrigin = "chrome-extension://bbknmoenegficbneloggpepccmghfhab/";
constexpr const char* kOtherId = "abcdefghijklmnopabcdefghijklmnop";

TEST_F(IoTest, ABrowserLaunchForAnInstalledExtensionIsServed) {
  HostRun chromium = host.run({kDefaultOrigin}, frames_of({hello(1)}));
  EXPECT_EQ(chromium.exit_code, 0) << chromium.err;
  EXPECT_EQ(replies_in(chromium.out).size(), 1u);
  HostRun windows = host.run({kDefaultOrigin, "--parent-window=0"}, frames_of({hello(1)}));
  EXPECT_EQ(replies_in(windows.out).size(), 1u) << windows.err;
  std::string manifest = (dir / ".mozilla/native-messaging-hosts/org.consentry.host.json").string();
  HostRun firefox = host.run({manifest, "consentry@consentry.org"}, frames_of({hello(2)}));
  EXPECT_EQ(firefox.exit_code, 0) << firefox.err;
  EXPECT_EQ(replies_in(firefox.out).size(), 1u);
}

TEST_F(IoTest, AnUnknownCallerIsRefusedBeforeAnythingIsRead) {
  std::string origin = std::string("chrome-extension://") + kOtherId + "/";
  HostRun chromium = host.run({origin}, frames_of({hello(1)}));
  EXPECT_EQ(chromium.exit_code, 1);
  EXPECT_EQ(chromium.out, "");
  EXPECT_NE(chromium.err.find("refusing caller " + origin), std::string::npos) << chromium.err;
  HostRun firefox =
      host.run({"/x/org.consentry.host.json", "evil@example.com"}, frames_of({hello(1)}));
  EXPECT_EQ(firefox.exit_code, 1);
  EXPECT_EQ(firefox.out, "");
}

TEST_F(IoTest, InstallPrintsWhatItWroteAndAllowsTheNamedExtension) {
  fs::path manifests = dir / "manifests";
  HostRun install = host.run({"install", "--browser", "chromium", "--extension-id", kOtherId,
                              "--dir", manifests.string()});
  EXPECT_EQ(install.exit_code, 0) << install.err;
  fs::path manifest = manifests / "org.consentry.host.json";
  fs::path record =
      host.data_dir() / "installed-extensions.json";  // the extra id, for the caller check
  EXPECT_EQ(lines_of(install.out),
            (std::vector<std::string>{"extension IDs: wrote " + record.string(),
                                      "chromium: wrote " + manifest.string()}));
  json written = json::parse(file_contents(manifest));
  EXPECT_EQ(written["path"], fs::canonical(CONSENTRY_HOST_BINARY).string());
  EXPECT_EQ(written["allowed_origins"].size(), 2u);

  std::string origin = std::string("chrome-extension://") + kOtherId + "/";
  EXPECT_EQ(replies_in(host.run({origin}, frames_of({hello(1)})).out).size(), 1u);

  HostRun uninstall = host.run({"uninstall", "--browser", "chromium", "--extension-id", kOtherId,
                                "--dir", manifests.string()});
  EXPECT_EQ(uninstall.exit_code, 0) << uninstall.err;
  auto removed = lines_of(uninstall.out);
  EXPECT_NE(std::find(removed.begin(), removed.end(), "chromium: removed " + manifest.string()),
            removed.end())
      << uninstall.out;
  EXPECT_FALSE(fs::exists(manifest));
}

TEST_F(IoTest, InstallForAllBrowsersWritesEachOnesUserFolder) {
  HostRun install = host.run({"install", "--browser", "all"});
  EXPECT_EQ(install.exit_code, 0) << install.err;
  auto lines = lines_of(install.out);
  EXPECT_EQ(lines.size(), 7u) << install.out;
  for (const std::string& line : lines) {
    std::string file = line.substr(line.find(": wrote ") + 8);
    EXPECT_TRUE(fs::exists(file)) << line;
    EXPECT_EQ(file.rfind(dir.path().string(), 0), 0u) << "outside HOME: " << file;
  }
  EXPECT_EQ(host.run({"install", "--extension-id", "not an id"}).exit_code, 2);
}

// The host with PATH set to `bin` alone, so the browsers it finds are the test's.
HostRun run_with_path(const TempDir& dir, const fs::path& bin,
                      const std::vector<std::string>& args) {
  return run_host(dir, args, "", {"/usr/bin/env", "PATH=" + bin.string()});
}

void make_file(const fs::path& file, fs::perms mode) {
  fs::create_directories(file.parent_path());
  std::ofstream(file.string()) << "#!/bin/sh\n";
  fs::permissions(file, mode);
}

TEST_F(IoTest, InstallWithoutABrowserNamedWritesForTheBrowsersFoundAndDoctorAgrees) {
  fs::path bin = dir / "bin";
  make_file(bin / "chromium", fs::owner_all);  // installed, never started
  make_file(dir / ".mozilla/firefox/profiles.ini", fs::owner_read | fs::owner_write);  // started
  HostRun install = run_with_path(dir, bin, {"install"});
  ASSERT_EQ(install.exit_code, 0) << install.err;
  fs::path chromium = dir / ".config/chromium/NativeMessagingHosts/org.consentry.host.json";
  fs::path firefox = dir / ".mozilla/native-messaging-hosts/org.consentry.host.json";
  auto lines = lines_of(install.out);
  ASSERT_EQ(lines.size(), 7u) << install.out;
  EXPECT_EQ(lines[0], "chromium: wrote " + chromium.string());
  EXPECT_EQ(lines[1], "firefox: wrote " + firefox.string());
  EXPECT_EQ(lines[2], "chrome: skipped, not found (no " +
                          (dir / ".config/google-chrome/Local State").string() +
                          ", no google-chrome or google-chrome-stable on PATH)");
  EXPECT_TRUE(fs::exists(chromium));
  EXPECT_TRUE(fs::exists(firefox));

  HostRun doctor = run_with_path(dir, bin, {"doctor"});
  EXPECT_EQ(doctor.exit_code, 0) << doctor.out << doctor.err;
  EXPECT_NE(doctor.out.find("chromium: reaches this host through " + chromium.string()),
            std::string::npos)
      << doctor.out;
  EXPECT_NE(doctor.out.find("firefox: reaches this host"), std::string::npos) << doctor.out;
  EXPECT_NE(doctor.out.find("not found for you: chrome, edge, brave, vivaldi, opera"),
            std::string::npos)
      << doctor.out;

  // Break the Chromium manifest's program: doctor names the file, the path and the fix.
  json manifest = json::parse(file_contents(chromium));
  manifest["path"] = (dir / "moved/consentry-host").string();
  std::ofstream(chromium.string()) << manifest.dump();
  HostRun broken = run_with_path(dir, bin, {"doctor"});
  EXPECT_EQ(broken.exit_code, 1) << broken.out;
  std::string fix =
      shell_quoted(fs::canonical(CONSENTRY_HOST_BINARY).string()) + " install --browser chromium";
  EXPECT_NE(broken.out.find("chromium: does not reach this host\n  problem: " + chromium.string() +
                            " names \"" + (dir / "moved/consentry-host").string() +
                            "\", which does not exist\n    fix: " + fix + "\n"),
            std::string::npos)
      << broken.out;
  json report = json::parse(run_with_path(dir, bin, {"doctor", "--json"}).out);
  EXPECT_EQ(report["ok"], false);
  EXPECT_EQ(report["browsers"][1]["browser"], "chromium");
  EXPECT_EQ(report["browsers"][1]["findings"][0]["fix"], fix);
  EXPECT_EQ(report["browsers"][0]["present"], false);

  // The fix, as printed, repairs it.
  EXPECT_EQ(run_with_path(dir, bin, {"install", "--browser", "chromium"}).exit_code, 0);
  EXPECT_EQ(run_with_path(dir, bin, {"doctor"}).exit_code, 0);
}

TEST_F(IoTest, InstallWithNoBrowserFoundFailsAndNamesTheFlag) {
  fs::create_directories(dir / "bin");
  HostRun install = run_with_path(dir, dir / "bin", {"install"});
  EXPECT_EQ(install.exit_code, 1);
  EXPECT_EQ(lines_of(install.out).size(), 7u) << install.out;  // each one skipped, and why
  EXPECT_NE(install.err.find("no browser found"), std::string::npos) << install.err;
  EXPECT_NE(install.err.find("install --browser chromium (or --browser all)"), std::string::npos)
      << install.err;
  EXPECT_FALSE(fs::exists(dir / ".config"));
  EXPECT_FALSE(fs::exists(dir / ".mozilla"));
  HostRun doctor = run_with_path(dir, dir / "bin", {"doctor"});
  EXPECT_EQ(doctor.exit_code, 1);
  EXPECT_NE(doctor.out.find("No browser found"), std::string::npos) << doctor.out;
}

// SIGKILL at random moments while the host saves preferences: the file must always parse, hold
// a state some request produced, and keep every change the host has replied to. The host is
// killed after a random number of its replies (read from a pipe as they come), so a slow machine
// makes the test slower, never wrong.
TEST_F(IoTest, PreferencesFileIsAlwaysWholeWhenTheHostIsKilledWhileWriting) {
  std::vector<json> requests;
  for (int i = 0; i < 400; ++i) {
    requests.push_back(
        {{"type", "set_preferences"}, {"id", i}, {"allowed", {{"targeting", i % 2 == 0}}}});
    requests.push_back({{"type", "keep_cookie"},
                        {"id", i},
                        {"site", "example.com"},
                        {"name", "c" + std::to_string(i)}});
  }
  std::string input = frames_of(requests);
  unsigned seed = std::random_device()();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  // Each reply is a save with an fsync: waiting for hundreds of them a round made the test take
  // minutes on a busy machine. A few are enough to land the kill in the middle of later writes.
  constexpr size_t kMostRepliesBeforeAKill = 16;
  std::uniform_int_distribution<size_t> replies_before_kill(1, kMostRepliesBeforeAKill);
  size_t previous_keep = 0;
  for (int round = 0; round < 100; ++round) {
    int out[2];
    ASSERT_EQ(::pipe(out), 0);
    StartedHost started = start_host(dir, {"serve"}, input, {}, out[1]);
    ::close(out[1]);
    FrameReader replies(out[0], kMaxReplyBytes);
    size_t kept = 0;  // keep_cookie requests the host has answered: saved before the reply
    for (size_t n = replies_before_kill(random); n > 0; --n) {
      FrameRead read = replies.next();
      ASSERT_EQ(read.status, FrameStatus::frame) << "round " << round;
      if (json::parse(read.body)["type"] == "keep_cookie") ++kept;
    }
    ::kill(started.pid, SIGKILL);
    wait_for_host(dir, started);
    ::close(out[0]);
    fs::path file = host.data_dir() / "preferences.json";
    ASSERT_TRUE(fs::exists(file)) << "round " << round << ": the host replied before saving";
    std::string text = file_contents(file);
    Preferences saved;
    ASSERT_NO_THROW(saved = preferences_from_json(json::parse(text)))
        << "round " << round << ": " << text;
    EXPECT_GE(saved.keep_list.size(), kept) << "a change the host replied to was lost";
    EXPECT_GE(saved.keep_list.size(), previous_keep) << "a saved keep entry was lost";
    previous_keep = saved.keep_list.size();
  }
}

}  // namespace
}  // namespace consentry::testing
