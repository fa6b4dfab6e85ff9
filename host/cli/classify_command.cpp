#include "cli/classify_command.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/line_reader.h"
#include "base/clock.h"
#include "json/cookie_json.h"
#include "base/fd_write.h"
#include "base/pipe_buffer.h"
#include "json/json_writer.h"
#include "judge/verdict.h"

namespace consentry {

namespace {

constexpr size_t kFlushBytes = 256 * 1024;

bool write_error(std::string& out, std::string_view what, std::string_view detail = {}) {
  JsonWriter line(out);
  line.begin_object();
  line.member("error", std::string(what) + std::string(detail));
  line.end_object();
  return false;
}

int open_input(const std::string& file) {
  if (file.empty() || file == "-") return STDIN_FILENO;
  return ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
}

}  // namespace

bool classify_line(UntrustedJsonParser& parser, const Classifier& classifier, std::string_view line,
                   double now, std::string& out) {
  thread_local Cookie cookie;  // its strings' memory serves every line
  try {
    read_cookie(parser.parse(line), cookie);
  } catch (const InvalidJson& error) {
    return write_error(out, "not valid JSON: ", error.what());
  } catch (const InvalidCookie& error) {
    return write_error(out, "not a valid cookie: ", error.what());
  }
  JsonWriter writer(out);
  write_classification(writer, classifier.classify(cookie, now));
  return true;
}

int run_classify(const std::string& file) {
  int fd = open_input(file);
  if (fd < 0) {
    spdlog::error("cannot open {}: {}", file, std::strerror(errno));
    return 2;
  }
  enlarge_pipe(fd);  // one 256 KiB flush would take the reader four turns of a 64 KiB pipe
  enlarge_pipe(STDOUT_FILENO);
  auto classifier = Classifier::load_builtin();
  double now = seconds_since_epoch();
  LineReader reader(fd);
  UntrustedJsonParser parser;
  std::string out;
  out.reserve(kFlushBytes + 64 * 1024);
  bool any_failed = false;
  auto flush = [&] {
    if (!write_fully(STDOUT_FILENO, out)) return false;
    out.clear();
    return true;
  };

  std::string_view line;
  for (LineReader::Status status; (status = reader.next(line)) != LineReader::Status::end;) {
    if (status == LineReader::Status::read_error) {
      spdlog::error("reading {}: {}", file.empty() ? "stdin" : file, std::strerror(errno));
      any_failed = true;
      break;
    }
    bool ok = status == LineReader::Status::too_long
                  ? write_error(out, "line longer than 1 MiB")
                  : classify_line(parser, *classifier, line, now, out);
    any_failed |= !ok;
    out += '\n';
    if (out.size() >= kFlushBytes && !flush()) return 1;  // the reader went away
  }
  if (fd != STDIN_FILENO) ::close(fd);
  return flush() && !any_failed ? 0 : 1;
}

}  // namespace consentry
