#include "store/declaration_store.h"

#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <vector>

#include "json/declaration_json.h"
#include "json/untrusted_json.h"
#include "store/atomic_file.h"
#include "store/file_lock.h"
#include "store/folders.h"
#include "store/storage_error.h"

namespace consentry {

namespace {

namespace fs = boost::filesystem;
// 2,000 entries of at most 256-byte names and 64-byte labels, JSON-escaped, stay below this.
constexpr uintmax_t kMaxFileBytes = 2 << 20;
constexpr size_t kMaxFileDepth = 4;  // {"cookies": [{...}]}
constexpr size_t kMaxCachedSites = 4096;
constexpr const char* kSuffix = ".json";

bool storable_site(const std::string& site) {
  if (site.empty() || site.size() > 253 || site.front() == '.') return false;
  return std::all_of(site.begin(), site.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
  });
}

std::string declaration_text(const SiteDeclaration& declaration) {
  std::string text;
  JsonWriter writer(text);
  write_declaration(writer, declaration);
  text += '\n';
  return text;
}

}  // namespace

DeclarationStore::DeclarationStore(fs::path data_dir, size_t max_sites)
    : data_dir_(std::move(data_dir)), folder_(data_dir_ / "declarations"), max_sites_(max_sites) {}

fs::path DeclarationStore::file_of(const std::string& site) const {
  return folder_ / (site + kSuffix);
}

DeclarationStore::FolderStamp DeclarationStore::stamp_now() const {
  FolderStamp stamp;
  struct stat info {};
  if (::stat(folder_.c_str(), &info) != 0) return stamp;
  stamp.exists = true;
  stamp.inode = info.st_ino;
  stamp.mtime_ns =
      static_cast<long long>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
  return stamp;
}

void DeclarationStore::refresh() {
  FolderStamp stamp = stamp_now();
  if (!stamp_ || !(*stamp_ == stamp) || cache_.size() > kMaxCachedSites) {
    cache_.clear();
    stamp_ = stamp;
  }
}

std::optional<SiteDeclaration> DeclarationStore::read(const std::string& site) const {
  fs::path path = file_of(site);
  boost::system::error_code error;
  if (fs::file_size(path, error) > kMaxFileBytes && !error) {
    spdlog::warn("{}: larger than {} bytes; ignored", path.string(), kMaxFileBytes);
    return std::nullopt;
  }
  auto contents = read_file(path);
  if (!contents) return std::nullopt;
  try {
    UntrustedJsonParser parser(kMaxFileDepth);
    simdjson::dom::object object;
    if (parser.parse(*contents).get_object().get(object) != simdjson::SUCCESS) {
      throw InvalidDeclaration("not an object");
    }
    std::string_view stored_site;
    double time = 0;
    if (object.at_key("site").get_string().get(stored_site) != simdjson::SUCCESS ||
        stored_site != site) {
      throw InvalidDeclaration("\"site\" is not " + site);
    }
    if (object.at_key("time").get_double().get(time) != simdjson::SUCCESS) {
      throw InvalidDeclaration("\"time\" is not a number");
    }
    return declaration_from_json(object, site, time);
  } catch (const std::runtime_error& problem) {  // InvalidJson, InvalidDeclaration
    spdlog::warn("{}: not a cookie declaration ({}); ignored", path.string(), problem.what());
    return std::nullopt;
  }
}

const SiteDeclaration* DeclarationStore::find(const std::string& site) {
  if (!stamp_) refresh();
  auto [entry, added] = cache_.try_emplace(site);
  if (added && storable_site(site)) entry->second = read(site);
  return entry->second ? &*entry->second : nullptr;
}

// Drops the oldest files until one more fits. Called under the lock.
void DeclarationStore::make_room() const {
  std::vector<std::pair<std::time_t, fs::path>> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder_)) {
    if (entry.path().extension() == kSuffix) {
      files.emplace_back(fs::last_write_time(entry.path()), entry.path());
    }
  }
  if (files.size() < max_sites_) return;
  std::sort(files.begin(), files.end());
  for (size_t i = 0; i + max_sites_ <= files.size(); ++i) fs::remove(files[i].second);
}

bool DeclarationStore::save(const SiteDeclaration& declaration) {
  if (!storable_site(declaration.site())) {
    throw InvalidDeclaration("site \"" + declaration.site() + "\" cannot be stored");
  }
  try {
    create_folders(folder_, 0700);
    FileLock lock(data_dir_ / "declarations.lock");
    remove_stale_temp_files(file_of(declaration.site()));
    auto stored = read(declaration.site());
    if (stored && stored->same_contents(declaration)) return false;
    if (!stored) make_room();
    write_file_atomically(file_of(declaration.site()), declaration_text(declaration));
  } catch (const fs::filesystem_error& error) {
    throw StorageError(error.what());
  }
  cache_.erase(declaration.site());
  return true;
}

bool DeclarationStore::forget(const std::string& site) {
  if (!storable_site(site)) return false;
  try {
    if (!fs::exists(folder_)) return false;
    FileLock lock(data_dir_ / "declarations.lock");
    bool removed = fs::remove(file_of(site));
    if (removed) sync_directory(folder_);
    cache_.erase(site);
    return removed;
  } catch (const fs::filesystem_error& error) {
    throw StorageError(error.what());
  }
}

size_t DeclarationStore::count() const {
  boost::system::error_code error;
  size_t files = 0;
  for (fs::directory_iterator it(folder_, error), end; !error && it != end; it.increment(error)) {
    if (it->path().extension() == kSuffix) ++files;
  }
  return files;
}

}  // namespace consentry
