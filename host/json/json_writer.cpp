#include "json/json_writer.h"

#include <simdjson.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

namespace consentry {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Bytes that are copied as they are: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> kPlainBytes = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

void append_escaped_ascii(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    default: break;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += "\\u00";
  out += kHex[c >> 4];
  out += kHex[c & 0xF];
}

// True when one of the 8 bytes of `word` is not plain: below 0x20, '"', '\\' or 0x80 and up.
// Byte-parallel tests (each sets a byte's high bit where it matches; a borrow can only add false
// positives above a true match, which the byte loop then sorts out).
bool has_special_byte(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v; };
  uint64_t below_space = (word - kOnes * 0x20) & ~word;
  uint64_t quote = has_zero(word ^ (kOnes * '"'));
  uint64_t backslash = has_zero(word ^ (kOnes * '\\'));
  return ((below_space | quote | backslash | word) & kHigh) != 0;
}

// Copies runs of plain bytes whole (skipping 8 at a time) and escapes ASCII between them; bytes
// of 0x80 and up are copied too, and the return value says whether there were any (then UTF-8
// must be checked).
bool append_escaped(std::string& out, std::string_view text) {
  bool non_ascii = false;
  size_t run = 0;
  for (size_t i = 0; i < text.size();) {
    uint64_t word;
    if (i + 8 <= text.size() && (std::memcpy(&word, text.data() + i, 8), !has_special_byte(word))) {
      i += 8;
      continue;
    }
    auto c = static_cast<unsigned char>(text[i++]);
    if (kPlainBytes[c]) continue;
    if (c >= 0x80) {
      non_ascii = true;
      continue;
    }
    out.append(text.data() + run, i - 1 - run);
    append_escaped_ascii(out, c);
    run = i;
  }
  out.append(text.data() + run, text.size() - run);
  return non_ascii;
}

size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;  // a continuation byte or 0xF8..0xFF cannot start a character
}

// Invalid UTF-8: each byte that does not start a valid sequence becomes U+FFFD.
void append_escaped_repaired(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t length = sequence_length(static_cast<unsigned char>(text[i]));
    if (length == 1) {
      append_escaped(out, text.substr(i, 1));
    } else if (length > 0 && i + length <= text.size() &&
               simdjson::validate_utf8(text.data() + i, length)) {
      out.append(text.data() + i, length);
    } else {
      out += kReplacementCharacter;
      length = 1;
    }
    i += length;
  }
}

// Confidences, written once a cookie, are between 0 and 1 with at most three decimals. Written
// from their thousandths they give the text std::to_chars's shortest form gives (two decimals of
// at most three places are 0.001 apart, so no shorter one reads back as the same double) at a
// fraction of its cost. False for any other value.
bool append_thousandths(std::string& out, double value) {
  if (!(value >= 0 && value <= 1) || std::signbit(value)) return false;
  double thousandths = std::round(value * 1000);
  if (thousandths / 1000 != value) return false;  // division is exact-rounded, as parsing is
  auto whole = static_cast<int>(thousandths);
  if (whole == 0 || whole == 1000) {
    out += whole == 0 ? '0' : '1';
    return true;
  }
  char text[] = {'0', '.', static_cast<char>('0' + whole / 100),
                 static_cast<char>('0' + whole / 10 % 10), static_cast<char>('0' + whole % 10)};
  size_t length = sizeof text;
  while (text[length - 1] == '0') --length;
  out.append(text, length);
  return true;
}

template <typename Number>
void append_number(std::string& out, Number value) {
  char text[32];
  auto end = std::to_chars(text, text + sizeof text, value).ptr;
  out.append(text, end);
}

// Keys and most short values are plain: copied with their quotes in one append, which costs
// less than the general path's several appends (a cookie's line of output has about ten).
bool append_quoted_if_short_and_plain(std::string& out, std::string_view text) {
  constexpr size_t kShort = 24;
  if (text.size() > kShort) return false;
  char buffer[kShort + 2];
  buffer[0] = '"';
  bool plain = true;
  for (size_t i = 0; i < text.size(); ++i) {
    plain &= kPlainBytes[static_cast<unsigned char>(text[i])];
    buffer[i + 1] = text[i];
  }
  if (!plain) return false;
  buffer[text.size() + 1] = '"';
  out.append(buffer, text.size() + 2);
  return true;
}

}  // namespace

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_sibling_.empty()) {
    if (has_sibling_.back()) out_ += ',';
    has_sibling_.back() = true;
  }
}

void JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  has_sibling_.push_back(false);
}

void JsonWriter::close(char bracket) {
  out_ += bracket;
  has_sibling_.pop_back();
}

void JsonWriter::key(std::string_view name) {
  before_value();
  quoted(name);
  out_ += ':';
  after_key_ = true;
}

void JsonWriter::string(std::string_view text) {
  before_value();
  quoted(text);
}

void JsonWriter::quoted(std::string_view text) {
  if (append_quoted_if_short_and_plain(out_, text)) return;
  out_ += '"';
  size_t start = out_.size();
  if (append_escaped(out_, text) && !simdjson::validate_utf8(text.data(), text.size())) {
    out_.resize(start);
    append_escaped_repaired(out_, text);
  }
  out_ += '"';
}

void JsonWriter::boolean(bool value) {
  before_value();
  out_ += value ? "true" : "false";
}

void JsonWriter::number(double value) {
  before_value();
  if (!std::isfinite(value)) {
    out_ += "null";
  } else if (!append_thousandths(out_, value)) {
    append_number(out_, value);
  }
}

void JsonWriter::number(int64_t value) {
  before_value();
  append_number(out_, value);
}

void JsonWriter::number(uint64_t value) {
  before_value();
  append_number(out_, value);
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::value(const nlohmann::json& json) {
  raw(json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void JsonWriter::raw(std::string_view json) {
  before_value();
  out_ += json;
}

}  // namespace consentry
