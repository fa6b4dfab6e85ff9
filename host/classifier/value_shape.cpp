#include "value_shape.h"

#include <algorithm>

#include "base/ascii_lower.h"
#include "word_set.h"

namespace consentry {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_base64(char c) { return is_letter(c) || is_digit(c) || c == '+' || c == '/' || c == '='; }

bool all_of(std::string_view text, bool (*test)(char)) {
  return std::all_of(text.begin(), text.end(), test);
}

bool looks_uuid(std::string_view value) {
  if (value.size() == 32) return all_of(value, is_hex);
  if (value.size() != 36) return false;
  for (size_t i = 0; i < value.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? value[i] != '-' : !is_hex(value[i])) return false;
  }
  return true;
}

// Seconds 2001..2033 ("1" + 9 digits) or milliseconds ("1" + 12 digits), not inside a longer
// number.
bool has_timestamp(std::string_view value) {
  size_t i = 0;
  while (i < value.size()) {
    if (!is_digit(value[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < value.size() && is_digit(value[i])) ++i;
    size_t length = i - start;
    if ((length == 10 || length == 13) && value[start] == '1') return true;
  }
  return false;
}

// "GA1.2.1234567890.1700000000", "fb.1.1700000000000.123456789", "1234567890.1700000000": after
// an optional short tag, dot-separated numbers of which at least two have 5+ digits.
bool looks_client_id(std::string_view value) {
  size_t long_numbers = 0;
  bool first = true;
  for (size_t start = 0; start <= value.size(); first = false) {
    size_t end = std::min(value.find('.', start), value.size());
    std::string_view part = value.substr(start, end - start);
    start = end + 1;
    if (part.empty()) return false;
    if (all_of(part, is_digit)) {
      long_numbers += part.size() >= 5;
    } else if (!first || part.size() > 4) {
      return false;
    }
  }
  return long_numbers >= 2;
}

// Ids are long, made of letters and digits (and - _), and mix digits in; words do not.
bool looks_random_id(std::string_view value) {
  if (value.size() < 16 || value.size() > 200) return false;
  size_t digits = 0, letters = 0;
  for (char c : value) {
    if (is_digit(c)) ++digits;
    else if (is_letter(c)) ++letters;
    else if (c != '-' && c != '_' && c != '.' && c != '|' && c != ':') return false;
  }
  if (letters == 0) return digits >= 16;
  return digits >= 3 && digits * 8 >= value.size();
}

bool looks_json(std::string_view value) {
  if (value.starts_with("%7B") || value.starts_with("%7b") || value.starts_with("%5B")) return true;
  return value.size() >= 2 && ((value.front() == '{' && value.back() == '}') ||
                               (value.front() == '[' && value.back() == ']'));
}

bool looks_base64(std::string_view value) {
  if (value.size() < 24 || !all_of(value, is_base64)) return false;
  bool padded_or_symbols = value.find_first_of("+/=") != std::string_view::npos;
  return padded_or_symbols || value.size() >= 40;
}

bool has_percent_escape(std::string_view value) {
  for (size_t i = value.find('%'); i != std::string_view::npos; i = value.find('%', i + 1)) {
    if (i + 2 < value.size() && is_hex(value[i + 1]) && is_hex(value[i + 2])) return true;
  }
  return false;
}

// Consent tools store the visitor's choices by category name; little else does. Only the first
// 512 bytes are read: records name their categories early, and values run to 4 KiB.
bool mentions_choices(std::string_view value) {
  static constexpr WordSet kWords(std::array<std::string_view, 13>{
      "consent", "gdpr", "necessary", "essential", "opted", "optout", "optin", "marketing",
      "advertising", "targeting", "statistics", "preferences", "required"});
  return kWords.found_in(value.substr(0, 512)) != 0;
}

// "en-GB", "fr_fr", "pt-BR": a language with a region. A bare "en" or "US" says too little.
bool looks_language_tag(std::string_view value) {
  if (value.size() != 5 || (value[2] != '-' && value[2] != '_')) return false;
  return all_of(value.substr(0, 2), is_letter) && all_of(value.substr(3), is_letter);
}

// Values that only a remembered choice holds: currencies, time zones, themes, a panel's state.
bool names_setting(std::string_view value) {
  static constexpr std::string_view kWords[] = {
      "usd",    "eur",       "gbp",        "jpy",       "cad",      "aud",  "chf",  "sek",
      "nok",    "dkk",       "pln",        "inr",       "brl",      "mxn",  "dark", "light",
      "closed", "dismissed", "hidden",     "collapsed", "expanded", "grid", "list", "large",
      "small",  "celsius",   "fahrenheit", "metric",    "imperial"};
  static constexpr std::string_view kTimeZones[] = {"europe/",    "europe%2f", "america/",
                                                    "america%2f", "asia/",     "asia%2f"};
  AsciiLower<10> head(value);  // the words have at most 10 bytes, the zones' prefixes 9
  auto zone = [&head](std::string_view prefix) { return head.view().starts_with(prefix); };
  return std::any_of(std::begin(kTimeZones), std::end(kTimeZones), zone) ||
         (value.size() <= 10 &&
          std::find(std::begin(kWords), std::end(kWords), head.view()) != std::end(kWords));
}

bool looks_flag(std::string_view value) {
  if (value.size() > 8) return false;
  return all_of(value, is_digit) || all_of(value, is_letter);
}

}  // namespace

ValueShape value_shape(std::string_view value) {
  ValueShape shape;
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
    value = value.substr(1, value.size() - 2);
  }
  shape.empty = value.empty();
  if (shape.empty) return shape;
  shape.uuid = looks_uuid(value);
  shape.client_id = !shape.uuid && looks_client_id(value);
  shape.timestamp = has_timestamp(value);
  shape.json = looks_json(value);
  shape.url_encoded = has_percent_escape(value);
  shape.base64 = !shape.uuid && looks_base64(value);
  shape.random_id = !shape.uuid && !shape.client_id && !shape.json && looks_random_id(value);
  // An id records no choices; skipping ids spares scanning long tokens for every word.
  shape.choices = value.size() >= 6 && !shape.uuid && !shape.random_id && mentions_choices(value);
  shape.setting = looks_language_tag(value) || names_setting(value);
  shape.flag = looks_flag(value);
  return shape;
}

}  // namespace consentry
