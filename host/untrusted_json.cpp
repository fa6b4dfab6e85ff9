#include "untrusted_json.h"

#include <string>
#include <vector>

namespace consentry {

namespace {

using nlohmann::json;

// Builds the DOM through nlohmann's SAX interface so depth and duplicate keys are checked as the
// text streams by, before anything deep exists. nlohmann's SAX parser itself is iterative.
class BoundedBuilder {
 public:
  explicit BoundedBuilder(size_t max_depth) : max_depth_(max_depth) {}

  bool null() { return put(nullptr); }
  bool boolean(bool value) { return put(value); }
  bool number_integer(json::number_integer_t value) { return put(value); }
  bool number_unsigned(json::number_unsigned_t value) { return put(value); }
  bool number_float(json::number_float_t value, const json::string_t&) { return put(value); }
  bool string(json::string_t& value) { return put(std::move(value)); }
  bool binary(json::binary_t&) { return fail("binary values are not JSON"); }
  bool start_object(size_t) { return open(json::object()); }
  bool start_array(size_t) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  // Inserts the member now (one map lookup for both the duplicate check and the insertion); the
  // value that follows fills it in.
  bool key(json::string_t& name) {
    auto& members = open_.back()->get_ref<json::object_t&>();
    auto [member, inserted] = members.emplace(std::move(name), nullptr);
    if (!inserted) return fail("duplicate key \"" + member->first + "\"");
    member_ = &member->second;
    return true;
  }

  // nlohmann's message names the line and column; a depth or duplicate failure keeps ours.
  bool parse_error(size_t, const std::string&, const nlohmann::detail::exception& error) {
    if (error_.empty()) error_ = error.what();
    return false;
  }

  json take_root() { return std::move(root_); }
  const std::string& error() const { return error_; }

 private:
  bool fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  json* place(json&& value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    *member_ = std::move(value);
    return member_;
  }

  bool put(json&& value) {
    if (++values_ > kMaxJsonValues) return too_many_values();
    place(std::move(value));
    return true;
  }

  bool too_many_values() {
    return fail("more than " + std::to_string(kMaxJsonValues) + " values");
  }

  bool open(json&& container) {
    if (++values_ > kMaxJsonValues) return too_many_values();
    if (open_.size() >= max_depth_) {
      return fail("nesting deeper than " + std::to_string(max_depth_) + " levels");
    }
    open_.push_back(place(std::move(container)));
    return true;
  }

  bool close() {
    open_.pop_back();
    return true;
  }

  size_t max_depth_;
  size_t values_ = 0;
  json root_;
  std::vector<json*> open_;
  json* member_ = nullptr;  // the object member the next value goes to
  std::string error_;
};

}  // namespace

json parse_untrusted_json(std::string_view text, size_t max_depth) {
  BoundedBuilder builder(max_depth);
  bool ok = json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json,
                            /*strict=*/true, /*ignore_comments=*/false);
  if (!ok) {
    throw InvalidJson(builder.error().empty() ? std::string("not valid JSON") : builder.error());
  }
  return builder.take_root();
}

}  // namespace consentry
