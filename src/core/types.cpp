#include "abusemon/types.hpp"
#include "core/enum_names.hpp"

#include <chrono>

namespace abusemon {
namespace {

constexpr detail::EnumNames<Category, kCategoryCount> kCategoryNames{
    {"hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak"}};
constexpr detail::EnumNames<Severity, kSeverityCount> kSeverityNames{
    {"safe", "low", "medium", "high"}};
constexpr detail::EnumNames<Direction, 2> kDirectionNames{{"prompt", "completion"}};
constexpr detail::EnumNames<Action, 3> kActionNames{{"allow", "annotate", "block"}};
constexpr detail::EnumNames<LanguageRoute, kLanguageRouteCount> kRouteNames{
    {"english", "multilingual", "consensus"}};

}  // namespace

std::string_view to_string(Category c) noexcept {
  return kCategoryNames.name(c);
}
std::string_view to_string(Severity s) noexcept {
  return kSeverityNames.name(s);
}
std::string_view to_string(Direction d) noexcept {
  return kDirectionNames.name(d);
}
std::string_view to_string(Action a) noexcept {
  return kActionNames.name(a);
}
std::string_view to_string(LanguageRoute r) noexcept {
  return kRouteNames.name(r);
}

std::optional<Category> parse_category(std::string_view n) noexcept {
  return kCategoryNames.parse(n);
}
std::optional<Severity> parse_severity(std::string_view n) noexcept {
  return kSeverityNames.parse(n);
}
std::optional<Direction> parse_direction(std::string_view n) noexcept {
  return kDirectionNames.parse(n);
}
std::optional<Action> parse_action(std::string_view n) noexcept {
  return kActionNames.parse(n);
}
std::optional<LanguageRoute> parse_language_route(std::string_view n) noexcept {
  return kRouteNames.parse(n);
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
