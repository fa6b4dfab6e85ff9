#include "cli/classify_command.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "cli/line_reader.h"
#include "clock.h"
#include "cookie_json.h"
#include "fd_write.h"
#include "untrusted_json.h"
#include "verdict.h"

namespace consentry {

namespace {

constexpr size_t kFlushBytes = 256 * 1024;

// `replace` guards against a reason cut inside a UTF-8 sequence; the input itself was validated.
std::string to_line(const nlohmann::json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string error_line(std::string_view message) { return to_line({{"error", message}}); }

int open_input(const std::string& file) {
  if (file.empty() || file == "-") return STDIN_FILENO;
  return ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
}

}  // namespace

ClassifiedLine classify_line(const Classifier& classifier, std::string_view line, double now) {
  try {
    Cookie cookie = cookie_from_json(parse_untrusted_json(line));
    return {to_line(classification_to_json(classifier.classify(cookie, now))), true};
  } catch (const InvalidJson& error) {
    return {error_line(std::string("not valid JSON: ") + error.what()), false};
  } catch (const InvalidCookie& error) {
    return {error_line(std::string("not a valid cookie: ") + error.what()), false};
  }
}

int run_classify(const std::string& file) {
  int fd = open_input(file);
  if (fd < 0) {
    spdlog::error("cannot open {}: {}", file, std::strerror(errno));
    return 2;
  }
  auto classifier = Classifier::load_builtin();
  double now = seconds_since_epoch();
  LineReader reader(fd);
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
    ClassifiedLine result = status == LineReader::Status::too_long
                                ? ClassifiedLine{error_line("line longer than 1 MiB"), false}
                                : classify_line(*classifier, line, now);
    any_failed |= !result.ok;
    out += result.json;
    out += '\n';
    if (out.size() >= kFlushBytes && !flush()) return 1;  // the reader went away
  }
  if (fd != STDIN_FILENO) ::close(fd);
  return flush() && !any_failed ? 0 : 1;
}

}  // namespace consentry
