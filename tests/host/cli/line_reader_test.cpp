#include "cli/line_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <thread>

namespace consentry {
namespace {

// Every status and line the reader hands out for `input`, "<too long>" for skipped lines.
std::vector<std::string> read_all(const std::string& input,
                                  size_t max_line = LineReader::kDefaultMaxLineBytes) {
  int fds[2];
  EXPECT_EQ(::pipe(fds), 0);
  std::thread writer([&] {
    size_t done = 0;
    while (done < input.size()) {
      ssize_t n = ::write(fds[1], input.data() + done, input.size() - done);
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    ::close(fds[1]);
  });
  LineReader reader(fds[0], max_line);
  std::vector<std::string> lines;
  std::string_view line;
  for (LineReader::Status status; (status = reader.next(line)) != LineReader::Status::end;) {
    lines.push_back(status == LineReader::Status::line ? std::string(line) : "<too long>");
  }
  writer.join();
  ::close(fds[0]);
  return lines;
}

using Lines = std::vector<std::string>;

TEST(LineReaderTest, SplitsLinesAndKeepsEmptyOnes) {
  EXPECT_EQ(read_all("a\n\nb\n"), (Lines{"a", "", "b"}));
  EXPECT_EQ(read_all(""), Lines{});
}

TEST(LineReaderTest, DropsCarriageReturnsAndKeepsAnUnterminatedLastLine) {
  EXPECT_EQ(read_all("a\r\nb"), (Lines{"a", "b"}));
}

TEST(LineReaderTest, SkipsATooLongLineWholeAndGoesOn) {
  EXPECT_EQ(read_all("short\n" + std::string(100, 'x') + "\nnext\n", 10),
            (Lines{"short", "<too long>", "next"}));
  std::string over_a_mebibyte(2'000'000, 'x');
  over_a_mebibyte += "\nnext\n";
  EXPECT_EQ(read_all(over_a_mebibyte), (Lines{"<too long>", "next"}));
  EXPECT_EQ(read_all("ok\n" + std::string(50, 'x'), 10), (Lines{"ok", "<too long>"}));
}

TEST(LineReaderTest, LinesAcrossReadChunksArriveWhole) {
  std::string input;
  Lines expected;
  for (int i = 0; i < 20000; ++i) {
    expected.push_back("line-" + std::to_string(i) + std::string(i % 97, '.'));
    input += expected.back() + "\n";
  }
  EXPECT_EQ(read_all(input), expected);
}

// Longer than the reader's first buffer (256 KiB) but within the limit: the buffer grows for it.
TEST(LineReaderTest, ALineLongerThanTheBufferArrivesWhole) {
  std::string long_line(900'000, 'y');
  EXPECT_EQ(read_all("before\n" + long_line + "\nafter\n"), (Lines{"before", long_line, "after"}));
  EXPECT_EQ(read_all(long_line), Lines{long_line});
}

}  // namespace
}  // namespace consentry
