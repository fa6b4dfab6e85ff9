// What a site's own consent banner says its cookies are for: the entries of one platform's cookie
// table, each a name (or a name pattern, `*` standing for any run of characters, as a banner's
// `_ga_#` or `_hjSession_*`) with one of our four categories and the banner's own word for it.
// Everything in here came from a web page: the limits below bound what one site can make the
// host store and scan.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/category.h"

namespace consentry {

inline constexpr size_t kMaxDeclaredCookies = 2000;  // far above a real banner's few hundred
inline constexpr size_t kMaxDeclaredPatterns = 200;  // each is tried on every unmatched name
inline constexpr size_t kMaxDeclaredNameBytes = 256;
inline constexpr size_t kMaxDeclaredLabelBytes = 64;
inline constexpr size_t kMaxPatternStars = 4;

struct DeclaredCookie {
  std::string name;  // exact name, or a pattern when `pattern`
  bool pattern = false;
  Category category = Category::necessary;
  std::string label;  // the banner's category, e.g. "statistics", "Cookies de rendimiento"
  bool operator==(const DeclaredCookie&) const = default;
};

class SiteDeclaration {
 public:
  SiteDeclaration() = default;
  SiteDeclaration(std::string site, std::string platform, double time,
                  std::vector<DeclaredCookie> cookies);

  const std::string& site() const { return site_; }          // registrable domain
  const std::string& platform() const { return platform_; }  // a consent_platform id
  double time() const { return time_; }                      // when it was declared
  const std::vector<DeclaredCookie>& cookies() const { return cookies_; }

  // The entry for a cookie name: an exact entry first, else the first pattern that matches.
  const DeclaredCookie* find(std::string_view cookie_name) const;

  // Same platform and entries (the time aside): a repeated declaration changes nothing.
  bool same_contents(const SiteDeclaration& other) const;

 private:
  std::string site_;
  std::string platform_;
  double time_ = 0;
  std::vector<DeclaredCookie> cookies_;
  std::unordered_map<std::string, size_t> exact_;  // name -> index of its first exact entry
  std::vector<size_t> patterns_;
};

// `*` in `pattern` matches any run of characters (none included); everything else literally.
bool name_matches_pattern(std::string_view pattern, std::string_view name);

}  // namespace consentry
