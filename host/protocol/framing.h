// Native messaging frames: a 32-bit little-endian length, then that many bytes of UTF-8 JSON, in
// both directions. The reader never allocates more than the request limit, whatever a length
// prefix claims; the writer refuses bodies over the browsers' 1 MiB reply limit.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace consentry {

inline constexpr size_t kMaxReplyBytes = 1024 * 1024;               // browsers close the port above
inline constexpr size_t kDefaultMaxRequestBytes = 4 * 1024 * 1024;  // keeps peak RSS < 64 MiB

enum class FrameStatus {
  frame,             // `body` holds one whole message
  end_of_input,      // EOF before a header: the browser is gone
  too_large,         // the prefix asks for more than the limit; the body was not read
  truncated_header,  // EOF inside the 4-byte header
  truncated_body,    // EOF before the body was complete
  read_error,        // read(2) failed
};

struct FrameRead {
  FrameStatus status = FrameStatus::end_of_input;
  std::string body;
  uint32_t declared_length = 0;  // the prefix, when one was read
};

// Reads frames from a file descriptor through its own buffer, so a write holding several frames
// costs one read(2). Not thread-safe.
class FrameReader {
 public:
  FrameReader(int fd, size_t max_request_bytes);
  FrameRead next();

 private:
  // Ensures `count` unread bytes are buffered; false on EOF or error (then `failed_` tells which).
  bool fill(size_t count);

  int fd_;
  size_t max_request_bytes_;
  std::string buffer_;
  size_t start_ = 0;  // first unread byte in buffer_
  bool failed_ = false;
};

// The 4-byte prefix followed by `body`, ready to write.
std::string encode_frame(std::string_view body);

// Writes one frame, retrying short writes and EINTR. Returns false if the body exceeds
// kMaxReplyBytes (nothing is written) or the write fails (e.g. the browser closed the pipe).
bool write_frame(int fd, std::string_view body);

// KDE plasma-browser-integration's guard: duplicates stdout to a private descriptor (returned,
// close-on-exec) used only for frames, then points fd 1 at stderr, so a stray print from any
// library lands in the log instead of corrupting the protocol. Returns -1 on failure.
int take_stdout_for_frames();

}  // namespace consentry
