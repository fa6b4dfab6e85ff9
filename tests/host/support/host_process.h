// Runs the real consentry-host binary (CONSENTRY_HOST_BINARY) the way a browser or a tool does:
// stdin from given bytes, stdout and stderr captured, HOME and the data folder inside a test's
// folder; wait4 reports the child's peak resident memory. Helpers build and split frame streams.
//
// Measuring the child's peak: posix_spawn's child shares this process's memory until exec, and
// exec folds that memory's high-water mark into the child's ru_maxrss. So before spawning, the
// input is written out and freed, freed heap is given back, and this process's own high-water mark
// is reset to what is resident now (/proc/self/clear_refs, "5"). The child's figure is then its
// own peak, or at most this process's current size (HostRun::spawner_rss_kib), whichever is more.
#pragma once
#include <fcntl.h>
#include <malloc.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <boost/filesystem/operations.hpp>
#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "protocol/framing.h"
#include "support/temp_dir.h"

extern char** environ;

namespace consentry::testing {

struct HostRun {
  int exit_code = -1;  // 128 + signal when a signal ended it
  std::string out;
  std::string err;
  long peak_rss_kib = 0;     // ru_maxrss of the child
  long spawner_rss_kib = 0;  // this process's resident size when it started the child
};

inline std::string file_contents(const boost::filesystem::path& path) {
  std::ifstream in(path.string(), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Gives freed heap back and resets this process's memory high-water mark; returns VmRSS in KiB.
inline long shrink_for_spawn() {
  ::malloc_trim(0);
  std::ofstream("/proc/self/clear_refs") << "5";
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.starts_with("VmRSS:")) return std::stol(line.substr(6));
  }
  return 0;
}

// Starts `launcher` (e.g. {"/usr/bin/unshare", "-rn"}; empty: nothing) + the host + `args`,
// with `input` on stdin, HOME=dir and CONSENTRY_DATA_DIR=dir/data; stdout goes to dir/stdout,
// or to `stdout_fd` when one is given (a pipe the test reads replies from as they come).
struct StartedHost {
  pid_t pid = -1;
  long spawner_rss_kib = 0;  // this process's resident size when it started the child
};
inline StartedHost start_host(const TempDir& dir, const std::vector<std::string>& args,
                              std::string input, const std::vector<std::string>& launcher = {},
                              int stdout_fd = -1) {
  std::ofstream(dir / "stdin", std::ios::binary) << input;
  std::string().swap(input);
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, 0, (dir / "stdin").c_str(), O_RDONLY, 0);
  if (stdout_fd >= 0) {
    boost::filesystem::remove(dir / "stdout");  // so wait_for_host finds no earlier run's
    posix_spawn_file_actions_adddup2(&files, stdout_fd, 1);
  } else {
    posix_spawn_file_actions_addopen(&files, 1, (dir / "stdout").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
  }
  posix_spawn_file_actions_addopen(&files, 2, (dir / "stderr").c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<std::string> argv_text = launcher;
  argv_text.push_back(CONSENTRY_HOST_BINARY);
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : argv_text) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_text = {"HOME=" + dir.path().string(),
                                       "CONSENTRY_DATA_DIR=" + (dir / "data").string(),
                                       "PATH=/usr/bin:/bin"};
  for (const char* kept : {"ASAN_OPTIONS", "UBSAN_OPTIONS"}) {  // sanitize.sh's report files
    if (const char* value = ::getenv(kept)) env_text.push_back(std::string(kept) + "=" + value);
  }
  std::vector<char*> env;
  for (std::string& variable : env_text) env.push_back(variable.data());
  env.push_back(nullptr);
  StartedHost started;
  started.spawner_rss_kib = shrink_for_spawn();
  int failed = posix_spawn(&started.pid, argv[0], &files, nullptr, argv.data(), env.data());
  posix_spawn_file_actions_destroy(&files);
  if (failed) throw std::runtime_error("posix_spawn " + argv_text[0] + " failed");
  return started;
}

// Waits for a host start_host started to end; `out` is what it wrote to dir/stdout (empty when
// stdout was a pipe).
inline HostRun wait_for_host(const TempDir& dir, const StartedHost& started) {
  int status = 0;
  struct rusage usage = {};
  while (::wait4(started.pid, &status, 0, &usage) < 0) {
  }
  HostRun run;
  run.spawner_rss_kib = started.spawner_rss_kib;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  run.out = file_contents(dir / "stdout");
  run.err = file_contents(dir / "stderr");
  run.peak_rss_kib = usage.ru_maxrss;
  return run;
}

// start_host and wait_for_host in one; `input` is written out and freed before the spawn.
inline HostRun run_host(const TempDir& dir, const std::vector<std::string>& args, std::string input,
                        const std::vector<std::string>& launcher = {}) {
  return wait_for_host(dir, start_host(dir, args, std::move(input), launcher));
}

// A 32-bit little-endian length prefix claiming `length` bytes.
inline std::string length_prefix(uint32_t length) {
  std::string bytes(4, '\0');
  for (int i = 0; i < 4; ++i) bytes[i] = static_cast<char>(length >> (8 * i));
  return bytes;
}

inline std::string frames_of(const std::vector<nlohmann::json>& messages) {
  std::string bytes;
  for (const nlohmann::json& message : messages) bytes += encode_frame(message.dump());
  return bytes;
}

// The replies in a host's stdout. Throws std::runtime_error on any byte that is not part of a
// whole frame of at most 1 MiB of JSON.
inline std::vector<nlohmann::json> replies_in(const std::string& out) {
  std::vector<nlohmann::json> replies;
  size_t at = 0;
  while (at < out.size()) {
    if (out.size() - at < 4) throw std::runtime_error("stray bytes on stdout");
    uint32_t length = 0;
    for (int i = 0; i < 4; ++i)
      length |= uint32_t{static_cast<unsigned char>(out[at + i])} << (8 * i);
    if (length > kMaxReplyBytes) throw std::runtime_error("a reply over 1 MiB");
    if (out.size() - at - 4 < length) throw std::runtime_error("a reply frame cut short");
    replies.push_back(nlohmann::json::parse(out.substr(at + 4, length)));
    at += 4 + length;
  }
  return replies;
}

}  // namespace consentry::testing
