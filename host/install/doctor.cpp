#include "install/doctor.h"

#include <unistd.h>

#include <algorithm>
#include <boost/filesystem/operations.hpp>
#include <nlohmann/json.hpp>

#include "base/printable.h"
#include "base/shell_quote.h"
#include "install/install.h"
#include "json/untrusted_json.h"
#include "store/atomic_file.h"
#include "store/storage_error.h"

namespace consentry {

namespace {

namespace fs = boost::filesystem;
using nlohmann::json;

// `install` overwrites only a manifest of ours: a file it would refuse must be removed first.
enum class Fix { install, remove_then_install };

struct Problem {
  std::string text;  // follows the file's name
  Fix fix = Fix::install;
  bool firefox_skips = false;  // Firefox passes over the file and tries the next one
};

struct ManifestCheck {
  fs::path file;
  bool system = false;
  bool exists = false;
  std::vector<Problem> problems;

  bool firefox_skips() const {
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& problem) { return problem.firefox_skips; });
  }
};

// A value from the manifest, quoted and made safe to show.
std::string shown(const json& value) {
  return printable(value.is_string() ? value.get<std::string>() : value.dump());
}

void check_name_and_type(const json& manifest, std::vector<Problem>& problems) {
  json name = manifest.value("name", json());
  if (name != kHostName) {
    problems.push_back({"names the host " + shown(name) + ", not \"" + kHostName + "\"",
                        Fix::remove_then_install, true});
  }
  json type = manifest.value("type", json());
  if (type != "stdio") {
    problems.push_back({"has type " + shown(type) + ", not \"stdio\"", Fix::install, true});
  }
}

// The entries the manifest's allow-list must hold: the default ID and every recorded one.
std::vector<std::string> required_callers(bool firefox, const ExtensionIds& recorded) {
  if (firefox) {
    std::vector<std::string> ids = {kDefaultFirefoxExtensionId};
    ids.insert(ids.end(), recorded.firefox.begin(), recorded.firefox.end());
    return ids;
  }
  std::vector<std::string> origins;
  origins.push_back(std::string(kChromeOriginPrefix) + kDefaultChromiumExtensionId + "/");
  for (const std::string& id : recorded.chromium) origins.push_back(kChromeOriginPrefix + id + "/");
  return origins;
}

void check_allowed(const json& manifest, bool firefox, const ExtensionIds& recorded,
                   std::vector<Problem>& problems) {
  std::string key = firefox ? "allowed_extensions" : "allowed_origins";
  auto list = manifest.find(key);
  if (list == manifest.end() || !list->is_array()) {
    std::string other = firefox ? "allowed_origins" : "allowed_extensions";
    std::string kind = firefox ? "Chromium" : "Firefox";
    std::string text = "has no " + key + " list";
    if (manifest.contains(other)) text += " (it is a manifest for " + kind + ")";
    problems.push_back({text, Fix::install, true});
    return;
  }
  std::vector<std::string> required = required_callers(firefox, recorded);
  std::string missing;
  bool default_missing = false;
  for (const std::string& caller : required) {
    if (std::find(list->begin(), list->end(), caller) != list->end()) continue;
    missing += (missing.empty() ? "" : ", ") + printable(caller);
    default_missing = default_missing || caller == required.front();
  }
  if (!missing.empty()) {
    problems.push_back({"does not allow Consentry's extension (" + key + " lacks " + missing + ")",
                        Fix::install, default_missing});
  }
}

void check_program(const json& manifest, const fs::path& expected, std::vector<Problem>& problems) {
  json path = manifest.value("path", json());
  if (!path.is_string() || path.get<std::string>().empty()) {
    problems.push_back({"names no program (no \"path\")"});
    return;
  }
  fs::path program = path.get<std::string>();
  boost::system::error_code error;
  if (!program.is_absolute()) {
    problems.push_back({"names the relative path " + shown(path) + "; browsers need it absolute"});
  } else if (!fs::exists(program, error)) {
    problems.push_back({"names " + shown(path) + ", which does not exist"});
  } else if (!fs::is_regular_file(program, error) || ::access(program.c_str(), X_OK) != 0) {
    problems.push_back({"names " + shown(path) + ", which is not an executable file"});
  } else if (!fs::equivalent(program, expected, error)) {
    problems.push_back({"names " + shown(path) + ", another program than this one (" +
                        printable(expected.string()) + ")"});
  }
}

ManifestCheck check_manifest(const fs::path& file, bool system, bool firefox,
                             const DoctorOptions& options) {
  ManifestCheck check{file, system};
  std::optional<std::string> contents;
  try {
    contents = read_file(file);
  } catch (const StorageError& error) {
    check.exists = true;
    check.problems.push_back(
        {std::string("cannot be read (") + error.what() + ")", Fix::remove_then_install, true});
    return check;
  }
  if (!contents) return check;
  check.exists = true;
  json manifest;
  try {
    manifest = parse_untrusted_json(*contents);
  } catch (const InvalidJson& error) {
    check.problems.push_back(
        {std::string("is not valid JSON (") + error.what() + ")", Fix::remove_then_install, true});
    return check;
  }
  if (!manifest.is_object()) {
    check.problems.push_back({"is not a JSON object", Fix::remove_then_install, true});
    return check;
  }
  check_name_and_type(manifest, check.problems);
  check_allowed(manifest, firefox, options.recorded, check.problems);
  check_program(manifest, options.program, check.problems);
  return check;
}

// The file's name as a problem line starts, saying why a system-wide file matters.
std::string file_label(const ManifestCheck& check, bool used, bool user_skipped) {
  std::string label = check.file.string();
  if (check.system && used) {
    label += user_skipped ? " (system-wide; used because Firefox skips yours)"
                          : " (system-wide; used because you have no manifest of your own)";
  } else if (check.system) {
    label += " (system-wide)";
  }
  return label;
}

}  // namespace

bool BrowserDiagnosis::reaches_host() const {
  return manifest && std::none_of(findings.begin(), findings.end(),
                                  [](const DoctorFinding& finding) { return finding.blocking; });
}

ManifestLocations manifest_locations(Browser browser) {
  ManifestLocations where{manifest_folder(browser, false) / kManifestFileName, std::nullopt};
  if (has_system_folder(browser)) where.system = manifest_folder(browser, true) / kManifestFileName;
  return where;
}

BrowserDiagnosis diagnose(Browser browser, const ManifestLocations& where,
                          const DoctorOptions& options) {
  bool firefox = is_firefox(browser);
  std::vector<ManifestCheck> looked;  // in the browser's order, up to the one it uses
  std::optional<size_t> used;
  looked.push_back(check_manifest(where.user, false, firefox, options));
  if (where.system) looked.push_back(check_manifest(*where.system, true, firefox, options));
  for (size_t i = 0; i < looked.size() && !used; ++i) {
    if (looked[i].exists && !(firefox && looked[i].firefox_skips())) used = i;
  }
  if (used) looked.resize(*used + 1);

  BrowserDiagnosis diagnosis{browser};
  std::string install_fix =
      options.command + " install --browser " + std::string(browser_name(browser));
  if (std::none_of(looked.begin(), looked.end(),
                   [](const ManifestCheck& check) { return check.exists; })) {
    std::string places = where.user.string();
    if (where.system) places += " and " + where.system->string();
    diagnosis.findings.push_back({"no manifest: it looks for " + places, install_fix, true});
    return diagnosis;
  }
  bool reaches = used && looked[*used].problems.empty();
  if (used) {
    diagnosis.manifest = looked[*used].file;
    diagnosis.system_wide = looked[*used].system;
  }
  bool user_skipped = used && *used > 0 && looked.front().exists;
  for (size_t i = 0; i < looked.size(); ++i) {
    const ManifestCheck& check = looked[i];
    bool is_used = used && *used == i;
    std::string label = file_label(check, is_used, user_skipped);
    std::string skipped = firefox && !is_used && check.exists ? "; Firefox skips it" : "";
    for (const Problem& problem : check.problems) {
      // A manifest of the user's own shadows a system-wide one: the fix is never in system files.
      std::string fix = problem.fix == Fix::remove_then_install && !check.system
                            ? "rm " + shell_quoted(check.file.string()) + " && " + install_fix
                            : install_fix;
      diagnosis.findings.push_back({label + " " + problem.text + skipped, fix, !reaches});
    }
  }
  return diagnosis;
}

}  // namespace consentry
