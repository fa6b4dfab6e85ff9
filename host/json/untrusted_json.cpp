#include "json/untrusted_json.h"

#include <algorithm>
#include <array>
#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace consentry {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// A parser keeps the buffers of the largest document it has seen; past this, they are given back
// before a smaller document, so one 4 MiB request does not pin ~40 MiB for the process's life.
constexpr size_t kRetainedCapacity = 1 << 20;
// Objects up to this many members are checked for duplicates pairwise; larger ones are sorted.
constexpr size_t kPairwiseMembers = 16;

InvalidJson too_many_values() {
  return InvalidJson("more than " + std::to_string(kMaxJsonValues) + " values");
}

// An upper bound on the values in `text`, with no memory: every value but the first follows a
// ',', '[' or '{' outside strings. simdjson's tape costs up to 16 bytes a value (and its index 4
// a token), so a large document is counted before it is parsed.
size_t most_values_in(std::string_view text) {
  size_t openers = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == ',' || c == '[' || c == '{') {
      ++openers;
    }
  }
  return openers + 1;
}

InvalidJson too_deep(size_t max_depth) {
  return InvalidJson("nesting deeper than " + std::to_string(max_depth) + " levels");
}

std::string message_for(simdjson::error_code error, size_t max_depth) {
  switch (error) {
    case simdjson::DEPTH_ERROR: return too_deep(max_depth).what();
    case simdjson::UTF8_ERROR: return "invalid UTF-8";
    case simdjson::NUMBER_ERROR: return "a number out of range or malformed";
    case simdjson::EMPTY: return "no JSON value";
    default: return simdjson::error_message(error);
  }
}

void check_structure(element value, size_t depth, size_t max_depth);

bool is_container(element value) {
  element_type type = value.type();
  return type == element_type::OBJECT || type == element_type::ARRAY;
}

// A key's length and first and last bytes: the same for duplicates, rarely for two other keys.
uint32_t fingerprint(std::string_view key) {
  if (key.empty()) return 0;
  auto byte = [](char c) { return static_cast<uint32_t>(static_cast<unsigned char>(c)); };
  return static_cast<uint32_t>(key.size()) << 16 | byte(key.front()) << 8 | byte(key.back());
}

void check_object(simdjson::dom::object object, size_t depth, size_t max_depth) {
  // Inline for the usual object (a cookie has about a dozen members): one line of the classify
  // CLI is one object, and a heap vector per line cost more than the check.
  boost::container::small_vector<std::string_view, kPairwiseMembers> keys;
  for (auto [key, member] : object) {
    keys.push_back(key);
    if (is_container(member)) check_structure(member, depth, max_depth);
  }
  auto duplicate = [](std::string_view key) {
    return InvalidJson("duplicate key \"" + std::string(key.substr(0, 200)) + "\"");
  };
  if (keys.size() <= kPairwiseMembers) {
    // A one-word Bloom filter of the fingerprints: a key is compared with the earlier ones only
    // when its bit was already set, about once an object.
    std::array<uint32_t, kPairwiseMembers> prints;
    uint64_t seen = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
      prints[i] = fingerprint(keys[i]);
      uint64_t bit = uint64_t{1} << (prints[i] * 0x9E3779B1u >> 26);
      if (seen & bit) {
        for (size_t j = 0; j < i; ++j) {
          if (prints[i] == prints[j] && keys[i] == keys[j]) throw duplicate(keys[i]);
        }
      }
      seen |= bit;
    }
    return;
  }
  std::sort(keys.begin(), keys.end());
  auto repeated = std::adjacent_find(keys.begin(), keys.end());
  if (repeated != keys.end()) throw duplicate(*repeated);
}

// Refuses duplicate keys and nesting deeper than `max_depth` containers (simdjson's own cap counts
// differently, so it is set one higher and only bounds this recursion).
void check_structure(element value, size_t depth, size_t max_depth) {
  switch (value.type()) {
    case element_type::OBJECT: {
      if (++depth > max_depth) throw too_deep(max_depth);
      simdjson::dom::object object = value.get_object().value_unsafe();
      check_object(object, depth, max_depth);
      return;
    }
    case element_type::ARRAY: {
      if (++depth > max_depth) throw too_deep(max_depth);
      simdjson::dom::array array = value.get_array().value_unsafe();
      for (element item : array) check_structure(item, depth, max_depth);
      return;
    }
    default: return;
  }
}

nlohmann::json convert(element value, size_t& values) {
  if (++values > kMaxJsonValues) throw too_many_values();
  switch (value.type()) {
    case element_type::OBJECT: {
      nlohmann::json object(nlohmann::json::value_t::object);
      simdjson::dom::object members = value;
      for (auto [key, member] : members) {
        object.emplace(std::string(key), convert(member, values));
      }
      return object;
    }
    case element_type::ARRAY: {
      nlohmann::json array(nlohmann::json::value_t::array);
      simdjson::dom::array items = value;
      for (element item : items) array.push_back(convert(item, values));
      return array;
    }
    case element_type::STRING: return std::string(std::string_view(value));
    case element_type::INT64: return int64_t(value);
    case element_type::UINT64: return uint64_t(value);
    case element_type::DOUBLE: return double(value);
    case element_type::BOOL: return bool(value);
    case element_type::NULL_VALUE: break;
  }
  return nullptr;
}

}  // namespace

UntrustedJsonParser::UntrustedJsonParser(size_t max_depth) : max_depth_(max_depth) {}

element UntrustedJsonParser::parse(std::string_view text) {
  // Also keeps an empty view's null data() away from simdjson's memcpy (undefined behaviour).
  if (text.empty()) throw InvalidJson(message_for(simdjson::EMPTY, max_depth_));
  if (text.size() > kRetainedCapacity && most_values_in(text) > kMaxJsonValues) {
    throw too_many_values();
  }
  bool shrink = parser_.capacity() > kRetainedCapacity && text.size() <= kRetainedCapacity;
  if (parser_.capacity() == 0 || shrink) {
    size_t capacity = std::max(text.size(), shrink ? kRetainedCapacity : size_t{4096});
    if (parser_.allocate(capacity, max_depth_ + 1) != simdjson::SUCCESS) {
      throw std::bad_alloc();
    }
  }
  element root;
  simdjson::error_code error = parser_.parse(text.data(), text.size()).get(root);
  if (error) throw InvalidJson(message_for(error, max_depth_));
  check_structure(root, 0, max_depth_);
  return root;
}

nlohmann::json to_nlohmann(element value) {
  size_t values = 0;
  return convert(value, values);
}

nlohmann::json parse_untrusted_json(std::string_view text, size_t max_depth) {
  UntrustedJsonParser parser(max_depth);
  return to_nlohmann(parser.parse(text));
}

}  // namespace consentry
