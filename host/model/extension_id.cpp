#include "model/extension_id.h"

#include <algorithm>
#include <cctype>

#include "base/printable.h"

namespace consentry {

namespace {

bool contains(const std::vector<std::string>& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void add_unique(std::vector<std::string>& ids, std::string_view id) {
  if (!contains(ids, id)) ids.emplace_back(id);
}

void add_all(std::vector<std::string>& to, const std::vector<std::string>& ids) {
  for (const std::string& id : ids) add_unique(to, id);
}

void remove_all(std::vector<std::string>& from, const std::vector<std::string>& ids) {
  std::erase_if(from, [&](const std::string& id) { return contains(ids, id); });
}

}  // namespace

bool is_chromium_id(std::string_view id) {
  return id.size() == 32 &&
         std::all_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'p'; });
}

bool is_firefox_id(std::string_view id) {
  auto is_guid_char = [](unsigned char c) { return std::isxdigit(c) || c == '-'; };
  if (id.size() == 38 && id.front() == '{' && id.back() == '}') {
    return std::all_of(id.begin() + 1, id.end() - 1, is_guid_char);
  }
  auto at = id.find('@');
  auto is_id_char = [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '-' || c == '+';
  };
  return id.size() <= 255 && at != std::string_view::npos && at > 0 && at + 1 < id.size() &&
         std::all_of(id.begin(), id.begin() + at, is_id_char) &&
         std::all_of(id.begin() + at + 1, id.end(), is_id_char);
}

std::string_view without_origin(std::string_view text) {
  if (!text.starts_with(kChromeOriginPrefix)) return text;
  text.remove_prefix(std::string_view(kChromeOriginPrefix).size());
  if (text.ends_with('/')) text.remove_suffix(1);
  return text;
}

void ExtensionIds::add(const ExtensionIds& ids) {
  add_all(chromium, ids.chromium);
  add_all(firefox, ids.firefox);
}

void ExtensionIds::remove(const ExtensionIds& ids) {
  remove_all(chromium, ids.chromium);
  remove_all(firefox, ids.firefox);
}

ExtensionIds sort_extension_ids(const std::vector<std::string>& given) {
  ExtensionIds ids;
  for (const std::string& text : given) {
    std::string_view id = without_origin(text);
    if (is_chromium_id(id)) {
      if (id != kDefaultChromiumExtensionId) add_unique(ids.chromium, id);
    } else if (is_firefox_id(id)) {
      if (id != kDefaultFirefoxExtensionId) add_unique(ids.firefox, id);
    } else {
      throw InvalidExtensionId(printable(text) +
                               " is neither a Chromium extension ID (32 letters a-p) nor a "
                               "Firefox add-on ID (name@domain or {GUID})");
    }
  }
  return ids;
}

}  // namespace consentry
