// What the extension deleted, newest last, with the full cookie so it can be restored. Stored as
// JSON Lines (DATA_DIR/deletions.jsonl, one write_deletion_entry object a line), appended under
// a file lock (DATA_DIR/deletions.lock) in one write per batch. A batch's lines but the last
// carry "more": true, so readers see whole batches only: what a crash left of a batch (a torn
// line, or some lines of it) is skipped on read and cut off by the next append. Bounded: queries
// see the newest `capacity` entries, and the file is compacted to those when it grows past twice
// that, so appends stay O(1) amortised. Each instance keeps an index of the file (offset, time,
// site, id per entry) and reads only what was appended since, so keep one instance for the
// process's life. Appends are not fsync'd (a sweep records thousands a second): a power cut may
// lose the newest batches, never the file; compaction is an atomic, fsync'd replace.
#pragma once
#include <simdjson.h>

#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/category.h"
#include "model/cookie.h"
#include "json/json_writer.h"

namespace consentry {

struct DeletionEntry {
  std::string id;    // unique, assigned by append: "d-<unix seconds>-<sequence>"
  double time = 0;   // seconds since the epoch, assigned by append when 0
  std::string site;  // registrable domain; append uses site_of(cookie) when empty
  Cookie cookie;
  Category category = Category::necessary;
  std::string reason;
};

// Thrown for JSON that is not a deletion entry; what() names the field.
class InvalidDeletionEntry : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// {"id", "time", "site", "category", "reason", "cookie": {write_cookie}}; the form in the file
// and in the deletion_log reply. `id` and `time` are left out while unassigned.
void write_deletion_entry(JsonWriter& out, const DeletionEntry& entry);

// The inverse; `cookie` and `category` are required, the rest optional (record_deletions sends
// no id or time). A `site` is reduced to its registrable domain. Throws InvalidDeletionEntry.
DeletionEntry deletion_entry_from_json(simdjson::dom::element json);

struct DeletionQuery {
  // A registrable domain (a host or URL is reduced); a case-insensitive substring of the site
  // when `site_contains`.
  std::optional<std::string> site;
  bool site_contains = false;
  std::optional<double> since, until;  // since <= time <= until
  size_t offset = 0;                   // entries to skip, newest first
  size_t limit = 100;
};

struct DeletionPage {
  std::vector<DeletionEntry> entries;  // newest first
  size_t total = 0;                    // matching entries in all
};

class DeletionLog {
 public:
  // Creates the folder if needed. Throws StorageError.
  explicit DeletionLog(boost::filesystem::path data_dir, size_t capacity = 10000);
  ~DeletionLog();
  DeletionLog(const DeletionLog&) = delete;
  DeletionLog& operator=(const DeletionLog&) = delete;

  // Assigns ids (and times, sites) and appends; returns the entries as stored. Throws
  // StorageError, and then nothing of the batch is kept.
  std::vector<DeletionEntry> append(std::vector<DeletionEntry> entries);

  // Each throws StorageError when the file cannot be read; a missing file is an empty log.
  DeletionPage query(const DeletionQuery& query) const;
  std::optional<DeletionEntry> find(const std::string& id) const;
  size_t size() const;

  const boost::filesystem::path& path() const { return path_; }

 private:
  struct Index;
  void refresh() const;  // reads what was appended since; mutex_ held
  std::optional<DeletionEntry> read_entry(uint64_t offset, uint32_t length) const;
  void compact();  // file lock and mutex_ held

  boost::filesystem::path path_;
  boost::filesystem::path lock_path_;
  size_t capacity_;
  mutable std::mutex mutex_;
  std::unique_ptr<Index> index_;
};

}  // namespace consentry
