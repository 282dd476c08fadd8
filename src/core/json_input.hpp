// Bounded JSON reading, shared by every reader of JSON that crosses a trust boundary (input
// lines, configs, policies, ids and verdicts from the C ABI and Python, rows read back from a
// store). Header-only so that the CLI and the C ABI use the same rules (private).
//
// Rules: nesting deeper than kMaxJsonDepth arrays/objects is refused (the DOM and its dump are
// then shallow, so no reader or writer can exhaust the stack), and an object with the same key
// twice is refused (otherwise the last value silently wins and two readers may disagree).
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "abusemon/error.hpp"

namespace abusemon::detail {

/// Deepest nesting of arrays and objects accepted in any JSON input. Every document abusemon
/// reads is at most a few levels deep; 64 leaves room for arbitrary ids and verdicts.
inline constexpr std::size_t kMaxJsonDepth = 64;

struct JsonReadOptions {
  std::size_t max_depth = kMaxJsonDepth;
  /// If set, receives (key, source text) of every non-integer number that is a direct member of
  /// the top-level object: such numbers (e.g. integers beyond 64 bits) are stored as doubles, so
  /// a caller that must echo a value exactly (a record id) keeps the text instead.
  std::function<void(std::string_view key, std::string_view text)> top_level_float_text;
};

/// SAX handler: nlohmann's DOM builder plus the depth and duplicate-key checks.
template <class J>
class BoundedJsonSax {
 public:
  using number_integer_t = typename J::number_integer_t;
  using number_unsigned_t = typename J::number_unsigned_t;
  using number_float_t = typename J::number_float_t;
  using string_t = typename J::string_t;
  using binary_t = typename J::binary_t;

  BoundedJsonSax(J& result, const JsonReadOptions& o) : dom_(result, true), o_(o) {}

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(number_float_t v, const string_t& text) {
    if (o_.top_level_float_text && depth_ == 1 && top_is_object_) {
      o_.top_level_float_text(top_key_, text);
    }
    return dom_.number_float(v, text);
  }
  bool string(string_t& v) { return dom_.string(v); }
  bool binary(binary_t& v) { return dom_.binary(v); }
  bool start_object(std::size_t n) {
    enter();
    if (depth_ == 1) top_is_object_ = true;
    keys_.emplace_back();
    return dom_.start_object(n);
  }
  bool key(string_t& k) {
    if (!keys_.back().insert(k).second) {
      throw error(status::format, "invalid JSON: duplicate key \"" + printable(k) + "\"");
    }
    if (depth_ == 1) top_key_ = k;
    return dom_.key(k);
  }
  bool end_object() {
    keys_.pop_back();
    --depth_;
    return dom_.end_object();
  }
  bool start_array(std::size_t n) {
    enter();
    return dom_.start_array(n);
  }
  bool end_array() {
    --depth_;
    return dom_.end_array();
  }
  template <class Exception>
  bool parse_error(std::size_t pos, const std::string& token, const Exception& e) {
    return dom_.parse_error(pos, token, e);
  }

 private:
  void enter() {
    if (++depth_ > o_.max_depth) {
      throw error(status::format,
                  "invalid JSON: nesting deeper than " + std::to_string(o_.max_depth) + " levels");
    }
  }
  // Keys go into error messages: keep them short and free of control characters.
  static std::string printable(const std::string& k) {
    std::string out;
    for (char c : k.substr(0, 64)) out += (static_cast<unsigned char>(c) < 0x20) ? '?' : c;
    return out;
  }

  nlohmann::detail::json_sax_dom_parser<J> dom_;
  const JsonReadOptions& o_;
  std::size_t depth_ = 0;
  bool top_is_object_ = false;
  std::string top_key_;
  std::vector<std::unordered_set<std::string>> keys_;
};

/// Parses one JSON document under the rules above. Throws error(status::format) with a message
/// starting "invalid JSON: " (nlohmann's message names the byte position).
template <class J = nlohmann::json>
J parse_json(std::string_view text, const JsonReadOptions& options = {}) {
  J result;
  BoundedJsonSax<J> sax(result, options);
  try {
    J::sax_parse(text.begin(), text.end(), &sax, J::input_format_t::json, true, false);
  } catch (const typename J::exception& e) {
    // Drop nlohmann's "[json.exception.parse_error.101] " prefix.
    std::string what = e.what();
    if (auto p = what.find("] "); p != std::string::npos) what.erase(0, p + 2);
    throw error(status::format, "invalid JSON: " + what);
  }
  return result;
}

/// parse_json() with `context` ("policy", ...) prefixed to the message of any error.
template <class J = nlohmann::json>
J parse_json(std::string_view text, std::string_view context, const JsonReadOptions& options = {}) {
  try {
    return parse_json<J>(text, options);
  } catch (const error& e) {
    throw error(status::format, std::string(context) + ": " + e.what());
  }
}

}  // namespace abusemon::detail
