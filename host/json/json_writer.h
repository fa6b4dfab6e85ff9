// Writing JSON text straight into a string, without building a DOM first: the replies that carry
// hundreds of cookies (decide, the classify CLI, the deletion log) are written this way, since
// building and dumping an nlohmann DOM cost more than classifying. Commas are placed by the writer;
// the caller only says what comes next. Invalid UTF-8 in a string becomes U+FFFD, so the output is
// always valid JSON.
#pragma once
#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

namespace consentry {

class JsonWriter {
 public:
  // Appends to `out`, which must outlive the writer.
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void key(std::string_view name);  // inside an object, before each value

  void string(std::string_view text);
  void boolean(bool value);
  void number(double value);  // shortest text that reads back the same; null if not finite
  void number(int64_t value);
  void number(uint64_t value);
  void null();
  void value(const nlohmann::json& json);  // a whole DOM value, for replies built as one
  void raw(std::string_view json);         // text that is already one valid JSON value

  // key() then the value, the common case inside objects.
  void member(std::string_view name, std::string_view text) { key(name), string(text); }
  void member(std::string_view name, const char* text) { key(name), string(text); }
  void member(std::string_view name, bool value) { key(name), boolean(value); }
  void member(std::string_view name, double value) { key(name), number(value); }
  void member(std::string_view name, uint64_t value) { key(name), number(value); }

 private:
  void before_value();  // the comma between siblings
  void open(char bracket);
  void close(char bracket);
  void quoted(std::string_view text);

  std::string& out_;
  // Per open container: a value was already written in it. Inline up to a depth our replies
  // never pass, so a writer made per line (the classify CLI) allocates nothing of its own.
  boost::container::small_vector<char, 8> has_sibling_;
  bool after_key_ = false;
};

}  // namespace consentry
