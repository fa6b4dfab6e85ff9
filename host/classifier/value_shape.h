// What a cookie's value looks like: an id, a timestamp, structured data or a simple flag. Ids
// and timestamps are what trackers and analytics store; flags and structured data are what
// preferences and sessions store. Several shapes can hold at once.
#pragma once
#include <string_view>

namespace consentry {

struct ValueShape {
  bool uuid = false;         // 8-4-4-4-12 hex, or 32 hex digits
  bool random_id = false;    // a long run of letters and digits with no visible words
  bool timestamp = false;    // a Unix time in seconds or milliseconds inside
  bool client_id = false;    // dotted numeric visitor ids: GA1.2.123456789.1700000000, fb.1.x.y
  bool json = false;         // {...} or [...], also URL-encoded
  bool base64 = false;       // long base64 text
  bool url_encoded = false;  // %XX escapes
  bool choices = false;      // names consent categories or choices: "necessary", "gdpr", "opted"
  bool setting = false;      // a language tag, currency, time zone or UI state: "en-GB", "EUR",
                             // "Europe/Berlin", "dark", "closed"
  bool flag = false;         // 0/1/true/false/yes/no or a short word or number
  bool empty = false;

  bool is_id() const { return uuid || random_id || client_id; }
};

ValueShape value_shape(std::string_view value);

}  // namespace consentry
