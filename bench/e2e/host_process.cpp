#include "host_process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "base/fd_write.h"

extern char** environ;

namespace consentry {

namespace {

// Replies are at most 1 MiB (framing.h); a little more lets a broken reply show as an error.
constexpr size_t kMaxReplyRead = kMaxReplyBytes + 1024;

[[noreturn]] void fail(const std::string& what) {
  throw std::runtime_error(what + ": " + std::strerror(errno));
}

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

}  // namespace

HostProcess::HostProcess(const std::vector<std::string>& command) {
  int to_child[2], from_child[2];
  if (::pipe2(to_child, O_CLOEXEC) != 0 || ::pipe2(from_child, O_CLOEXEC) != 0) fail("pipe");

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, to_child[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, from_child[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

  std::vector<char*> argv;
  for (const std::string& arg : command) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  int error = posix_spawnp(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(to_child[0]);
  ::close(from_child[1]);
  stdin_fd_ = to_child[1];
  stdout_fd_ = from_child[0];
  if (error != 0) {
    errno = error;
    fail("cannot start " + command[0]);
  }
  reader_ = std::make_unique<FrameReader>(stdout_fd_, kMaxReplyRead);
}

HostProcess::~HostProcess() {
  if (pid_ > 0) finish();
}

std::string HostProcess::request(std::string_view body) {
  if (!write_fully(stdin_fd_, encode_frame(body))) fail("writing to the host");
  FrameRead read = reader_->next();
  if (read.status != FrameStatus::frame) {
    throw std::runtime_error("the host gave no reply frame (status " +
                             std::to_string(static_cast<int>(read.status)) + ")");
  }
  return std::move(read.body);
}

double HostProcess::peak_rss_mib() const {
  std::ifstream status("/proc/" + std::to_string(pid_) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with("VmHWM:")) return std::stod(line.substr(6)) / 1024;  // "  1234 kB"
  }
  return 0;
}

void HostProcess::close_input() { close_fd(stdin_fd_); }

ProcessEnd HostProcess::finish() {
  ProcessEnd end;
  end.peak_rss_mib = peak_rss_mib();
  close_fd(stdin_fd_);
  char sink[65536];
  while (::read(stdout_fd_, sink, sizeof sink) > 0) {
  }
  close_fd(stdout_fd_);
  int status = 0;
  rusage usage{};
  while (::wait4(pid_, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  end.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  end.cpu_seconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
                    (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  return end;
}

}  // namespace consentry
