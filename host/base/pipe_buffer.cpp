#include "base/pipe_buffer.h"

#include <fcntl.h>

namespace consentry {

void enlarge_pipe(int fd) {
#ifdef F_SETPIPE_SZ
  ::fcntl(fd, F_SETPIPE_SZ, static_cast<int>(kPipeBufferBytes));
#else
  (void)fd;
#endif
}

}  // namespace consentry
