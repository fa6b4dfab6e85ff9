// The four cookie categories of consent banners, and their names on the wire.
#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace consentry {

enum class Category { necessary = 0, functional = 1, performance = 2, targeting = 3 };

inline constexpr std::array<Category, 4> kAllCategories = {
    Category::necessary, Category::functional, Category::performance, Category::targeting};

// "necessary", "functional", "performance", "targeting".
std::string_view category_name(Category category);

// The inverse of category_name; nullopt for any other text.
std::optional<Category> parse_category(std::string_view name);

}  // namespace consentry
