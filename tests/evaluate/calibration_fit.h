// Fits signal_calibration.h's table: isotonic regression (pool adjacent violators) of "was the
// signals layer right" on its raw strength, each step's share smoothed toward one half
// ((right + 1) / (cookies + 2)) so that a step of three cookies does not claim certainty.
#pragma once
#include <vector>

#include "classifier/signal_calibration.h"

namespace consentry {

struct CalibrationSample {
  double strength;
  bool right;
};

// Steps in increasing strength; the last one reaches 1.0. One step at 0.5 for no samples.
std::vector<CalibrationStep> fit_calibration(std::vector<CalibrationSample> samples);

}  // namespace consentry
