// Native messaging mode: frames on stdin/stdout until EOF (exit 0). stdout is moved to a private
// descriptor first, so nothing but frames can reach the browser. When a browser launched the host,
// its caller must be one the host was installed for (install.h), checked before anything is read.
// A request over the limit gets a `too_large` error reply and the host exits 1 without reading
// it; a stream cut inside a frame, a refused caller or a failed start also exit 1, each with a
// log line on stderr.
#pragma once
#include <optional>
#include <string>

#include "cli/command_line.h"

namespace consentry {

int run_serve(const ServeOptions& options, const std::optional<std::string>& data_dir);

}  // namespace consentry
