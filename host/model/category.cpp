#include "model/category.h"

namespace consentry {

namespace {
constexpr std::array<std::string_view, 4> kNames = {"necessary", "functional", "performance",
                                                    "targeting"};
}

std::string_view category_name(Category category) { return kNames[static_cast<size_t>(category)]; }

std::optional<Category> parse_category(std::string_view name) {
  for (Category category : kAllCategories) {
    if (kNames[static_cast<size_t>(category)] == name) return category;
  }
  return std::nullopt;
}

}  // namespace consentry
