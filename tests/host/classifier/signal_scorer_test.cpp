#include "classifier/signal_scorer.h"
#include "classifier/signal_calibration.h"
#include "model/caution.h"

#include <gtest/gtest.h>

#include "classifier/signal_weights.h"

namespace consentry {
namespace {

CookieSignals with(std::initializer_list<Signal> list) {
  CookieSignals signals;
  for (Signal signal : list) signals.present[static_cast<size_t>(signal)] = true;
  return signals;
}

TEST(SignalScorer, SessionIdReasonListsWhatDecided) {
  CookieSignals signals = with({Signal::name_session, Signal::http_only, Signal::lifetime_session});
  signals.word[static_cast<size_t>(Signal::name_session)] = "sess";
  Classification result = score_signals(signals);
  EXPECT_EQ(result.category, Category::necessary);
  EXPECT_EQ(result.rule, "signals");
  EXPECT_EQ(result.vendor, "");
  EXPECT_EQ(
      result.reason.rfind("Unknown cookie; looks like a session id: name contains 'sess' +2.5, "
                          "httpOnly +1.2, expires with the session +1.0; scores like this "
                          "were right ",
                          0),
      0u)
      << result.reason;
  EXPECT_GT(result.confidence, 0.5);
  EXPECT_LE(result.confidence, kMaxSignalConfidence);
}

TEST(SignalScorer, NoEvidenceLeansNecessaryWithLowConfidence) {
  Classification result = score_signals(with({}));
  EXPECT_EQ(result.category, Category::necessary);
  EXPECT_LT(result.confidence, confidence_needed(kDefaultCaution));
  EXPECT_EQ(
      result.reason.rfind(
          "Unknown cookie; weak evidence, so leaning to necessary; scores like this were right ",
          0),
      0u)
      << result.reason;
}

TEST(SignalScorer, WeakEvidenceSaysSo) {
  CookieSignals signals = with({Signal::lifetime_weeks, Signal::value_url_encoded});
  Classification result = score_signals(signals);
  EXPECT_TRUE(result.category == Category::necessary || result.category == Category::functional);
  EXPECT_NE(result.reason.find("weak evidence"), std::string::npos) << result.reason;
  EXPECT_LT(result.confidence, confidence_needed(kDefaultCaution));
}

TEST(SignalScorer, TrackersDoNotSurviveWeakNames) {
  CookieSignals signals = with({Signal::third_party, Signal::lifetime_years, Signal::value_uuid,
                                Signal::tracker_shape, Signal::cross_site});
  Classification result = score_signals(signals);
  EXPECT_EQ(result.category, Category::targeting);
  EXPECT_EQ(result.reason.rfind("Unknown cookie; looks like a cross-site tracker: ", 0), 0u)
      << result.reason;
}

TEST(SignalScorer, LifetimesReadInPlainWords) {
  CookieSignals signals = with({Signal::name_analytics, Signal::lifetime_years});
  signals.word[static_cast<size_t>(Signal::name_analytics)] = "stats";
  signals.lifetime_seconds = 2 * 365 * 86400.0;
  Classification result = score_signals(signals);
  EXPECT_EQ(result.category, Category::performance);
  EXPECT_EQ(
      result.reason.rfind(
          "Unknown cookie; looks like analytics: name contains 'stats' +2.8, lives 2 years +0.5;",
          0),
      0u)
      << result.reason;
}

TEST(SignalScorer, ACookieTestLeansToKeepingInsteadOfReadingAsAnExperiment) {
  CookieSignals signals =
      with({Signal::name_cookie_test, Signal::lifetime_hours, Signal::value_flag});
  signals.word[static_cast<size_t>(Signal::name_cookie_test)] = "test";
  Classification result = score_signals(signals);
  EXPECT_EQ(result.category, Category::functional);
  EXPECT_EQ(
      result.reason.rfind(
          "Unknown cookie; looks like a test that cookies work: name contains 'test' +2.6", 0),
      0u)
      << result.reason;
}

TEST(SignalScorer, AThirdPartyAloneIsNotEnoughToCallACookieAdvertising) {
  Classification result = score_signals(with({Signal::third_party, Signal::value_flag}));
  EXPECT_TRUE(result.category == Category::necessary || result.category == Category::functional)
      << result.reason;
  EXPECT_NE(result.reason.find("weak evidence"), std::string::npos) << result.reason;
}

TEST(SignalScorer, ConfidenceFollowsTheCalibrationSteps) {
  for (size_t i = 1; i < std::size(kSignalCalibration); ++i) {
    EXPECT_GT(kSignalCalibration[i].up_to, kSignalCalibration[i - 1].up_to);
    EXPECT_GE(kSignalCalibration[i].confidence, kSignalCalibration[i - 1].confidence);
  }
  EXPECT_DOUBLE_EQ(kSignalCalibration[std::size(kSignalCalibration) - 1].up_to, 1.0);
}

TEST(SignalWeights, EveryNameSignalHasAHint) {
  for (const SignalWeight& entry : kSignalWeights) {
    if (entry.signal <= Signal::name_experiment) {
      EXPECT_FALSE(entry.hint.empty()) << static_cast<int>(entry.signal);
    }
  }
}

}  // namespace
}  // namespace consentry
