#include "cookie_signals.h"

#include "name_tokens.h"
#include "value_shape.h"

namespace consentry {

namespace {

constexpr double kDay = 86400;

void mark(CookieSignals& signals, Signal signal, bool holds = true) {
  if (holds) signals.present[static_cast<size_t>(signal)] = true;
}

void read_lifetime(const Cookie& cookie, double now, CookieSignals& signals) {
  if (cookie.session || !cookie.expiration_date) {
    mark(signals, Signal::lifetime_session);
    return;
  }
  double lifetime = *cookie.expiration_date - now;
  signals.lifetime_seconds = lifetime;
  if (lifetime < kDay) mark(signals, Signal::lifetime_hours);
  else if (lifetime < 31 * kDay) mark(signals, Signal::lifetime_weeks);
  else if (lifetime < 396 * kDay) mark(signals, Signal::lifetime_months);
  else mark(signals, Signal::lifetime_years);
}

void read_value(std::string_view value, CookieSignals& signals) {
  ValueShape shape = value_shape(value);
  mark(signals, Signal::value_uuid, shape.uuid);
  mark(signals, Signal::value_random_id, shape.random_id);
  mark(signals, Signal::value_timestamp, shape.timestamp);
  mark(signals, Signal::value_client_id, shape.client_id);
  mark(signals, Signal::value_json, shape.json);
  mark(signals, Signal::value_base64, shape.base64 && !shape.random_id);
  mark(signals, Signal::value_url_encoded, shape.url_encoded && !shape.json);
  mark(signals, Signal::value_choices, shape.choices);
  mark(signals, Signal::value_setting, shape.setting);
  mark(signals, Signal::value_flag, shape.flag);
  mark(signals, Signal::value_empty, shape.empty);
}

bool has_id(const CookieSignals& signals) {
  return signals.has(Signal::value_uuid) || signals.has(Signal::value_random_id) ||
         signals.has(Signal::value_client_id);
}

}  // namespace

CookieSignals read_signals(const Cookie& cookie, double now, bool third_party) {
  CookieSignals signals;
  NameSignals name = read_name(cookie.name);
  for (size_t i = 0; i < name.size; ++i) {
    mark(signals, name.items[i].signal);
    signals.word[static_cast<size_t>(name.items[i].signal)] = name.items[i].word;
  }
  read_lifetime(cookie, now, signals);
  read_value(cookie.value, signals);
  mark(signals, Signal::name_prefix_host,
       cookie.name.starts_with("__Host-") || cookie.name.starts_with("__Secure-"));
  mark(signals, Signal::http_only, cookie.http_only && !third_party);
  mark(signals, Signal::same_site_strict, cookie.same_site == SameSite::strict);
  mark(signals, Signal::cross_site, cookie.secure && cookie.same_site == SameSite::no_restriction);
  mark(signals, Signal::third_party, third_party);
  bool long_lived = signals.has(Signal::lifetime_months) || signals.has(Signal::lifetime_years);
  mark(signals, Signal::tracker_shape, third_party && long_lived && has_id(signals));
  return signals;
}

}  // namespace consentry
