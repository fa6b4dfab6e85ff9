#include "protocol/caller_check.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "model/extension_id.h"
#include "store/installed_extensions.h"

namespace consentry {

bool caller_allowed(std::string_view caller, const boost::filesystem::path& data_dir) {
  bool chromium = caller.starts_with(kChromeOriginPrefix);
  std::string_view id = without_origin(caller);
  if (id == (chromium ? kDefaultChromiumExtensionId : kDefaultFirefoxExtensionId)) return true;
  try {
    ExtensionIds recorded = read_installed_extensions(data_dir);
    const std::vector<std::string>& allowed = chromium ? recorded.chromium : recorded.firefox;
    return std::find(allowed.begin(), allowed.end(), id) != allowed.end();
  } catch (const std::exception& error) {
    spdlog::error("{}; only the default extensions may call", error.what());
    return false;
  }
}

}  // namespace consentry
