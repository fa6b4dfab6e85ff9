#include "model/consent_platform.h"

#include <array>
#include <utility>

namespace consentry {

namespace {
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kPlatforms = {{
    {"cookiebot", "Cookiebot"},
    {"onetrust", "OneTrust"},
    {"cookieyes", "CookieYes"},
    {"usercentrics", "Usercentrics"},
    {"termly", "Termly"},
}};
}  // namespace

std::optional<std::string_view> consent_platform_name(std::string_view id) {
  for (const auto& [known, name] : kPlatforms) {
    if (known == id) return name;
  }
  return std::nullopt;
}

std::string_view consent_platform_ids() {
  return "cookiebot, onetrust, cookieyes, usercentrics, termly";
}

}  // namespace consentry
