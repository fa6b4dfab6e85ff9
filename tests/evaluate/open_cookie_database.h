// The Open Cookie Database's verdict on cookie names, used to adjudicate noisy labels: sites
// sometimes declare an analytics or advertising cookie as necessary (Google Analytics' `_ga` is
// the classic), and such a label says more about the site than about the classifier. Read from
// the JSON that npm `@slashgear/gdpr-cookie-scanner` ships (src/data/open-cookie-database.json):
// {vendor: [{"cookie", "category", "wildcardMatch": "0"|"1", ...}]}.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace consentry {

class OpenCookieDatabase {
 public:
  // Throws std::runtime_error naming the file when it cannot be read or has another shape.
  static OpenCookieDatabase load(const std::string& path);

  // True when the database lists `name` (exactly, or by a wildcard entry's prefix) as Analytics
  // or Marketing.
  bool lists_as_tracking(std::string_view name) const;

  size_t size() const { return exact_.size() + prefixes_.size(); }

 private:
  std::unordered_set<std::string> exact_;
  std::vector<std::string> prefixes_;
};

}  // namespace consentry
