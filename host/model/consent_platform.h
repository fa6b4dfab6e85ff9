// The consent management platforms (CMPs) whose cookie declarations Consentry reads, by the id
// used on the wire ("cookiebot") and the name shown to the user ("Cookiebot").
#pragma once
#include <optional>
#include <string_view>

namespace consentry {

// The display name of a known platform id; nullopt for any other text.
std::optional<std::string_view> consent_platform_name(std::string_view id);

// The ids, for error messages: "cookiebot, onetrust, cookieyes, usercentrics, termly".
std::string_view consent_platform_ids();

}  // namespace consentry
