// The figures the classifier is measured by: accuracy, balanced accuracy (mean recall of the
// four classes), per-class precision and recall, and necessary_at_risk (the share of necessary
// cookies put in performance or targeting, which a user refusing those would lose).
#pragma once
#include <array>
#include <cstddef>

#include "model/category.h"

namespace consentry {

class ConfusionMatrix {
 public:
  void add(Category label, Category predicted);

  size_t count(Category label, Category predicted) const;
  size_t total() const;
  size_t support(Category label) const;         // cookies with this label
  size_t predictions(Category category) const;  // cookies predicted as this category

  // Each ratio is 0 when its denominator is; balanced accuracy averages the classes present.
  double accuracy() const;
  double precision(Category category) const;
  double recall(Category category) const;
  double balanced_accuracy() const;
  double necessary_at_risk() const;

 private:
  std::array<std::array<size_t, 4>, 4> counts_{};  // [label][predicted]
};

}  // namespace consentry
