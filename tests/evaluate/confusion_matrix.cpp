#include "confusion_matrix.h"

namespace consentry {

namespace {
size_t at(Category category) { return static_cast<size_t>(category); }
double ratio(size_t part, size_t whole) { return whole == 0 ? 0 : double(part) / double(whole); }
}  // namespace

void ConfusionMatrix::add(Category label, Category predicted) {
  ++counts_[at(label)][at(predicted)];
}

size_t ConfusionMatrix::count(Category label, Category predicted) const {
  return counts_[at(label)][at(predicted)];
}

size_t ConfusionMatrix::total() const {
  size_t sum = 0;
  for (Category label : kAllCategories) sum += support(label);
  return sum;
}

size_t ConfusionMatrix::support(Category label) const {
  size_t sum = 0;
  for (Category predicted : kAllCategories) sum += count(label, predicted);
  return sum;
}

size_t ConfusionMatrix::predictions(Category category) const {
  size_t sum = 0;
  for (Category label : kAllCategories) sum += count(label, category);
  return sum;
}

double ConfusionMatrix::accuracy() const {
  size_t right = 0;
  for (Category category : kAllCategories) right += count(category, category);
  return ratio(right, total());
}

double ConfusionMatrix::precision(Category category) const {
  return ratio(count(category, category), predictions(category));
}

double ConfusionMatrix::recall(Category category) const {
  return ratio(count(category, category), support(category));
}

double ConfusionMatrix::balanced_accuracy() const {
  double sum = 0;
  size_t classes = 0;
  for (Category category : kAllCategories) {
    if (support(category) == 0) continue;
    sum += recall(category);
    ++classes;
  }
  return classes == 0 ? 0 : sum / double(classes);
}

double ConfusionMatrix::necessary_at_risk() const {
  return ratio(count(Category::necessary, Category::performance) +
                   count(Category::necessary, Category::targeting),
               support(Category::necessary));
}

}  // namespace consentry
