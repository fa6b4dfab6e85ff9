// What the extension deleted, newest last, with the full cookie so it can be restored. Stored as
// JSON Lines (DATA_DIR/deletions.jsonl), appended under the file lock; a torn last line from a
// crash is skipped on read. Bounded: compacted to the newest `capacity` entries when it grows
// past twice that, so appends stay O(1) amortised.
#pragma once
#include <boost/filesystem/path.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "category.h"
#include "cookie.h"

namespace consentry {

struct DeletionEntry {
  std::string id;     // unique, assigned by append
  double time = 0;    // seconds since the epoch, assigned by append when 0
  std::string site;   // registrable domain
  Cookie cookie;
  Category category = Category::necessary;
  std::string reason;
};

struct DeletionQuery {
  std::optional<std::string> site;  // registrable domain; substring match when `site_contains`
  bool site_contains = false;
  std::optional<double> since, until;
  size_t offset = 0;  // entries to skip, newest first
  size_t limit = 100;
};

struct DeletionPage {
  std::vector<DeletionEntry> entries;  // newest first
  size_t total = 0;                    // matching entries in all
};

class DeletionLog {
 public:
  explicit DeletionLog(boost::filesystem::path data_dir, size_t capacity = 10000);

  // Assigns ids (and times) and appends; returns the entries as stored. Throws StorageError.
  std::vector<DeletionEntry> append(std::vector<DeletionEntry> entries);

  DeletionPage query(const DeletionQuery& query) const;
  std::optional<DeletionEntry> find(const std::string& id) const;
  size_t size() const;

 private:
  boost::filesystem::path path_;
  boost::filesystem::path lock_path_;
  size_t capacity_;
};

}  // namespace consentry
