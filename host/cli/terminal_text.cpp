#include "cli/terminal_text.h"

#include <cstdint>
#include <cstdio>

namespace consentry {

namespace {

// 0 for a continuation byte, or a lead byte that only starts overlong or out-of-range forms.
size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// The length of the well-formed UTF-8 sequence at the start of `text` (RFC 3629: no overlong
// forms, no surrogates, nothing past U+10FFFF) and its code point, or 0 when there is none.
size_t utf8_length(std::string_view text, char32_t& code_point) {
  unsigned char lead = static_cast<unsigned char>(text[0]);
  size_t length = sequence_length(lead);
  if (length == 0 || length > text.size()) return 0;
  code_point = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t i = 1; i < length; ++i) {
    unsigned char next = static_cast<unsigned char>(text[i]);
    if ((next & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (next & 0x3F);
  }
  constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (code_point < kSmallest[length] || surrogate || code_point > 0x10FFFF) return 0;
  return length;
}

bool is_control(char32_t c) { return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F); }

bool is_bidi_control(char32_t c) {
  return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void append_hex(std::string& out, const char* format, uint32_t value) {
  char text[16];
  std::snprintf(text, sizeof text, format, value);
  out += text;
}

}  // namespace

std::string escape_for_terminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    char32_t c = 0;
    size_t length = utf8_length(text, c);
    if (length == 0) {
      append_hex(out, "\\x%02x", static_cast<unsigned char>(text[0]));
      length = 1;
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c < 0x80 && is_control(c)) {
      append_hex(out, "\\x%02x", static_cast<uint32_t>(c));
    } else if (is_control(c) || is_bidi_control(c)) {
      append_hex(out, "\\u{%04x}", static_cast<uint32_t>(c));
    } else {
      out.append(text.substr(0, length));
    }
    text.remove_prefix(length);
  }
  return out;
}

}  // namespace consentry
