#include "cli/inspect_command.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <map>
#include <vector>

#include "base/clock.h"
#include "base/fd_write.h"
#include "classifier/classifier.h"
#include "cli/line_reader.h"
#include "cli/terminal_text.h"
#include "json/cookie_json.h"
#include "json/json_writer.h"
#include "json/untrusted_json.h"
#include "judge/verdict.h"
#include "model/lifetime.h"
#include "store/data_dir.h"
#include "store/deletion_log.h"
#include "store/settings_store.h"

namespace consentry {

namespace {

struct Row {
  Cookie cookie;
  Verdict verdict;
  std::optional<double> deleted_at;  // deletion-log rows only
};

using RowsBySite = std::map<std::string, std::vector<Row>>;

struct Judge {
  std::unique_ptr<Classifier> classifier = Classifier::load_builtin();
  Preferences preferences;
  double now = seconds_since_epoch();

  Row operator()(Cookie cookie, std::optional<double> deleted_at) const {
    Verdict verdict = judge(*classifier, preferences, cookie, now);
    return {std::move(cookie), std::move(verdict), deleted_at};
  }
};

// Reads the export; returns false if any line failed (reported on stderr).
bool read_export(int fd, const std::string& file, const Judge& judge, RowsBySite& rows) {
  LineReader reader(fd);
  UntrustedJsonParser parser;
  bool all_ok = true;
  std::string_view line;
  size_t number = 0;
  for (LineReader::Status status; (status = reader.next(line)) != LineReader::Status::end;) {
    ++number;
    if (status == LineReader::Status::read_error) throw std::runtime_error("cannot read " + file);
    try {
      if (status == LineReader::Status::too_long) throw InvalidJson("line longer than 1 MiB");
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;  // blank
      Row row = judge(cookie_from_json(parser.parse(line)), std::nullopt);
      rows[row.verdict.site].push_back(std::move(row));
    } catch (const std::exception& error) {  // InvalidJson or InvalidCookie
      spdlog::error("{} line {}: {}", file, number, error.what());
      all_ok = false;
    }
  }
  return all_ok;
}

void read_deletion_log(const DeletionLog& log, const Judge& judge, RowsBySite& rows) {
  DeletionQuery everything;
  everything.limit = SIZE_MAX;
  for (DeletionEntry& entry : log.query(everything).entries) {
    if (entry.cookie.site.empty()) entry.cookie.site = entry.site;  // judge it where it was seen
    Row row = judge(std::move(entry.cookie), entry.time);
    rows[row.verdict.site].push_back(std::move(row));
  }
}

std::string utc_time(double seconds) {
  std::time_t time = static_cast<std::time_t>(seconds);
  std::tm parts{};
  gmtime_r(&time, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &parts);
  return text;
}

// Escaped for the terminal, then at most `width` bytes, cut on a UTF-8 character boundary,
// marked with "~" when cut.
std::string clip(std::string_view page_text, size_t width) {
  std::string text = escape_for_terminal(page_text);
  if (text.size() <= width) return text;
  size_t end = width - 1;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "~";
}

std::string render_table(const RowsBySite& rows, double now, bool from_log) {
  std::vector<std::string> headers = {"NAME", "DOMAIN", "CATEGORY", "LIFETIME", "ACTION"};
  if (from_log) headers.push_back("DELETED (UTC)");
  headers.push_back("REASON");
  constexpr size_t kMaxCell = 32;

  std::vector<std::vector<std::string>> cells;  // one per row, all sites, in print order
  for (const auto& [site, site_rows] : rows) {
    for (const Row& row : site_rows) {
      std::vector<std::string> line = {
          clip(row.cookie.name, kMaxCell), clip(row.cookie.domain, kMaxCell),
          std::string(category_name(row.verdict.classification.category)),
          describe_lifetime(row.cookie, now), action_name(row.verdict.decision.action)};
      if (from_log) line.push_back(utc_time(*row.deleted_at));
      line.push_back(escape_for_terminal(row.verdict.classification.reason));
      cells.push_back(std::move(line));
    }
  }
  std::vector<size_t> widths(headers.size());
  for (size_t c = 0; c < headers.size(); ++c) widths[c] = headers[c].size();
  for (const auto& line : cells) {
    for (size_t c = 0; c + 1 < line.size(); ++c) widths[c] = std::max(widths[c], line[c].size());
  }
  auto format = [&](const std::vector<std::string>& line) {
    std::string text = "  ";
    for (size_t c = 0; c < line.size(); ++c) {
      text += line[c];
      if (c + 1 < line.size()) text += std::string(widths[c] - line[c].size() + 2, ' ');
    }
    return text + "\n";
  };

  std::string out;
  size_t next = 0;
  for (const auto& [site, site_rows] : rows) {
    size_t deleting = std::count_if(site_rows.begin(), site_rows.end(), [](const Row& row) {
      return row.verdict.decision.action == Action::remove;
    });
    out += escape_for_terminal(site) + ": " + std::to_string(site_rows.size()) + " cookie" +
           (site_rows.size() == 1 ? "" : "s") + ", " + std::to_string(deleting) +
           " to delete under your current preferences\n";
    out += format(headers);
    for (size_t i = 0; i < site_rows.size(); ++i) out += format(cells[next++]);
    out += "\n";
  }
  if (rows.empty()) out = from_log ? "The deletion log is empty.\n" : "No cookies.\n";
  return out;
}

// [{"site", "cookies": [{verdict members, "name", "domain", "path", "lifetime",
// "expirationDate", "deleted_at" (deletion-log rows)}]}], one line.
std::string render_json(const RowsBySite& rows, double now) {
  std::string out;
  JsonWriter writer(out);
  writer.begin_array();
  for (const auto& [site, site_rows] : rows) {
    writer.begin_object();
    writer.member("site", site);
    writer.key("cookies");
    writer.begin_array();
    for (const Row& row : site_rows) {
      writer.begin_object();
      write_verdict_members(writer, row.verdict);
      writer.member("name", row.cookie.name);
      writer.member("domain", row.cookie.domain);
      writer.member("path", row.cookie.path);
      writer.member("lifetime", describe_lifetime(row.cookie, now));
      writer.key("expirationDate");
      if (row.cookie.expiration_date) {
        writer.number(*row.cookie.expiration_date);
      } else {
        writer.null();
      }
      if (row.deleted_at) writer.member("deleted_at", *row.deleted_at);
      writer.end_object();
    }
    writer.end_array();
    writer.end_object();
  }
  writer.end_array();
  return out + "\n";
}

}  // namespace

int run_inspect(const InspectOptions& options, const std::optional<std::string>& data_dir) {
  int fd = -1;
  if (options.file) {
    fd = *options.file == "-" ? STDIN_FILENO : ::open(options.file->c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      spdlog::error("cannot open {}: {}", *options.file, std::strerror(errno));
      return 2;
    }
  }
  RowsBySite rows;
  bool all_ok = true;
  double now = 0;
  try {
    auto folder = resolve_data_dir(data_dir);
    Judge judge;
    judge.preferences = SettingsStore(folder).load();
    now = judge.now;
    if (options.file) {
      all_ok = read_export(fd, *options.file, judge, rows);
    } else {
      read_deletion_log(DeletionLog(folder), judge, rows);
    }
  } catch (const std::exception& error) {
    spdlog::error("{}", error.what());
    return 1;
  }
  if (fd > STDIN_FILENO) ::close(fd);
  std::string out = options.json ? render_json(rows, now) : render_table(rows, now, !options.file);
  if (!write_fully(STDOUT_FILENO, out)) return 1;
  return all_ok ? 0 : 1;
}

}  // namespace consentry
