// Larger pipe buffers for the host's bulk streams: the native-messaging frames of `serve` and the
// JSON Lines of `classify`.
#pragma once
#include <cstddef>

namespace consentry {

inline constexpr size_t kPipeBufferBytes = 1024 * 1024;

// Asks for a kPipeBufferBytes buffer on `fd` (Linux; the default is 64 KiB), so a batch of
// cookies or a flush of output crosses in one write instead of taking turns with the reader every
// 64 KiB. Best effort: a descriptor that is not a pipe, or a size over
// /proc/sys/fs/pipe-max-size, keeps what it has.
void enlarge_pipe(int fd);

}  // namespace consentry
