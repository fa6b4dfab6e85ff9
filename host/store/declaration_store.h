// The sites' cookie declarations (site_declaration.h), one file per site:
// DATA_DIR/declarations/<site>.json, written atomically under DATA_DIR/declarations.lock, so they
// survive restarts and two hosts (Chromium's and Firefox's) share them. Bounded: at most
// kMaxDeclaredSites files; saving one more drops the one declared longest ago. Lookups are kept
// in memory, and forgotten whenever the folder changed (one stat per refresh()), so another
// host's writes are seen by the next decide. A file that does not read back as a declaration of
// its site (edited, damaged) counts as none, with a log line; the next declaration replaces it.
#pragma once
#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>
#include <unordered_map>

#include "model/site_declaration.h"

namespace consentry {

inline constexpr size_t kMaxDeclaredSites = 500;

class DeclarationStore {
 public:
  explicit DeclarationStore(boost::filesystem::path data_dir, size_t max_sites = kMaxDeclaredSites);

  // Stores the declaration unless the same contents are stored already; true when it changed
  // something. Throws StorageError (nothing changed then), InvalidDeclaration for a site that
  // cannot be a file name (not lower-case ASCII letters, digits, '.', '-', '_').
  bool save(const SiteDeclaration& declaration);

  // Removes the site's declaration; true when there was one. Throws StorageError.
  bool forget(const std::string& site);

  // The site's declaration, or nullptr. Valid until the next call of a non-const member.
  const SiteDeclaration* find(const std::string& site);

  // Forgets what is cached if the folder changed since the last call (another host wrote).
  void refresh();

  size_t count() const;  // declared sites on disk

 private:
  struct FolderStamp {
    bool exists = false;
    unsigned long long inode = 0;
    long long mtime_ns = 0;
    bool operator==(const FolderStamp&) const = default;
  };
  FolderStamp stamp_now() const;
  boost::filesystem::path file_of(const std::string& site) const;
  std::optional<SiteDeclaration> read(const std::string& site) const;
  void make_room() const;

  boost::filesystem::path data_dir_;
  boost::filesystem::path folder_;
  size_t max_sites_;
  std::optional<FolderStamp> stamp_;
  std::unordered_map<std::string, std::optional<SiteDeclaration>> cache_;
};

}  // namespace consentry
