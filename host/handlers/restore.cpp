// restore: hand a deleted cookie back for the extension to set again, and keep it from now on so
// the next decision does not delete it at once.
#include "json/cookie_json.h"
#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "protocol/protocol_error.h"

namespace consentry {

namespace {

// The URL cookies.set needs: scheme from `secure`, the domain without its leading dot, the path.
std::string cookie_url(const Cookie& cookie) {
  std::string host = cookie.domain;
  if (!host.empty() && host.front() == '.') host.erase(0, 1);
  if (host.find(':') != std::string::npos) host = "[" + host + "]";  // IPv6
  return std::string(cookie.secure ? "https" : "http") + "://" + host + cookie.path;
}

}  // namespace

void handle_restore(RequestObject request, HostContext& context, JsonWriter& reply) {
  std::string entry_id = required_string(request, "entry_id");
  auto entry = context.deletion_log().find(entry_id);
  if (!entry) {
    throw ProtocolError(ErrorCode::not_found, "no deletion-log entry \"" + entry_id + "\"");
  }
  context.update_preferences([&](Preferences& preferences) {
    preferences.keep_list.insert(KeepEntry{entry->site, entry->cookie.name});
  });
  reply.key("cookie");
  write_cookie(reply, entry->cookie);
  reply.member("url", cookie_url(entry->cookie));
  reply.member("site", entry->site);
  reply.member("kept", true);
}

}  // namespace consentry
