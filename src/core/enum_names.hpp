// Private: the one mechanism behind the to_string / parse_* pair of every public enum: a table of
// stable names indexed by the enum's value.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace abusemon::detail {

/// names[i] is the stable name of the value `first + i`. name() of a value outside the table
/// gives `fallback`; parse() accepts exactly the names.
template <typename E, std::size_t N>
struct EnumNames {
  std::array<std::string_view, N> names;
  std::string_view fallback = "unknown";
  std::size_t first = 0;

  constexpr std::string_view name(E v) const noexcept {
    const auto i = static_cast<std::size_t>(v) - first;  // wraps to a huge index below `first`
    return i < N ? names[i] : fallback;
  }
  constexpr std::optional<E> parse(std::string_view s) const noexcept {
    for (std::size_t i = 0; i < N; ++i) {
      if (names[i] == s) return static_cast<E>(i + first);
    }
    return std::nullopt;
  }
};

}  // namespace abusemon::detail
