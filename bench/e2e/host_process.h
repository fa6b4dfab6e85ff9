// The real consentry-host as a child process, driven the way a browser drives it: its stdin and
// stdout are pipes, its stderr goes to /dev/null. Peak RSS is the kernel's VmHWM of the running
// process (wait4's ru_maxrss would count the benchmark's own memory: exec inherits the
// high-water mark of the spawning address space); CPU time comes from wait4.
#pragma once
#include <sys/types.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/framing.h"

namespace consentry {

struct ProcessEnd {
  int exit_code = -1;       // -1 when killed by a signal
  double peak_rss_mib = 0;  // VmHWM just before stdin was closed
  double cpu_seconds = 0;   // user + system
};

class HostProcess {
 public:
  // Runs `command` (command[0] is looked up in PATH). Throws std::runtime_error when the process
  // cannot be started.
  explicit HostProcess(const std::vector<std::string>& command);
  ~HostProcess();  // closes the pipes and reaps the child if finish() was not called
  HostProcess(const HostProcess&) = delete;
  HostProcess& operator=(const HostProcess&) = delete;

  // One native messaging round: writes a framed request, reads one framed reply body. Throws
  // std::runtime_error when the host does not answer with a frame.
  std::string request(std::string_view body);

  int input_fd() const { return stdin_fd_; }
  int output_fd() const { return stdout_fd_; }

  // The high-water mark of the process's resident memory so far, in MiB; 0 once it has exited.
  double peak_rss_mib() const;

  // Closes stdin: EOF, which ends the host.
  void close_input();

  // Closes stdin (EOF: the browser is gone), drains what is left of stdout, and reaps the child.
  ProcessEnd finish();

 private:
  pid_t pid_ = -1;
  int stdin_fd_ = -1;
  int stdout_fd_ = -1;
  std::unique_ptr<FrameReader> reader_;
};

}  // namespace consentry
