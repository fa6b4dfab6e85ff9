#include "base/pipe_buffer.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace consentry {
namespace {

// What an unprivileged process may ask for (/proc/sys/fs/pipe-max-size, 1 MiB by default).
long pipe_max_size() {
  long size = 0;
  if (FILE* file = std::fopen("/proc/sys/fs/pipe-max-size", "r")) {
    if (std::fscanf(file, "%ld", &size) != 1) size = 0;
    std::fclose(file);
  }
  return size;
}

TEST(PipeBufferTest, PipesAreEnlargedSoABatchCrossesInOneWrite) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  long before = ::fcntl(fds[0], F_GETPIPE_SZ);
  enlarge_pipe(fds[1]);
  long expected = std::min<long>(static_cast<long>(kPipeBufferBytes), pipe_max_size());
  EXPECT_EQ(::fcntl(fds[0], F_GETPIPE_SZ), std::max(before, expected));  // both ends share it
  ::close(fds[0]);
  ::close(fds[1]);

  std::FILE* file = std::tmpfile();  // not a pipe: left as it is, without an error
  ASSERT_NE(file, nullptr);
  enlarge_pipe(::fileno(file));
  std::fclose(file);
}

}  // namespace
}  // namespace consentry
