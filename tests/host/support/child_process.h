// Runs code in a forked child, for tests of what other processes, crashes and resource limits do
// to the store. The child never returns into GoogleTest: it exits with the body's code.
#pragma once
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>

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

// A child that tells its parent how far it got, so a test acts on what the child has done
// rather than on how long it has run: on a slow or busy machine the test waits longer, and never
// finds the child still at the start. The body calls report(n) after each step it finished.
class ReportingChild {
 public:
  using Report = std::function<void(uint32_t)>;

  explicit ReportingChild(const std::function<int(const Report&)>& body) {
    int ends[2];
    if (::pipe(ends) != 0) throw std::runtime_error("pipe failed");
    pid_ = start_child([&] {
      ::close(ends[0]);
      return body([fd = ends[1]](uint32_t value) {
        if (::write(fd, &value, sizeof value) != sizeof value) ::_exit(kChildThrew);
      });
    });
    ::close(ends[1]);
    reports_ = ends[0];
  }
  ~ReportingChild() {
    kill_and_wait();
    ::close(reports_);
  }
  ReportingChild(const ReportingChild&) = delete;
  ReportingChild& operator=(const ReportingChild&) = delete;

  // Blocks until `count` more reports came; the last one's value, or nullopt if the child ended
  // first.
  std::optional<uint32_t> wait_for_reports(size_t count) {
    std::optional<uint32_t> last;
    for (size_t n = 0; n < count; ++n) {
      uint32_t value = 0;
      size_t got = 0;
      while (got < sizeof value) {
        ssize_t read = ::read(reports_, reinterpret_cast<char*>(&value) + got, sizeof value - got);
        if (read < 0 && errno == EINTR) continue;
        if (read <= 0) return std::nullopt;
        got += static_cast<size_t>(read);
      }
      last = value;
    }
    return last;
  }

  // SIGKILL, then the exit status as wait_for gives it; -1 once the child was already reaped.
  int kill_and_wait() {
    if (pid_ <= 0) return -1;
    ::kill(pid_, SIGKILL);
    int status = wait_for(pid_);
    pid_ = -1;
    return status;
  }

 private:
  pid_t pid_ = -1;
  int reports_ = -1;
};

}  // namespace consentry::testing
