#include "base/printable.h"

#include <nlohmann/json.hpp>

namespace consentry {

std::string printable(std::string_view text) {
  using nlohmann::json;
  return json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace consentry
