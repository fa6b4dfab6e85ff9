#include "calibration_fit.h"

#include <algorithm>

namespace consentry {

namespace {

struct Block {
  double right = 0;
  double count = 0;
  double up_to = 0;
  double share() const { return right / count; }
};

}  // namespace

std::vector<CalibrationStep> fit_calibration(std::vector<CalibrationSample> samples) {
  if (samples.empty()) return {{1.0, 0.5}};
  std::sort(samples.begin(), samples.end(),
            [](const CalibrationSample& a, const CalibrationSample& b) {
              return a.strength < b.strength;
            });
  std::vector<Block> blocks;
  for (const CalibrationSample& sample : samples) {
    // Equal strengths are one observation point: they must share a step.
    if (!blocks.empty() && blocks.back().up_to == sample.strength) {
      blocks.back().right += sample.right;
      blocks.back().count += 1;
    } else {
      blocks.push_back({sample.right ? 1.0 : 0.0, 1, sample.strength});
    }
    while (blocks.size() > 1 && blocks[blocks.size() - 2].share() >= blocks.back().share()) {
      Block last = blocks.back();
      blocks.pop_back();
      blocks.back().right += last.right;
      blocks.back().count += last.count;
      blocks.back().up_to = last.up_to;
    }
  }
  std::vector<CalibrationStep> steps;
  for (const Block& block : blocks) {
    double smoothed = (block.right + 1) / (block.count + 2);
    // Smoothing can pull a small high step below a large lower one: keep the table monotone.
    if (!steps.empty() && smoothed <= steps.back().confidence) {
      steps.back().up_to = block.up_to;  // one step, not two of the same confidence
      continue;
    }
    steps.push_back({block.up_to, smoothed});
  }
  steps.back().up_to = 1.0;
  return steps;
}

}  // namespace consentry
