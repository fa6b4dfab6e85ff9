#include "calibration_fit.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

TEST(CalibrationFit, StrongerScoresThatWereRightMoreOftenGetHigherSteps) {
  std::vector<CalibrationSample> samples;
  for (int i = 0; i < 10; ++i) samples.push_back({0.3, i < 3});  // right 3 of 10
  for (int i = 0; i < 10; ++i) samples.push_back({0.7, i < 8});  // right 8 of 10
  std::vector<CalibrationStep> steps = fit_calibration(samples);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_DOUBLE_EQ(steps[0].up_to, 0.3);
  EXPECT_DOUBLE_EQ(steps[0].confidence, 4.0 / 12);  // (3 + 1) / (10 + 2)
  EXPECT_DOUBLE_EQ(steps[1].up_to, 1.0);
  EXPECT_DOUBLE_EQ(steps[1].confidence, 9.0 / 12);
  EXPECT_DOUBLE_EQ(calibrated_confidence(0.5, steps), 9.0 / 12);
  EXPECT_DOUBLE_EQ(calibrated_confidence(0.1, steps), 4.0 / 12);
}

TEST(CalibrationFit, AStrongerScoreThatWasWrongMoreOftenIsPooledWithTheOneBelow) {
  std::vector<CalibrationSample> samples = {{0.2, true}, {0.2, true}, {0.6, false}, {0.6, true}};
  std::vector<CalibrationStep> steps = fit_calibration(samples);
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_DOUBLE_EQ(steps[0].confidence, 4.0 / 6);  // (3 + 1) / (4 + 2)
}

TEST(CalibrationFit, NoSamplesGiveOneEvenStep) {
  std::vector<CalibrationStep> steps = fit_calibration({});
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_DOUBLE_EQ(steps[0].confidence, 0.5);
}

TEST(CalibrationFit, SignalsNeverClaimTheKnowledgeBasesCertainty) {
  std::vector<CalibrationSample> samples(200, {0.9, true});
  EXPECT_DOUBLE_EQ(calibrated_confidence(0.9, fit_calibration(samples)), kMaxSignalConfidence);
}

}  // namespace
}  // namespace consentry
