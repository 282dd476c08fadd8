#include "abusemon/types.hpp"

#include <chrono>

namespace abusemon {
namespace {

constexpr std::array<std::string_view, kCategoryCount> kCategoryNames = {
    "hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak"};
constexpr std::array<std::string_view, kSeverityCount> kSeverityNames = {"safe", "low", "medium",
                                                                         "high"};
constexpr std::array<std::string_view, 2> kDirectionNames = {"prompt", "completion"};
constexpr std::array<std::string_view, 3> kActionNames = {"allow", "annotate", "block"};

template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<std::string_view, N>& names,
                               std::string_view name) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

template <std::size_t N>
std::string_view name_of(const std::array<std::string_view, N>& names, std::size_t i) noexcept {
  return i < N ? names[i] : std::string_view("unknown");
}

}  // namespace

std::string_view to_string(Category c) noexcept {
  return name_of(kCategoryNames, static_cast<std::size_t>(c));
}
std::string_view to_string(Severity s) noexcept {
  return name_of(kSeverityNames, static_cast<std::size_t>(s));
}
std::string_view to_string(Direction d) noexcept {
  return name_of(kDirectionNames, static_cast<std::size_t>(d));
}
std::string_view to_string(Action a) noexcept {
  return name_of(kActionNames, static_cast<std::size_t>(a));
}

std::optional<Category> parse_category(std::string_view n) noexcept {
  return parse_name<Category>(kCategoryNames, n);
}
std::optional<Severity> parse_severity(std::string_view n) noexcept {
  return parse_name<Severity>(kSeverityNames, n);
}
std::optional<Direction> parse_direction(std::string_view n) noexcept {
  return parse_name<Direction>(kDirectionNames, n);
}
std::optional<Action> parse_action(std::string_view n) noexcept {
  return parse_name<Action>(kActionNames, n);
}

std::int64_t SystemClock::now_ms() const {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

const SystemClock& SystemClock::instance() noexcept {
  static const SystemClock clock;
  return clock;
}

}  // namespace abusemon
