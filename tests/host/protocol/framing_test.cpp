#include "protocol/framing.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <thread>

namespace consentry {
namespace {

// A pipe whose write end is filled (from a thread, so big inputs cannot block) and then closed.
class FedPipe {
 public:
  explicit FedPipe(std::string bytes) {
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error("pipe");
    read_fd_ = fds[0];
    writer_ = std::thread([fd = fds[1], bytes = std::move(bytes)] {
      const char* data = bytes.data();
      size_t left = bytes.size();
      while (left > 0) {
        ssize_t n = ::write(fd, data, left);
        if (n <= 0) break;
        data += n;
        left -= static_cast<size_t>(n);
      }
      ::close(fd);
    });
  }
  ~FedPipe() {
    ::close(read_fd_);
    writer_.join();
  }
  int fd() const { return read_fd_; }

 private:
  int read_fd_;
  std::thread writer_;
};

std::string prefix(uint32_t length) {
  std::string bytes(4, '\0');
  for (int i = 0; i < 4; ++i) bytes[i] = static_cast<char>(length >> (8 * i));
  return bytes;
}

TEST(FramingTest, EncodesTheLengthLittleEndian) {
  std::string frame = encode_frame(std::string(0x0102, 'x'));
  ASSERT_EQ(frame.size(), 4u + 0x0102);
  EXPECT_EQ(frame.substr(0, 4), std::string("\x02\x01\x00\x00", 4));
}

TEST(FramingTest, ReadsSeveralFramesFromOneWrite) {
  FedPipe pipe(encode_frame("{\"a\":1}") + encode_frame("[]") + encode_frame("\"é\""));
  FrameReader reader(pipe.fd(), kDefaultMaxRequestBytes);
  for (const char* expected : {"{\"a\":1}", "[]", "\"é\""}) {
    FrameRead read = reader.next();
    ASSERT_EQ(read.status, FrameStatus::frame);
    EXPECT_EQ(read.body, expected);
  }
  EXPECT_EQ(reader.next().status, FrameStatus::end_of_input);
}

TEST(FramingTest, EmptyInputIsTheEnd) {
  FedPipe pipe("");
  FrameReader reader(pipe.fd(), kDefaultMaxRequestBytes);
  EXPECT_EQ(reader.next().status, FrameStatus::end_of_input);
}

TEST(FramingTest, ZeroLengthFrameHasAnEmptyBody) {
  FedPipe pipe(prefix(0));
  FrameReader reader(pipe.fd(), kDefaultMaxRequestBytes);
  FrameRead read = reader.next();
  EXPECT_EQ(read.status, FrameStatus::frame);
  EXPECT_EQ(read.body, "");
}

TEST(FramingTest, ShortHeaderIsTruncated) {
  FedPipe pipe(std::string("\x05\x00", 2));
  FrameReader reader(pipe.fd(), kDefaultMaxRequestBytes);
  EXPECT_EQ(reader.next().status, FrameStatus::truncated_header);
}

TEST(FramingTest, ShortBodyIsTruncated) {
  FedPipe pipe(prefix(10) + "{\"a\"");
  FrameReader reader(pipe.fd(), kDefaultMaxRequestBytes);
  FrameRead read = reader.next();
  EXPECT_EQ(read.status, FrameStatus::truncated_body);
  EXPECT_EQ(read.declared_length, 10u);
}

TEST(FramingTest, HugePrefixIsRefusedWithoutReadingTheBody) {
  FedPipe pipe(prefix(0xffffffff) + "xyz");
  FrameReader reader(pipe.fd(), kDefaultMaxRequestBytes);
  FrameRead read = reader.next();
  EXPECT_EQ(read.status, FrameStatus::too_large);
  EXPECT_EQ(read.declared_length, 0xffffffffu);
  EXPECT_TRUE(read.body.empty());
}

TEST(FramingTest, TheLimitItselfIsAcceptedAndOneMoreIsNot) {
  std::string body(100, 'x');
  FedPipe pipe(encode_frame(body) + encode_frame(body + "y"));
  FrameReader reader(pipe.fd(), 100);
  EXPECT_EQ(reader.next().status, FrameStatus::frame);
  EXPECT_EQ(reader.next().status, FrameStatus::too_large);
}

TEST(FramingTest, ReadsAFrameLargerThanThePipeAndTheReadChunk) {
  std::string body(300 * 1024, 'b');
  body.back() = 'e';
  FedPipe pipe(encode_frame(body) + encode_frame("next"));
  FrameReader reader(pipe.fd(), kDefaultMaxRequestBytes);
  FrameRead read = reader.next();
  ASSERT_EQ(read.status, FrameStatus::frame);
  EXPECT_EQ(read.body, body);
  EXPECT_EQ(reader.next().body, "next");
}

TEST(FramingTest, ReadErrorIsReported) {
  FrameReader reader(-1, kDefaultMaxRequestBytes);
  EXPECT_EQ(reader.next().status, FrameStatus::read_error);
}

std::string drain(int fd) {
  std::string bytes;
  char chunk[65536];
  for (ssize_t n; (n = ::read(fd, chunk, sizeof chunk)) > 0;) bytes.append(chunk, n);
  return bytes;
}

TEST(FramingTest, WritesAReplyOfExactlyOneMebibyteAndRefusesMore) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  std::string written;
  std::thread reader([&] { written = drain(fds[0]); });
  EXPECT_TRUE(write_frame(fds[1], std::string(kMaxReplyBytes, 'a')));
  EXPECT_FALSE(write_frame(fds[1], std::string(kMaxReplyBytes + 1, 'a')));
  ::close(fds[1]);
  reader.join();
  ::close(fds[0]);
  EXPECT_EQ(written.size(), 4 + kMaxReplyBytes);  // only the first frame
  EXPECT_EQ(written.substr(0, 4), prefix(kMaxReplyBytes));
}

TEST(FramingTest, StrayPrintsAfterTakingStdoutGoToStderr) {
  int out[2], err[2];
  ASSERT_EQ(::pipe(out), 0);
  ASSERT_EQ(::pipe(err), 0);
  pid_t child = ::fork();
  if (child == 0) {
    ::dup2(out[1], STDOUT_FILENO);
    ::dup2(err[1], STDERR_FILENO);
    ::close(out[0]);
    ::close(err[0]);
    ::close(out[1]);
    ::close(err[1]);
    int frames = take_stdout_for_frames();
    std::printf("stray print\n");
    std::fflush(stdout);
    bool ok = frames >= 0 && write_frame(frames, "{}");
    ::_exit(ok ? 0 : 1);
  }
  ::close(out[1]);
  ::close(err[1]);
  std::string to_stdout = drain(out[0]);
  std::string to_stderr = drain(err[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  ::close(out[0]);
  ::close(err[0]);
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(to_stdout, encode_frame("{}"));
  EXPECT_EQ(to_stderr, "stray print\n");
}

}  // namespace
}  // namespace consentry
