#include "store/installed_extensions.h"

#include <boost/filesystem/operations.hpp>
#include <functional>
#include <nlohmann/json.hpp>

#include "json/untrusted_json.h"
#include "store/atomic_file.h"
#include "store/data_dir.h"
#include "store/file_lock.h"
#include "store/storage_error.h"

namespace consentry {

namespace {

namespace fs = boost::filesystem;
using nlohmann::json;

constexpr const char* kFormat = "consentry-installed-extensions";
constexpr int kVersion = 1;

// Thrown inside this file for a record of the wrong shape; reported as a StorageError.
struct NotARecord : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::vector<std::string> id_list(const json& record, const char* key,
                                 bool (*is_of_kind)(std::string_view)) {
  auto list = record.find(key);
  if (list == record.end() || !list->is_array()) {
    throw NotARecord(std::string("\"") + key + "\" must be a list of IDs");
  }
  std::vector<std::string> ids;
  for (const json& id : *list) {
    if (!id.is_string() || !is_of_kind(id.get_ref<const std::string&>())) {
      throw NotARecord(std::string("\"") + key + "\" holds " + id.dump() +
                       ", not an extension ID of that kind");
    }
    ids.push_back(id.get<std::string>());
  }
  return ids;
}

ExtensionIds parse_record(std::string_view text) {
  json record = parse_untrusted_json(text);
  if (!record.is_object() || record.value("format", json()) != kFormat) {
    throw NotARecord(std::string("not a \"") + kFormat + "\" record");
  }
  if (record.value("version", json()) != kVersion) {
    throw NotARecord("unknown version " + record.value("version", json()).dump());
  }
  return {id_list(record, "chromium", is_chromium_id), id_list(record, "firefox", is_firefox_id)};
}

void write_record(const fs::path& file, const ExtensionIds& ids) {
  json record = {{"format", kFormat},
                 {"version", kVersion},
                 {"chromium", ids.chromium},
                 {"firefox", ids.firefox}};
  write_file_atomically(file, record.dump(2) + "\n");
}

void remove_record(const fs::path& file) {
  boost::system::error_code error;
  fs::remove(file, error);
  if (error) throw StorageError("cannot remove " + file.string() + ": " + error.message());
}

// Changes the record under its lock; returns the file when it was written or removed.
std::optional<fs::path> update_record(const fs::path& data_dir,
                                      const std::function<void(ExtensionIds&)>& change) {
  create_data_dir(data_dir);
  FileLock lock(data_dir / "installed-extensions.lock");
  ExtensionIds ids = read_installed_extensions(data_dir);
  ExtensionIds before = ids;
  change(ids);
  if (ids == before) return std::nullopt;
  fs::path file = installed_extensions_file(data_dir);
  if (ids.empty()) {
    remove_record(file);
  } else {
    write_record(file, ids);
  }
  return file;
}

}  // namespace

fs::path installed_extensions_file(const fs::path& data_dir) {
  return data_dir / "installed-extensions.json";
}

ExtensionIds read_installed_extensions(const fs::path& data_dir) {
  fs::path file = installed_extensions_file(data_dir);
  std::optional<std::string> contents = read_file(file);
  if (!contents) return {};
  try {
    return parse_record(*contents);
  } catch (const std::exception& error) {  // InvalidJson or NotARecord
    throw StorageError(file.string() + " is not a record of installed extensions (" + error.what() +
                       "); fix or remove it, then install again");
  }
}

std::optional<fs::path> record_installed_extensions(const fs::path& data_dir,
                                                    const ExtensionIds& ids) {
  return update_record(data_dir, [&](ExtensionIds& recorded) { recorded.add(ids); });
}

std::optional<fs::path> forget_installed_extensions(const fs::path& data_dir,
                                                    const ExtensionIds& ids) {
  return update_record(data_dir, [&](ExtensionIds& recorded) { recorded.remove(ids); });
}

}  // namespace consentry
