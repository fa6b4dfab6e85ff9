#include "signal_scorer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>

#include "model/lifetime.h"
#include "signal_calibration.h"
#include "signal_weights.h"

namespace consentry {

namespace {

constexpr bool weights_in_signal_order() {
  for (size_t i = 0; i < kSignalCount; ++i) {
    if (kSignalWeights[i].signal != static_cast<Signal>(i)) return false;
  }
  return true;
}
static_assert(weights_in_signal_order(), "kSignalWeights must list every Signal in enum order");

constexpr size_t kMaxSignalsInReason = 4;

// Appends to `out` what `signal` observed of this cookie, in words.
void append_description(std::string& out, Signal signal, const CookieSignals& signals) {
  switch (signal) {
    case Signal::name_generated: out += "name looks generated"; return;
    case Signal::lifetime_session: out += "expires with the session"; return;
    case Signal::lifetime_hours:
    case Signal::lifetime_weeks:
    case Signal::lifetime_months:
    case Signal::lifetime_years:
      if (signals.lifetime_seconds > 0) {
        out += "lives ";
        out += lifetime_words(signals.lifetime_seconds);
      } else {
        out += "already expired";
      }
      return;
    case Signal::value_uuid: out += "value is a UUID"; return;
    case Signal::value_random_id: out += "value looks like a random id"; return;
    case Signal::value_timestamp: out += "value holds a timestamp"; return;
    case Signal::value_client_id: out += "value looks like a client id"; return;
    case Signal::value_json: out += "value is JSON"; return;
    case Signal::value_base64: out += "value is base64"; return;
    case Signal::value_url_encoded: out += "value is URL-encoded"; return;
    case Signal::value_choices: out += "value records cookie choices"; return;
    case Signal::value_setting: out += "value looks like a setting"; return;
    case Signal::value_flag: out += "value is a short flag"; return;
    case Signal::value_empty: out += "value is empty"; return;
    case Signal::name_prefix_host: out += "name has a __Host-/__Secure- prefix"; return;
    case Signal::http_only: out += "httpOnly"; return;
    case Signal::same_site_strict: out += "SameSite=Strict"; return;
    case Signal::cross_site: out += "sent cross-site (SameSite=None)"; return;
    case Signal::third_party: out += "set by a third party"; return;
    case Signal::tracker_shape: out += "a long-lived third-party id"; return;
    case Signal::count: return;
    default:
      out += "name contains '";
      out += signals.word[static_cast<size_t>(signal)];
      out += '\'';
      return;
  }
}

// Number formatting for reasons, by integer arithmetic rather than printf or std::to_chars with
// a precision: every unknown cookie's reason writes several numbers, and printf took a tenth of
// the classify CLI's time. Values are non-negative (weights in favour, confidences).
void append_whole(std::string& out, long value) {
  char text[24];
  out.append(text, std::to_chars(text, text + sizeof text, value).ptr);
}

void append_rounded(std::string& out, double value) { append_whole(out, std::lround(value)); }

void append_tenths(std::string& out, double value) {  // 1.46 -> "1.5"
  long tenths = std::lround(value * 10);
  append_whole(out, tenths / 10);
  out += '.';
  out += static_cast<char>('0' + tenths % 10);
}

struct Support {
  Signal signal;
  double weight;
};

// The signals that pushed toward a category, strongest first. At most one entry a signal, so
// it lives on the stack.
struct Supporters {
  std::array<Support, kSignalCount> items;
  size_t size = 0;

  const Support* begin() const { return items.data(); }
  const Support* end() const { return items.data() + size; }
  bool empty() const { return size == 0; }
};

Supporters supporters(const CookieSignals& signals, Category category) {
  Supporters list;
  for (const SignalWeight& entry : kSignalWeights) {
    double weight = entry.weights[static_cast<size_t>(category)];
    if (signals.has(entry.signal) && weight > 0) list.items[list.size++] = {entry.signal, weight};
  }
  // Insertion sort, stable: std::stable_sort would allocate a buffer for a dozen entries.
  for (size_t i = 1; i < list.size; ++i) {
    Support entry = list.items[i];
    size_t at = i;
    for (; at > 0 && list.items[at - 1].weight < entry.weight; --at)
      list.items[at] = list.items[at - 1];
    list.items[at] = entry;
  }
  return list;
}

CategoryWeights scores_of(const CookieSignals& signals) {
  CategoryWeights scores = kBias;
  for (const SignalWeight& entry : kSignalWeights) {
    if (!signals.has(entry.signal)) continue;
    for (size_t c = 0; c < scores.size(); ++c) scores[c] += entry.weights[c];
  }
  return scores;
}

Category best_of(const CategoryWeights& scores, std::initializer_list<Category> candidates) {
  Category best = *candidates.begin();
  for (Category category : candidates) {
    if (scores[static_cast<size_t>(category)] > scores[static_cast<size_t>(best)]) best = category;
  }
  return best;
}

// The winner's share of the softmax over the four scores: the raw strength that
// signal_calibration.h turns into a confidence.
double softmax_share(const CategoryWeights& scores, Category winner) {
  double total = 0;
  for (double score : scores) total += std::exp(score - scores[static_cast<size_t>(winner)]);
  return 1.0 / total;
}

// Appends the strongest signals, each with how much it voted for the category it is listed
// under: "value is a UUID +1.5, lives 2 years +0.8".
void append_signal_list(std::string& out, const Supporters& support, const CookieSignals& signals) {
  for (size_t i = 0; i < support.size && i < kMaxSignalsInReason; ++i) {
    if (i > 0) out += ", ";
    append_description(out, support.items[i].signal, signals);
    out += " +";
    append_tenths(out, support.items[i].weight);
  }
}

std::string_view hint_of(const Supporters& support, Category category) {
  for (const Support& entry : support) {
    std::string_view hint = kSignalWeights[static_cast<size_t>(entry.signal)].hint;
    if (!hint.empty()) return hint;
  }
  static constexpr std::string_view kDefaults[] = {"looks necessary", "looks like a preference",
                                                   "looks like analytics",
                                                   "looks like advertising"};
  return kDefaults[static_cast<size_t>(category)];
}

struct Scored {
  Category category;
  double strength;  // softmax share of `category`
  bool weak;
};

Scored score(const CookieSignals& signals) {
  CategoryWeights scores = scores_of(signals);
  Category winner = best_of(scores, {Category::necessary, Category::functional,
                                     Category::performance, Category::targeting});
  size_t index = static_cast<size_t>(winner);
  bool weak = scores[index] - kBias[index] < kWeakEvidence && !signals.has(Signal::tracker_shape);
  if (weak) winner = best_of(scores, {Category::necessary, Category::functional});
  return {winner, softmax_share(scores, winner), weak};
}

}  // namespace

double signal_strength(const CookieSignals& signals) { return score(signals).strength; }

Classification score_signals(const CookieSignals& signals) {
  Scored scored = score(signals);
  Supporters support = supporters(signals, scored.category);
  Classification result;
  result.rule = kSignalsRule;
  result.category = scored.category;
  result.confidence = calibrated_confidence(scored.strength, kSignalCalibration);
  std::string& reason = result.reason;
  reason.reserve(256);
  if (scored.weak) {
    reason += "Unknown cookie; weak evidence, so leaning to ";
    reason += category_name(result.category);
    if (!support.empty()) reason += ": ";
  } else {
    reason += "Unknown cookie; ";
    reason += hint_of(support, scored.category);
    reason += ": ";
  }
  append_signal_list(reason, support, signals);
  reason += "; scores like this were right ";
  append_rounded(reason, result.confidence * 100);
  reason += "% of the time on real sites";
  return result;
}

}  // namespace consentry
