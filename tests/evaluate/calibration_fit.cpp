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
  // Equal strengths are one observation point: they form one block before any pooling, so the
  // order of right and wrong samples within a strength cannot change the fit.
  std::vector<Block> points;
  for (const CalibrationSample& sample : samples) {
    if (points.empty() || points.back().up_to != sample.strength) {
      points.push_back({0, 0, sample.strength});
    }
    points.back().right += sample.right ? 1.0 : 0.0;
    points.back().count += 1;
  }
  // Pool adjacent violators: a stronger point that was right less often joins the one below.
  std::vector<Block> blocks;
  for (const Block& point : points) {
    blocks.push_back(point);
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
