#include "protocol/framing.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "base/fd_write.h"

namespace consentry {

namespace {

constexpr size_t kHeaderBytes = 4;
constexpr size_t kReadChunk = 64 * 1024;

uint32_t decode_length(const char* bytes) {
  const auto* b = reinterpret_cast<const unsigned char*>(bytes);
  return uint32_t{b[0]} | uint32_t{b[1]} << 8 | uint32_t{b[2]} << 16 | uint32_t{b[3]} << 24;
}

}  // namespace

FrameReader::FrameReader(int fd, size_t max_request_bytes)
    : fd_(fd), max_request_bytes_(max_request_bytes) {}

bool FrameReader::fill(size_t count) {
  while (buffer_.size() - start_ < count) {
    buffer_.erase(0, start_);  // keep only unread bytes, so memory follows what really arrived
    start_ = 0;
    size_t old_size = buffer_.size();
    buffer_.resize(old_size + kReadChunk);
    ssize_t got = ::read(fd_, buffer_.data() + old_size, kReadChunk);
    buffer_.resize(old_size + (got > 0 ? static_cast<size_t>(got) : 0));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) failed_ = true;
    if (got <= 0) return false;
  }
  return true;
}

FrameRead FrameReader::next() {
  FrameRead result;
  if (!fill(kHeaderBytes)) {
    bool nothing_left = buffer_.size() == start_;
    result.status = failed_        ? FrameStatus::read_error
                    : nothing_left ? FrameStatus::end_of_input
                                   : FrameStatus::truncated_header;
    return result;
  }
  result.declared_length = decode_length(buffer_.data() + start_);
  start_ += kHeaderBytes;
  if (result.declared_length > max_request_bytes_) {
    result.status = FrameStatus::too_large;
    return result;
  }
  if (!fill(result.declared_length)) {
    result.status = failed_ ? FrameStatus::read_error : FrameStatus::truncated_body;
    return result;
  }
  result.body.assign(buffer_, start_, result.declared_length);
  start_ += result.declared_length;
  result.status = FrameStatus::frame;
  return result;
}

std::string encode_frame(std::string_view body) {
  auto length = static_cast<uint32_t>(body.size());
  std::string frame;
  frame.reserve(kHeaderBytes + body.size());
  for (int shift = 0; shift < 32; shift += 8) frame.push_back(static_cast<char>(length >> shift));
  frame.append(body);
  return frame;
}

bool write_frame(int fd, std::string_view body) {
  if (body.size() > kMaxReplyBytes) return false;
  std::string frame = encode_frame(body);
  return write_fully(fd, frame);
}

int take_stdout_for_frames() {
  int frames_fd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (frames_fd < 0) return -1;
  if (::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    ::close(frames_fd);
    return -1;
  }
  return frames_fd;
}

}  // namespace consentry
