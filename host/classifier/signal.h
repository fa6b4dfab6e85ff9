// The observations the classifier makes about a cookie nobody listed (layer 3). Each has a weight
// per category in signal_weights.h; cookie_signals.h finds them.
#pragma once
#include <cstddef>

namespace consentry {

enum class Signal {
  // What the name says (name_tokens.h).
  name_session,        // sess, session, sid
  name_security,       // auth, csrf, xsrf, token, login, captcha
  name_consent,        // consent, gdpr, cookie banner choices
  name_cart,           // cart, basket, checkout, wishlist
  name_preference,     // lang, locale, currency, theme, timezone
  name_feature,        // chat, video player, recently viewed
  name_load_balancer,  // lb, route, affinity, server
  name_account,        // user, device, browser, account: the site knowing its users
  name_visitor_id,     // uid, visitor, cid
  name_analytics,      // analytics, stats, pageview, hits
  name_campaign,       // utm, campaign, referrer, gclid
  name_advertising,    // ad, track, pixel, retarget, sync
  name_experiment,     // ab, exp, experiment, variant
  name_cookie_test,    // test, check, writeable: does the browser accept cookies at all
  name_generated,      // a hash or number inside the name
  // How long it lives (expirationDate - now).
  lifetime_session,
  lifetime_hours,   // under a day
  lifetime_weeks,   // under a month
  lifetime_months,  // under 13 months
  lifetime_years,
  // What the value looks like (value_shape.h).
  value_uuid,
  value_random_id,
  value_timestamp,
  value_client_id,  // GA1.2.123.456-style visitor ids
  value_json,
  value_base64,
  value_url_encoded,
  value_choices,  // names consent categories: a consent record
  value_setting,  // a language tag, currency, time zone or UI state
  value_flag,     // 0/1/true/yes/short word
  value_empty,
  // Flags and context.
  name_prefix_host,  // __Host- / __Secure-
  http_only,         // first-party only (signal_weights.h)
  same_site_strict,
  cross_site,     // secure + SameSite=None: meant to be sent from other sites
  third_party,    // its domain is not the site's
  tracker_shape,  // third-party, lives months or more, and carries an id
  count
};

inline constexpr size_t kSignalCount = static_cast<size_t>(Signal::count);

}  // namespace consentry
