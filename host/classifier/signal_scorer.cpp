#include "signal_scorer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
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

std::string lifetime_text(double seconds) {
  return seconds > 0 ? "lives " + lifetime_words(seconds) : "already expired";
}

std::string describe(Signal signal, const CookieSignals& signals) {
  std::string_view word = signals.word[static_cast<size_t>(signal)];
  switch (signal) {
    case Signal::name_generated: return "name looks generated";
    case Signal::lifetime_session: return "expires with the session";
    case Signal::lifetime_hours:
    case Signal::lifetime_weeks:
    case Signal::lifetime_months:
    case Signal::lifetime_years: return lifetime_text(signals.lifetime_seconds);
    case Signal::value_uuid: return "value is a UUID";
    case Signal::value_random_id: return "value looks like a random id";
    case Signal::value_timestamp: return "value holds a timestamp";
    case Signal::value_client_id: return "value looks like a client id";
    case Signal::value_json: return "value is JSON";
    case Signal::value_base64: return "value is base64";
    case Signal::value_url_encoded: return "value is URL-encoded";
    case Signal::value_choices: return "value records cookie choices";
    case Signal::value_setting: return "value looks like a setting";
    case Signal::value_flag: return "value is a short flag";
    case Signal::value_empty: return "value is empty";
    case Signal::name_prefix_host: return "name has a __Host-/__Secure- prefix";
    case Signal::http_only: return "httpOnly";
    case Signal::same_site_strict: return "SameSite=Strict";
    case Signal::cross_site: return "sent cross-site (SameSite=None)";
    case Signal::third_party: return "set by a third party";
    case Signal::tracker_shape: return "a long-lived third-party id";
    case Signal::count: break;
    default: return "name contains '" + std::string(word) + "'";
  }
  return {};
}

struct Support {
  Signal signal;
  double weight;
};

// The signals that pushed toward `category`, strongest first.
std::vector<Support> supporters(const CookieSignals& signals, Category category) {
  std::vector<Support> list;
  for (const SignalWeight& entry : kSignalWeights) {
    double weight = entry.weights[static_cast<size_t>(category)];
    if (signals.has(entry.signal) && weight > 0) list.push_back({entry.signal, weight});
  }
  std::stable_sort(list.begin(), list.end(),
                   [](const Support& a, const Support& b) { return a.weight > b.weight; });
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

// "+1.5": how much a signal voted for the category it is listed under.
std::string weight_text(double weight) {
  char text[16];
  std::snprintf(text, sizeof text, "+%.1f", weight);
  return text;
}

std::string signal_list(const std::vector<Support>& support, const CookieSignals& signals) {
  std::string text;
  for (size_t i = 0; i < support.size() && i < kMaxSignalsInReason; ++i) {
    if (i > 0) text += ", ";
    text += describe(support[i].signal, signals) + " " + weight_text(support[i].weight);
  }
  return text;
}

std::string_view hint_of(const std::vector<Support>& support, Category category) {
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

std::string confidence_note(double confidence) {
  char text[64];
  std::snprintf(text, sizeof text, "; scores like this were right %.0f%% of the time on real sites",
                confidence * 100);
  return text;
}

}  // namespace

double signal_strength(const CookieSignals& signals) { return score(signals).strength; }

Classification score_signals(const CookieSignals& signals) {
  Scored scored = score(signals);
  std::vector<Support> support = supporters(signals, scored.category);
  Classification result;
  result.rule = kSignalsRule;
  result.category = scored.category;
  result.confidence = calibrated_confidence(scored.strength, kSignalCalibration);
  if (scored.weak) {
    result.reason = "Unknown cookie; weak evidence, so leaning to " +
                    std::string(category_name(result.category)) +
                    (support.empty() ? "" : ": " + signal_list(support, signals));
  } else {
    result.reason = "Unknown cookie; " + std::string(hint_of(support, scored.category)) + ": " +
                    signal_list(support, signals);
  }
  result.reason += confidence_note(result.confidence);
  return result;
}

}  // namespace consentry
