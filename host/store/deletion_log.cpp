#include "store/deletion_log.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <deque>

#include "base/ascii_lower.h"
#include "base/clock.h"
#include "base/fd_write.h"
#include "json/cookie_json.h"
#include "model/site.h"
#include "store/atomic_file.h"
#include "store/data_dir.h"
#include "store/file_lock.h"
#include "store/storage_error.h"
#include "json/untrusted_json.h"

namespace consentry {

namespace {

namespace fs = boost::filesystem;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr size_t kMaxLineBytes = 1 << 20;  // an entry holds one cookie (at most 4 KiB)
constexpr size_t kChunkBytes = 1 << 16;

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd = -1) : fd_(fd) {}
  ~FileDescriptor() { reset(); }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  void reset(int fd = -1) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

struct stat status_of(int fd, const fs::path& path) {
  struct stat status {};
  if (::fstat(fd, &status) != 0) throw_storage_error("cannot stat", path, errno);
  return status;
}

bool same_file(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

size_t read_at(int fd, char* buffer, size_t size, uint64_t offset, const fs::path& path) {
  for (;;) {
    ssize_t got = ::pread(fd, buffer, size, static_cast<off_t>(offset));
    if (got >= 0) return static_cast<size_t>(got);
    if (errno != EINTR) throw_storage_error("cannot read", path, errno);
  }
}

// Calls on_line(offset, text) for every complete line in [from, to). A line longer than
// kMaxLineBytes comes through empty (so it fails to parse) rather than held in memory.
template <typename OnLine>
void scan_lines(int fd, uint64_t from, uint64_t to, const fs::path& path, OnLine on_line) {
  std::string carry;
  bool too_long = false;
  uint64_t line_start = from;
  std::vector<char> buffer(kChunkBytes);
  for (uint64_t position = from; position < to;) {
    size_t got = read_at(fd, buffer.data(), std::min<uint64_t>(buffer.size(), to - position),
                         position, path);
    if (got == 0) break;
    std::string_view chunk(buffer.data(), got);
    for (size_t newline; (newline = chunk.find('\n')) != std::string_view::npos;) {
      if (!too_long) carry.append(chunk.substr(0, newline));
      on_line(line_start, std::string_view(too_long ? std::string_view() : carry));
      carry.clear();
      too_long = false;
      position += newline + 1;
      line_start = position;
      chunk.remove_prefix(newline + 1);
    }
    if (!too_long) carry.append(chunk);
    if (carry.size() > kMaxLineBytes) {
      too_long = true;
      carry.clear();
      carry.shrink_to_fit();
    }
    position += chunk.size();
  }
}

uint64_t sequence_of(const std::string& id) {
  uint64_t sequence = 0;
  auto dash = id.rfind('-');
  if (dash == std::string::npos) return 0;
  std::from_chars(id.data() + dash + 1, id.data() + id.size(), sequence);
  return sequence;
}

element required(object fields, const char* key) {
  element value;
  if (fields.at_key(key).get(value)) {
    throw InvalidDeletionEntry(std::string("missing \"") + key + "\"");
  }
  return value;
}

// Absent and null read as empty.
std::string optional_string(object fields, const char* key) {
  element value;
  if (fields.at_key(key).get(value) || value.is_null()) return {};
  std::string_view text;
  if (value.get(text)) throw InvalidDeletionEntry(std::string("\"") + key + "\" must be a string");
  return std::string(text);
}

// The members of an entry, inside the object its caller opened (a line adds "more").
void write_members(JsonWriter& out, const DeletionEntry& entry) {
  if (!entry.id.empty()) out.member("id", entry.id);
  if (entry.time != 0) out.member("time", entry.time);
  out.member("site", entry.site);
  out.member("category", category_name(entry.category));
  out.member("reason", entry.reason);
  out.key("cookie");
  write_cookie(out, entry.cookie);
}

}  // namespace

void write_deletion_entry(JsonWriter& out, const DeletionEntry& entry) {
  out.begin_object();
  write_members(out, entry);
  out.end_object();
}

DeletionEntry deletion_entry_from_json(element json) {
  object fields;
  if (json.get(fields)) throw InvalidDeletionEntry("a deletion must be a JSON object");
  DeletionEntry entry;
  try {
    entry.cookie = cookie_from_json(required(fields, "cookie"));
  } catch (const InvalidCookie& error) {
    throw InvalidDeletionEntry(std::string("cookie: ") + error.what());
  }
  std::string_view category_text;
  auto category = required(fields, "category").get(category_text) ? std::nullopt
                                                                  : parse_category(category_text);
  if (!category) throw InvalidDeletionEntry("\"category\" must be a category name");
  entry.category = *category;
  entry.id = optional_string(fields, "id");
  entry.reason = optional_string(fields, "reason");
  entry.site = registrable_domain(optional_string(fields, "site"));
  if (element time; !fields.at_key("time").get(time) && !time.is_null()) {
    // get_double takes integers too; the parser already refused numbers that are not finite.
    if (time.get(entry.time) || entry.time < 0) {
      throw InvalidDeletionEntry("\"time\" must be seconds since the epoch");
    }
  }
  return entry;
}

struct DeletionLog::Index {
  struct Entry {
    uint64_t offset;
    uint32_t length;
    double time;
    std::string site;
    std::string id;
  };

  FileDescriptor fd;  // held open so the inode, and so every offset, stays valid
  uint64_t end = 0;   // bytes indexed, always just after the last line of a batch
  size_t valid_lines = 0;
  uint64_t last_sequence = 0;
  std::deque<Entry> newest;    // the newest `capacity` valid lines, oldest first
  UntrustedJsonParser parser;  // one for every line read, so its buffers are reused

  void clear() {
    end = 0;
    valid_lines = 0;
    last_sequence = 0;
    newest.clear();
  }

  // The entry a line holds, and whether more lines of its batch follow; nullopt for a line that
  // is not an entry.
  std::optional<DeletionEntry> parse_line(std::string_view line, bool* more = nullptr) {
    try {
      element parsed = parser.parse(line);
      DeletionEntry entry = deletion_entry_from_json(parsed);
      if (more) *more = more_follow(parsed);
      return entry;
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }

  // Absent means false; anything but a boolean makes the line unreadable.
  static bool more_follow(element line) {
    element more;
    if (line.at_key("more").get(more)) return false;
    bool flag = false;
    if (more.get(flag)) throw InvalidDeletionEntry("\"more\" must be true or false");
    return flag;
  }

  void add(Entry entry, size_t capacity) {
    last_sequence = std::max(last_sequence, sequence_of(entry.id));
    ++valid_lines;
    newest.push_back(std::move(entry));
    if (newest.size() > capacity) newest.pop_front();
  }
};

DeletionLog::DeletionLog(fs::path data_dir, size_t capacity)
    : path_(data_dir / "deletions.jsonl"),
      lock_path_(data_dir / "deletions.lock"),
      capacity_(std::max<size_t>(capacity, 1)),
      index_(std::make_unique<Index>()) {
  create_data_dir(data_dir);
}

DeletionLog::~DeletionLog() = default;

void DeletionLog::refresh() const {
  struct stat on_disk {};
  if (::stat(path_.c_str(), &on_disk) != 0) {
    if (errno != ENOENT) throw_storage_error("cannot stat", path_, errno);
    index_->fd.reset();
    index_->clear();
    return;
  }
  if (index_->fd.get() < 0 || !same_file(status_of(index_->fd.get(), path_), on_disk)) {
    int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && errno != ENOENT) throw_storage_error("cannot open", path_, errno);
    index_->fd.reset(fd);
    index_->clear();
    if (fd < 0) return;
  }
  auto size = static_cast<uint64_t>(status_of(index_->fd.get(), path_).st_size);
  if (size < index_->end) index_->clear();  // cut back by a failed append: read it afresh
  // Entries become visible a whole batch at a time: a batch's lines but the last carry
  // "more": true, so the part of a batch a crashed writer left is never indexed (and the next
  // append cuts it off).
  std::vector<Index::Entry> batch;
  size_t unreadable = 0;
  scan_lines(index_->fd.get(), index_->end, size, path_,
             [&](uint64_t offset, std::string_view line) {
               bool more = false;
               auto entry = index_->parse_line(line, &more);
               if (!entry) {
                 ++unreadable;
                 return;
               }
               batch.push_back({offset, static_cast<uint32_t>(line.size()), entry->time,
                                std::move(entry->site), std::move(entry->id)});
               if (more) return;
               for (Index::Entry& complete : batch) index_->add(std::move(complete), capacity_);
               batch.clear();
               index_->end = offset + line.size() + 1;
             });
  if (unreadable) spdlog::warn("skipped {} unreadable lines in {}", unreadable, path_.string());
}

std::optional<DeletionEntry> DeletionLog::read_entry(uint64_t offset, uint32_t length) const {
  std::string line(length, '\0');
  if (read_at(index_->fd.get(), line.data(), length, offset, path_) != length) return std::nullopt;
  return index_->parse_line(line);
}

std::vector<DeletionEntry> DeletionLog::append(std::vector<DeletionEntry> entries) {
  if (entries.empty()) return entries;
  FileLock lock(lock_path_);
  FileDescriptor out(
      ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, kPrivateFileMode));
  if (out.get() < 0) throw_storage_error("cannot open", path_, errno);
  std::lock_guard guard(mutex_);
  refresh();
  uint64_t start = index_->end;
  // Whatever follows the last whole batch was left by a crashed writer: cut it before appending.
  if (static_cast<uint64_t>(status_of(out.get(), path_).st_size) > start &&
      ::ftruncate(out.get(), static_cast<off_t>(start)) != 0) {
    throw_storage_error("cannot repair", path_, errno);
  }

  double now = seconds_since_epoch();
  std::string prefix = "d-" + std::to_string(static_cast<long long>(now)) + "-";
  std::string batch;
  std::vector<Index::Entry> added;
  added.reserve(entries.size());
  uint64_t sequence = index_->last_sequence;
  for (DeletionEntry& entry : entries) {
    entry.id = prefix + std::to_string(++sequence);
    if (entry.time == 0) entry.time = now;
    if (entry.site.empty()) entry.site = site_of(entry.cookie);
    size_t line_start = batch.size();
    JsonWriter line(batch);
    line.begin_object();
    write_members(line, entry);
    if (&entry != &entries.back()) line.member("more", true);
    line.end_object();
    added.push_back({start + line_start, static_cast<uint32_t>(batch.size() - line_start),
                     entry.time, entry.site, entry.id});
    batch += '\n';
  }
  try {
    if (!write_fully(out.get(), batch)) throw_storage_error("cannot append to", path_, errno);
  } catch (const StorageError&) {
    if (::ftruncate(out.get(), static_cast<off_t>(start)) != 0) {
      spdlog::error("cannot cut a failed append from {}: {}", path_.string(), std::strerror(errno));
    }
    throw;
  }
  index_->end = start + batch.size();
  for (Index::Entry& entry : added) index_->add(std::move(entry), capacity_);
  if (index_->valid_lines > 2 * capacity_) compact();
  return entries;
}

void DeletionLog::compact() {
  uint64_t cut = index_->newest.front().offset;
  remove_stale_temp_files(path_);
  AtomicFileWriter writer(path_);
  std::vector<char> buffer(kChunkBytes);
  for (uint64_t position = cut; position < index_->end;) {
    size_t got =
        read_at(index_->fd.get(), buffer.data(),
                std::min<uint64_t>(buffer.size(), index_->end - position), position, path_);
    if (got == 0) throw StorageError("unexpected end of " + path_.string() + " while compacting");
    writer.write(std::string_view(buffer.data(), got));
    position += got;
  }
  writer.commit();
  index_->fd.reset(::open(path_.c_str(), O_RDONLY | O_CLOEXEC));
  if (index_->fd.get() < 0) throw_storage_error("cannot open", path_, errno);
  for (Index::Entry& entry : index_->newest) entry.offset -= cut;
  index_->end -= cut;
  index_->valid_lines = index_->newest.size();
}

DeletionPage DeletionLog::query(const DeletionQuery& query) const {
  std::optional<std::string> site;
  if (query.site)
    site = query.site_contains ? ascii_lowercase(*query.site) : registrable_domain(*query.site);
  auto matches = [&](const Index::Entry& entry) {
    if (site &&
        (query.site_contains ? entry.site.find(*site) == std::string::npos : entry.site != *site)) {
      return false;
    }
    return (!query.since || entry.time >= *query.since) &&
           (!query.until || entry.time <= *query.until);
  };

  std::lock_guard guard(mutex_);
  refresh();
  DeletionPage page;
  for (auto it = index_->newest.rbegin(); it != index_->newest.rend(); ++it) {
    if (!matches(*it)) continue;
    bool on_page = page.total >= query.offset && page.entries.size() < query.limit;
    ++page.total;
    if (!on_page) continue;
    if (auto entry = read_entry(it->offset, it->length)) page.entries.push_back(std::move(*entry));
  }
  return page;
}

std::optional<DeletionEntry> DeletionLog::find(const std::string& id) const {
  std::lock_guard guard(mutex_);
  refresh();
  auto it = std::find_if(index_->newest.rbegin(), index_->newest.rend(),
                         [&](const Index::Entry& entry) { return entry.id == id; });
  if (it == index_->newest.rend()) return std::nullopt;
  return read_entry(it->offset, it->length);
}

size_t DeletionLog::size() const {
  std::lock_guard guard(mutex_);
  refresh();
  return index_->newest.size();
}

}  // namespace consentry
