// Authorisation: which extension may talk to the host. A browser starts the host with its
// caller: Chrome's origin argument ("chrome-extension://ID/") or Firefox's add-on ID argument.
#pragma once
#include <boost/filesystem/path.hpp>
#include <string_view>

namespace consentry {

// Allowed: the default IDs, and those recorded in `data_dir` by `install --extension-id`
// (store/installed_extensions.h). A Chromium ID counts only as an origin. Never throws; an
// unreadable record is logged and only the defaults are allowed.
bool caller_allowed(std::string_view caller, const boost::filesystem::path& data_dir);

}  // namespace consentry
