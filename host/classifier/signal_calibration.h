// What the signals layer's score is worth: its raw strength (the winner's softmax share of the
// four scores, 0..1) mapped to the share of such cookies it got right on real sites' cookies
// (tests/realsites/dev.jsonl). The steps are an isotonic fit, smoothed toward one half on small
// steps, written by `consentry-evaluate --fit-calibration`; the evaluation cross-validates the
// same fit by site, so the figures it prints never come from the sites a table was fitted on.
#pragma once
#include <algorithm>
#include <span>

namespace consentry {

struct CalibrationStep {
  double up_to;       // raw strengths up to this value (inclusive) ...
  double confidence;  // ... were right this often
};

// Signals never make us as sure as a vendor's own documentation (the knowledge base's 0.85+).
inline constexpr double kMaxSignalConfidence = 0.8;

// clang-format off
inline constexpr CalibrationStep kSignalCalibration[] = {
    {0.3851, 0.333},
    {0.4086, 0.400},
    {0.8855, 0.609},
    {0.9168, 0.762},
    {1.0000, 0.800},
};
// clang-format on

// The step's confidence for `strength`; past the last step, the last one's.
inline double calibrated_confidence(double strength, std::span<const CalibrationStep> steps) {
  auto step = std::find_if(steps.begin(), steps.end(),
                           [strength](const CalibrationStep& s) { return strength <= s.up_to; });
  double confidence = step == steps.end() ? steps.back().confidence : step->confidence;
  return std::min(confidence, kMaxSignalConfidence);
}

}  // namespace consentry
