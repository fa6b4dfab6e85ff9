// Any byte stream as a browser's stdin: FrameReader returns exactly the frames the stream holds,
// in order, each within the limit, then one terminal status that matches what is left.
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>

#include "protocol/framing.h"
#include "fuzz_check.h"

namespace {

using consentry::FrameStatus;

// Small, so short inputs reach `too_large` too.
constexpr size_t kLimit = 4096;

// The bytes behind a descriptor, as the host's stdin would be.
int stream_of(const uint8_t* data, size_t size) {
  int fd = ::memfd_create("frames", MFD_CLOEXEC);
  FUZZ_CHECK(fd >= 0);
  FUZZ_CHECK(::write(fd, data, size) == static_cast<ssize_t>(size));
  FUZZ_CHECK(::lseek(fd, 0, SEEK_SET) == 0);
  return fd;
}

uint32_t prefix_at(const uint8_t* bytes) {
  return uint32_t{bytes[0]} | uint32_t{bytes[1]} << 8 | uint32_t{bytes[2]} << 16 |
         uint32_t{bytes[3]} << 24;
}

void check_terminal(const consentry::FrameRead& read, const uint8_t* rest, size_t left) {
  switch (read.status) {
    case FrameStatus::end_of_input: FUZZ_CHECK(left == 0); break;
    case FrameStatus::truncated_header: FUZZ_CHECK(left > 0 && left < 4); break;
    case FrameStatus::too_large:
      FUZZ_CHECK(left >= 4 && read.declared_length == prefix_at(rest) &&
                 read.declared_length > kLimit);
      break;
    case FrameStatus::truncated_body:
      FUZZ_CHECK(left >= 4 && prefix_at(rest) <= kLimit && left - 4 < prefix_at(rest));
      break;
    default: FUZZ_CHECK(!"unexpected status");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  int fd = stream_of(data, size);
  consentry::FrameReader reader(fd, kLimit);
  size_t consumed = 0;
  for (;;) {
    consentry::FrameRead read = reader.next();
    if (read.status != FrameStatus::frame) {
      check_terminal(read, data + consumed, size - consumed);
      break;
    }
    FUZZ_CHECK(read.body.size() == read.declared_length && read.body.size() <= kLimit);
    FUZZ_CHECK(consentry::encode_frame(read.body).size() == 4 + read.body.size());
    FUZZ_CHECK(std::memcmp(consentry::encode_frame(read.body).data(), data + consumed,
                           4 + read.body.size()) == 0);
    consumed += 4 + read.body.size();
  }
  ::close(fd);
  return 0;
}
