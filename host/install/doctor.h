// Why a browser does or does not reach this host, read from the manifests it looks at, each
// problem with the command that fixes it.
//
// Precedence, from the browsers' source: both look for the user's manifest first and the
// system-wide one second. Chromium-family browsers take the first file that exists, whatever it
// holds; Firefox skips a file it cannot use (unreadable, not JSON, another name or type, or not
// allowing the add-on) and tries the next. So a system-wide manifest is what a browser uses when
// the user has none (or, in Firefox, one it skips), and a manifest of the user's own always
// shadows it: every fix is a user-level `install`, never a change to system files.
#pragma once
#include <boost/filesystem/path.hpp>
#include <optional>
#include <string>
#include <vector>

#include "install/browser_folders.h"
#include "model/extension_id.h"

namespace consentry {

struct DoctorFinding {
  std::string problem;  // one line: which file, what is wrong with it
  std::string fix;      // the command that fixes it, ready to paste into a shell
  // false when the browser reaches the host all the same (Firefox skipping a broken manifest of
  // the user's for a working system-wide one).
  bool blocking = true;
  bool operator==(const DoctorFinding&) const = default;
};

struct BrowserDiagnosis {
  Browser browser;
  std::optional<boost::filesystem::path> manifest;  // the one the browser uses, when any
  bool system_wide = false;                         // `manifest` is the system-wide one
  std::vector<DoctorFinding> findings;
  bool reaches_host() const;
};

struct DoctorOptions {
  boost::filesystem::path program;  // this host: manifests must name it
  ExtensionIds recorded;            // IDs installed beyond the defaults: manifests must allow them
  std::string command;              // this program as a fix command calls it
};

// The manifests a browser looks at, in its order.
struct ManifestLocations {
  boost::filesystem::path user;
  std::optional<boost::filesystem::path> system;  // none for Vivaldi and Opera
};

// The browser's own locations (install/browser_folders.h). Throws InstallError without HOME.
ManifestLocations manifest_locations(Browser browser);

BrowserDiagnosis diagnose(Browser browser, const ManifestLocations& where,
                          const DoctorOptions& options);

}  // namespace consentry
