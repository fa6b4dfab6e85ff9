// Which extensions may call the host: the IDs browsers give an extension, in their two kinds.
// Chromium-family browsers name an extension by 32 letters a-p and pass the host its origin
// "chrome-extension://ID/"; Firefox names an add-on "name@domain" or "{GUID}" and passes that.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace consentry {

inline constexpr const char* kDefaultChromiumExtensionId = "bbknmoenegficbneloggpepccmghfhab";
inline constexpr const char* kDefaultFirefoxExtensionId = "consentry@consentry.org";
inline constexpr const char* kChromeOriginPrefix = "chrome-extension://";

// 32 letters a-p.
bool is_chromium_id(std::string_view id);

// name@domain (letters, digits and . _ - +; at most 255 bytes) or a {GUID}.
bool is_firefox_id(std::string_view id);

// The ID inside a Chromium origin ("chrome-extension://ID/" -> "ID"); other text unchanged.
std::string_view without_origin(std::string_view text);

// Text that is an extension ID of neither kind; what() quotes it and says what is expected.
class InvalidExtensionId : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// Extension IDs beyond the defaults, by kind, each once, in the order first given.
struct ExtensionIds {
  std::vector<std::string> chromium, firefox;
  bool empty() const { return chromium.empty() && firefox.empty(); }
  bool operator==(const ExtensionIds&) const = default;

  void add(const ExtensionIds& ids);
  void remove(const ExtensionIds& ids);
};

// Sorts IDs (Chromium IDs may come as their origin) by kind, leaving out the defaults. Throws
// InvalidExtensionId for text of neither kind.
ExtensionIds sort_extension_ids(const std::vector<std::string>& given);

}  // namespace consentry
