#include "cli/serve_command.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <csignal>

#include "base/pipe_buffer.h"
#include "classifier/classifier.h"
#include "protocol/dispatch.h"
#include "protocol/framing.h"
#include "handlers/handlers.h"
#include "protocol/caller_check.h"
#include "protocol/protocol_error.h"
#include "store/data_dir.h"

namespace consentry {

namespace {

// Ends the session for anything but a frame: logs why and returns the exit code.
int finish(const FrameRead& read, size_t limit, int frames_fd) {
  switch (read.status) {
    case FrameStatus::end_of_input: return 0;
    case FrameStatus::too_large: {
      std::string message = "message of " + std::to_string(read.declared_length) +
                            " bytes exceeds the limit of " + std::to_string(limit);
      spdlog::error("{}; exiting", message);
      write_frame(frames_fd, error_reply(ErrorCode::too_large, message));
      return 1;
    }
    case FrameStatus::truncated_header:
      spdlog::error("input ended inside a frame header; exiting");
      return 1;
    case FrameStatus::truncated_body:
      spdlog::error("input ended inside a {}-byte frame; exiting", read.declared_length);
      return 1;
    case FrameStatus::read_error:
    case FrameStatus::frame: break;
  }
  spdlog::error("reading stdin failed; exiting");
  return 1;
}

}  // namespace

int run_serve(const ServeOptions& options, const std::optional<std::string>& data_dir) {
  int frames_fd = take_stdout_for_frames();
  if (frames_fd < 0) {
    spdlog::error("cannot take stdout for the protocol");
    return 1;
  }
  std::signal(SIGPIPE, SIG_IGN);  // a closed browser pipe is a failed write, not a crash
  enlarge_pipe(STDIN_FILENO);
  enlarge_pipe(frames_fd);

  std::unique_ptr<HostContext> context;
  try {
    boost::filesystem::path folder = resolve_data_dir(data_dir);
    if (options.caller && !caller_allowed(*options.caller, folder)) {
      spdlog::error(
          "refusing caller {}: the host was not installed for it (consentry-host install "
          "--extension-id ID adds one)",
          *options.caller);
      return 1;
    }
    context = std::make_unique<HostContext>(
        folder, []() -> std::shared_ptr<const Classifier> { return Classifier::load_builtin(); });
  } catch (const std::exception& error) {
    spdlog::error("cannot start: {}", error.what());
    return 1;
  }
  Dispatcher dispatcher(make_handler_table(*context));
  FrameReader reader(STDIN_FILENO, options.max_message_bytes);
  for (;;) {
    FrameRead read = reader.next();
    if (read.status != FrameStatus::frame) {
      return finish(read, options.max_message_bytes, frames_fd);
    }
    if (!write_frame(frames_fd, dispatcher.reply_to(read.body))) {
      spdlog::error("writing a reply failed (the browser closed the pipe?); exiting");
      return 1;
    }
  }
}

}  // namespace consentry
