// How sure Consentry must be of a cookie's category before it deletes it for being refused
// (like CookieBlock's bias): careful keeps whatever it is not quite sure of, strict deletes on
// lighter evidence. A cookie below the level's confidence is kept, and the decision says why.
#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace consentry {

enum class Caution { careful = 0, balanced = 1, strict = 2 };

inline constexpr Caution kDefaultCaution = Caution::careful;
inline constexpr std::array<Caution, 3> kAllCautions = {Caution::careful, Caution::balanced,
                                                        Caution::strict};

// The least classification confidence (0..1) at which a refused cookie is deleted.
double confidence_needed(Caution caution);

// "careful", "balanced", "strict".
std::string_view caution_name(Caution caution);

// The inverse of caution_name; nullopt for any other text.
std::optional<Caution> parse_caution(std::string_view name);

}  // namespace consentry
