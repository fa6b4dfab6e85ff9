#include "confusion_matrix.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

TEST(ConfusionMatrix, FiguresOfASmallCase) {
  ConfusionMatrix matrix;
  matrix.add(Category::necessary, Category::necessary);
  matrix.add(Category::necessary, Category::targeting);
  matrix.add(Category::necessary, Category::functional);
  matrix.add(Category::necessary, Category::necessary);
  matrix.add(Category::targeting, Category::targeting);
  EXPECT_EQ(matrix.total(), 5u);
  EXPECT_DOUBLE_EQ(matrix.accuracy(), 3.0 / 5);
  EXPECT_DOUBLE_EQ(matrix.recall(Category::necessary), 0.5);
  EXPECT_DOUBLE_EQ(matrix.precision(Category::targeting), 0.5);
  // Only the two classes present count toward balanced accuracy.
  EXPECT_DOUBLE_EQ(matrix.balanced_accuracy(), (0.5 + 1.0) / 2);
  EXPECT_DOUBLE_EQ(matrix.necessary_at_risk(), 1.0 / 4);
  EXPECT_DOUBLE_EQ(matrix.precision(Category::performance), 0);
}

TEST(ConfusionMatrix, EmptyIsAllZero) {
  ConfusionMatrix matrix;
  EXPECT_EQ(matrix.accuracy(), 0);
  EXPECT_EQ(matrix.balanced_accuracy(), 0);
  EXPECT_EQ(matrix.necessary_at_risk(), 0);
}

}  // namespace
}  // namespace consentry
