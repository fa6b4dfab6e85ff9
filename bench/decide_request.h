// The body of a decide request as the extension sends it, for the benchmarks that feed the host
// (framing_bench's parser, the end-to-end client).
#pragma once
#include <string>
#include <vector>

#include "model/cookie.h"
#include "json/cookie_json.h"
#include "json/json_writer.h"

namespace consentry {

inline std::string decide_request(const std::vector<Cookie>& cookies, int64_t id) {
  std::string body;
  JsonWriter out(body);
  out.begin_object();
  out.member("type", "decide");
  out.key("id");
  out.number(id);
  out.key("cookies");
  out.begin_array();
  for (const Cookie& cookie : cookies) write_cookie(out, cookie);
  out.end_array();
  out.end_object();
  return body;
}

}  // namespace consentry
