// UTF-8 validation of the text layer (private), used by the monitor.
#pragma once

#include <cstddef>
#include <string_view>

namespace abusemon::detail {

/// Length of the longest prefix of `s` that is valid UTF-8 (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF). Equals s.size() for valid text.
std::size_t utf8_valid_prefix(std::string_view s) noexcept;

/// True when byte `i` of `s` starts a character (or i == s.size()).
inline bool utf8_is_boundary(std::string_view s, std::size_t i) noexcept {
  return i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0u) != 0x80u;
}

/// Largest character boundary <= i.
inline std::size_t utf8_floor(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return s.size();
  while (i > 0 && !utf8_is_boundary(s, i)) --i;
  return i;
}

}  // namespace abusemon::detail
