// What the host-level fuzz targets share: a quiet logger that still formats every message (so
// user text reaching a log line is exercised), the built-in classifier loaded once, and a host
// context on a fresh temporary data folder.
#pragma once
#include <spdlog/sinks/null_sink.h>
#include <spdlog/spdlog.h>

#include <memory>

#include "classifier/classifier.h"
#include "protocol/dispatch.h"
#include "handlers/handlers.h"
#include "support/temp_dir.h"

namespace consentry::fuzzing {

inline void log_to_nowhere() {
  static bool done = [] {
    spdlog::set_default_logger(spdlog::null_logger_st("fuzz"));
    spdlog::set_level(spdlog::level::trace);
    return true;
  }();
  (void)done;
}

inline std::shared_ptr<const Classifier> builtin_classifier() {
  static std::shared_ptr<const Classifier> classifier = Classifier::load_builtin();
  return classifier;
}

// One serve session's state in its own data folder, removed with the session.
struct HostSession {
  testing::TempDir dir;
  HostContext context{dir.path(), builtin_classifier};
  Dispatcher dispatcher{make_handler_table(context)};
};

}  // namespace consentry::fuzzing
