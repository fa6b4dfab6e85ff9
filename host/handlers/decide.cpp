// decide: classify a batch of cookies and apply the current preferences. No side effects.
#include "clock.h"
#include "cookie_json.h"
#include "handlers/handlers.h"
#include "handlers/request_fields.h"
#include "verdict.h"

namespace consentry {

nlohmann::json handle_decide(const nlohmann::json& request, HostContext& context) {
  const nlohmann::json& cookies = required_array(request, "cookies", kMaxCookiesPerRequest);
  std::string page = optional_string(request, "site").value_or("");
  const Preferences& preferences = context.preferences();
  double now = seconds_since_epoch();

  nlohmann::json results = nlohmann::json::array();
  for (const nlohmann::json& item : cookies) {
    try {
      Cookie cookie = cookie_from_json(item);
      if (cookie.site.empty()) cookie.site = page;
      results.push_back(verdict_to_json(judge(context.classifier(), preferences, cookie, now)));
    } catch (const InvalidCookie& error) {
      results.push_back({{"error", error.what()}});
    }
  }
  return {{"results", std::move(results)}};
}

}  // namespace consentry
