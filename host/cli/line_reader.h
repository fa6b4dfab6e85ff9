// JSON Lines input for classify and inspect: reads a file descriptor in large chunks and hands out
// one line at a time without copying (a view into its buffer, valid until the next call). A
// trailing "\r" is dropped; a last line without "\n" still counts. A line longer than the limit is
// reported as `too_long` and skipped whole, so memory stays bounded whatever the input.
#pragma once
#include <cstddef>
#include <memory>
#include <string_view>

namespace consentry {

class LineReader {
 public:
  static constexpr size_t kDefaultMaxLineBytes = 1024 * 1024;

  explicit LineReader(int fd, size_t max_line_bytes = kDefaultMaxLineBytes);

  enum class Status { line, too_long, end, read_error };
  // On `line`, `line` views the text without its end-of-line.
  Status next(std::string_view& line);

 private:
  bool refill();  // false at EOF or on a read error (then error_ is set)
  Status skip_rest_of_line();

  int fd_;
  size_t max_line_bytes_;
  // Not a std::string: growing one zero-fills each chunk before read() overwrites it.
  std::unique_ptr<char[]> buffer_;
  size_t capacity_ = 0;
  size_t size_ = 0;   // bytes read into buffer_
  size_t start_ = 0;  // first unread byte in buffer_
  bool eof_ = false;
  bool error_ = false;
};

}  // namespace consentry
