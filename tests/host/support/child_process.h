// Runs code in a forked child, for tests of what other processes, crashes and resource limits do
// to the store. The child never returns into GoogleTest: it exits with the body's code.
#pragma once
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <exception>
#include <functional>

namespace consentry::testing {

constexpr int kChildThrew = 100;

// Starts `body` in a child process and returns its pid.
inline pid_t start_child(const std::function<int()>& body) {
  pid_t pid = ::fork();
  if (pid != 0) return pid;
  int code = kChildThrew;
  try {
    code = body();
  } catch (const std::exception&) {
  }
  ::_exit(code);
}

// The child's exit code, or 128 + signal when a signal ended it.
inline int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

inline int run_in_child(const std::function<int()>& body) { return wait_for(start_child(body)); }

// In a child: makes any write past `bytes` fail with EFBIG, as a full disk would, instead of
// killing the process with SIGXFSZ.
inline void limit_file_size(rlim_t bytes) {
  ::signal(SIGXFSZ, SIG_IGN);
  struct rlimit limit = {bytes, bytes};
  ::setrlimit(RLIMIT_FSIZE, &limit);
}

}  // namespace consentry::testing
