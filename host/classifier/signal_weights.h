// The scorer's weights: how much each signal (signal.h) speaks for each category, in the order
// necessary, functional, performance, targeting. A cookie's score for a category is the bias plus
// the weights of the signals it shows; the highest score wins (signal_scorer.h). Weights are in
// "votes": ~2.5 is a name that tells on its own, ~1 a strong hint, ~0.3 a nudge. Tuned by hand on
// tests/corpus/dev.jsonl, then checked against real sites' cookies (tests/realsites/): the
// confidence a score gives is calibrated on those in signal_calibration.h.
#pragma once
#include <array>
#include <string_view>

#include "signal.h"

namespace consentry {

using CategoryWeights = std::array<double, 4>;  // necessary, functional, performance, targeting

struct SignalWeight {
  Signal signal;
  CategoryWeights weights;
  std::string_view hint;  // "looks like ..." when this signal leads the decision; may be empty
};

// Before any evidence, a cookie leans necessary then functional: deleting a needed cookie breaks
// a site, keeping an unneeded one only until the next signal says otherwise (issue 3, layer 4).
inline constexpr CategoryWeights kBias = {0.8, 0.2, 0, 0};

// Below this much support for the winner, the evidence is called weak, the cookie goes to the
// better of necessary and functional unless it has the tracker shape, and confidence stays low.
inline constexpr double kWeakEvidence = 1.0;

inline constexpr std::array<SignalWeight, kSignalCount> kSignalWeights = {{
    // Session ids: sites log people in and keep carts with them.
    {Signal::name_session, {2.5, 0, 0, -0.5}, "looks like a session id"},
    // Login, CSRF and bot-protection tokens: the site refuses requests without them.
    {Signal::name_security, {2.5, 0, 0, -0.5}, "looks like a security token"},
    // The consent banner's own record: deleting it brings the banner back.
    {Signal::name_consent, {2.5, 0.3, 0, -1.0}, "looks like a record of cookie choices"},
    // Carts and checkouts: needed for the purchase the visitor asked for.
    {Signal::name_cart, {2.0, 0.8, 0, -0.5}, "looks like a shopping cart"},
    // Language, currency, theme: remembered choices, not needed to use the site. Outweighs
    // name_account ("user_prefs", "UserLocation" are a user's choices, not ids).
    {Signal::name_preference, {0.3, 2.4, 0, -0.5}, "looks like a preference"},
    // Chat, video players, recently viewed, a banner or pop-up dismissed: features the visitor
    // uses and their remembered state.
    {Signal::name_feature, {0.3, 2.2, 0.3, 0}, "looks like the state of a site feature"},
    // Load balancers pin a visitor to one server.
    {Signal::name_load_balancer, {2.0, 0, 0, -0.5}, "looks like load balancing"},
    // First-party user, device and account ids are how a site knows its users and spots
    // unfamiliar logins; third-party ones meet tracker_shape.
    {Signal::name_account, {1.2, 0.3, 0.3, -0.3}, "looks like an account or device id"},
    // Visitor ids serve analytics and ads alike, and first-party ones often the site itself;
    // the context (third party) must make them targeting.
    {Signal::name_visitor_id, {0.2, 0, 1.0, 0.3}, "looks like a visitor id"},
    // Strong enough to beat a session cookie's lean to necessary ("pageviewCount").
    {Signal::name_analytics, {0, 0, 2.8, 0.3}, "looks like analytics"},
    // Where a visit came from (utm, referrer) serves marketing attribution more than statistics.
    {Signal::name_campaign, {0, 0, 1.1, 1.3}, "looks like campaign tracking"},
    // Ad click ids and affiliate codes belong to the ad platforms' attribution.
    {Signal::name_advertising, {0, 0, 0.3, 2.5}, "looks like advertising"},
    // A/B tests are measurement first; some sites call them functional.
    {Signal::name_experiment, {0, 0.6, 1.5, 0}, "looks like an A/B test"},
    // Cookie tests ("test", "cookietest", "cto_writeable") check that the browser keeps cookies
    // so that sign-in or a cart can work; sites declare them necessary or functional, and
    // deleting one only makes the site set it again, so they lean to keeping.
    {Signal::name_cookie_test, {0.5, 2.6, 0, -0.5}, "looks like a test that cookies work"},
    // Names with a hash or number inside are mostly per-property analytics cookies.
    {Signal::name_generated, {0.2, 0, 0.4, 0.3}, ""},
    // Session cookies cannot follow a visitor over time.
    {Signal::lifetime_session, {1.0, 0.3, -0.5, -0.8}, ""},
    {Signal::lifetime_hours, {0.3, 0, 0.4, 0}, ""},
    {Signal::lifetime_weeks, {0, 0.2, 0.2, 0.2}, ""},
    {Signal::lifetime_months, {0, 0.3, 0.3, 0.2}, ""},
    // Lifetimes over a year exist to recognise a returning browser.
    {Signal::lifetime_years, {-0.3, 0.2, 0.5, 0.4}, ""},
    // Ids alone do not say whose: analytics, the site's own accounts, or ads (tracker_shape).
    {Signal::value_uuid, {0.2, 0, 0.5, 0}, ""},
    {Signal::value_random_id, {0.4, 0, 0.3, 0}, ""},
    {Signal::value_timestamp, {0, 0, 0.6, 0.2}, ""},
    // "GA1.2.<random>.<time>" and kin are analytics client ids by construction.
    {Signal::value_client_id, {0, 0, 1.5, 0.6}, "looks like an analytics client id"},
    // Structured values hold settings more often than ids.
    {Signal::value_json, {0.4, 0.6, 0, 0}, ""},
    {Signal::value_base64, {0.5, 0.2, 0, 0.2}, ""},
    {Signal::value_url_encoded, {0.1, 0.2, 0.1, 0.1}, ""},
    // Values naming consent categories ("necessary", "marketing", "gdpr") are consent records.
    {Signal::value_choices, {2.5, 0, 0, -0.5}, "looks like a record of cookie choices"},
    // "en-GB", "EUR", "Europe/Berlin", "dark", "closed": a remembered choice, whatever the name.
    {Signal::value_setting, {0.3, 1.4, 0, -0.3}, "looks like a preference"},
    {Signal::value_flag, {0.3, 0.3, 0, 0}, ""},
    {Signal::value_empty, {0.2, 0.2, 0, 0}, ""},
    // __Host-/__Secure- names are chosen for security-sensitive cookies.
    {Signal::name_prefix_host, {2.0, 0, 0, -0.5}, "looks like a security cookie"},
    // Scripts cannot read httpOnly cookies, so a site's analytics and ad tags do not set them
    // (read first-party only: third-party ad servers set theirs over HTTP, httpOnly or not).
    {Signal::http_only, {1.2, 0, -0.5, -0.3}, ""},
    {Signal::same_site_strict, {1.0, 0, -0.3, -0.5}, ""},
    // Made to be sent from other sites' pages: embeds and ad calls.
    {Signal::cross_site, {0, 0, 0, 0.3}, ""},
    // Third party alone is thin evidence (chat widgets, payment and video embeds are third
    // parties too): below kWeakEvidence on its own, so only an id that lives long (tracker_shape)
    // or a telling name makes a third-party cookie an advertising one.
    {Signal::third_party, {-0.5, 0, 0.3, 0.9}, ""},
    // A long-lived id in a third-party context is how cross-site tracking works.
    {Signal::tracker_shape, {-2.0, -1.0, 0.5, 2.5}, "looks like a cross-site tracker"},
}};

}  // namespace consentry
