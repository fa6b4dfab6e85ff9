#include "model/site_declaration.h"

namespace consentry {

SiteDeclaration::SiteDeclaration(std::string site, std::string platform, double time,
                                 std::vector<DeclaredCookie> cookies)
    : site_(std::move(site)),
      platform_(std::move(platform)),
      time_(time),
      cookies_(std::move(cookies)) {
  for (size_t i = 0; i < cookies_.size(); ++i) {
    if (cookies_[i].pattern) {
      patterns_.push_back(i);
    } else {
      exact_.try_emplace(cookies_[i].name, i);
    }
  }
}

const DeclaredCookie* SiteDeclaration::find(std::string_view cookie_name) const {
  if (auto hit = exact_.find(std::string(cookie_name)); hit != exact_.end()) {
    return &cookies_[hit->second];
  }
  for (size_t index : patterns_) {
    if (name_matches_pattern(cookies_[index].name, cookie_name)) return &cookies_[index];
  }
  return nullptr;
}

bool SiteDeclaration::same_contents(const SiteDeclaration& other) const {
  return site_ == other.site_ && platform_ == other.platform_ && cookies_ == other.cookies_;
}

// Iterative wildcard matching with one backtrack point: O(pattern * name) at worst, which the
// name and star limits keep small.
bool name_matches_pattern(std::string_view pattern, std::string_view name) {
  size_t p = 0, n = 0;
  size_t star = std::string_view::npos, resume = 0;
  while (n < name.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = n;
    } else if (p < pattern.size() && pattern[p] == name[n]) {
      ++p, ++n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace consentry
