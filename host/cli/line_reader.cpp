#include "cli/line_reader.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace consentry {

namespace {
constexpr size_t kFirstBufferBytes = 256 * 1024;  // grows only for a longer line
}

LineReader::LineReader(int fd, size_t max_line_bytes)
    : fd_(fd),
      max_line_bytes_(max_line_bytes),
      buffer_(std::make_unique_for_overwrite<char[]>(kFirstBufferBytes)),
      capacity_(kFirstBufferBytes) {}

bool LineReader::refill() {
  if (eof_ || error_) return false;
  size_t kept = size_ - start_;
  if (kept == capacity_) {  // one line fills the buffer: double it (up to the line limit)
    auto larger = std::make_unique_for_overwrite<char[]>(2 * capacity_);
    std::memcpy(larger.get(), buffer_.get() + start_, kept);
    buffer_ = std::move(larger);
    capacity_ *= 2;
  } else if (kept > 0 && start_ > 0) {
    std::memmove(buffer_.get(), buffer_.get() + start_, kept);
  }
  start_ = 0;
  size_ = kept;
  ssize_t got;
  do {
    got = ::read(fd_, buffer_.get() + kept, capacity_ - kept);
  } while (got < 0 && errno == EINTR);
  if (got > 0) size_ += static_cast<size_t>(got);
  if (got < 0) error_ = true;
  if (got == 0) eof_ = true;
  return got > 0;
}

LineReader::Status LineReader::skip_rest_of_line() {
  for (;;) {
    const char* begin = buffer_.get() + start_;
    const void* newline = std::memchr(begin, '\n', size_ - start_);
    if (newline) {
      start_ = static_cast<const char*>(newline) - buffer_.get() + 1;
      return Status::too_long;
    }
    start_ = size_;
    if (!refill()) return error_ ? Status::read_error : Status::too_long;
  }
}

LineReader::Status LineReader::next(std::string_view& line) {
  size_t scanned = 0;  // bytes after start_ already known to hold no newline
  for (;;) {
    const char* begin = buffer_.get() + start_;
    size_t available = size_ - start_;
    const void* newline = std::memchr(begin + scanned, '\n', available - scanned);
    if (newline || (eof_ && available > 0)) {
      size_t length = newline ? static_cast<const char*>(newline) - begin : available;
      if (length > max_line_bytes_) {
        start_ += newline ? length + 1 : length;
        return Status::too_long;
      }
      line = std::string_view(begin, length);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      start_ += newline ? length + 1 : length;
      return Status::line;
    }
    if (available > max_line_bytes_) return skip_rest_of_line();
    scanned = available;
    if (!refill()) {
      if (error_) return Status::read_error;
      if (size_ == start_) return Status::end;
      scanned = 0;  // loop once more to hand out the unterminated last line
    }
  }
}

}  // namespace consentry
