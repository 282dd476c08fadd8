// Domain vocabulary shared by every component: harm categories, severity levels, directions,
// actions, and the injectable clock.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include "abusemon/export.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// Harm categories of the taxonomy (docs/TAXONOMY.md). Values are stable array indices.
enum class Category : std::uint8_t {
  hate = 0,
  harassment = 1,
  sexual = 2,
  sexual_minors = 3,
  violence = 4,
  self_harm = 5,
  jailbreak = 6,
};
inline constexpr std::size_t kCategoryCount = 7;
inline constexpr std::array<Category, kCategoryCount> kAllCategories = {
    Category::hate,     Category::harassment, Category::sexual,   Category::sexual_minors,
    Category::violence, Category::self_harm,  Category::jailbreak};

/// Severity levels, ordered: safe < low < medium < high.
enum class Severity : std::uint8_t { safe = 0, low = 1, medium = 2, high = 3 };
inline constexpr std::size_t kSeverityCount = 4;

/// Whether a text is a user's prompt (input) or the model's completion (output).
enum class Direction : std::uint8_t { prompt = 0, completion = 1 };

/// What the host should do with a text, ordered by strictness.
enum class Action : std::uint8_t { allow = 0, annotate = 1, block = 2 };

/// Which of the two models of a RoutedScorer read a text (routed_scorer.hpp): consensus is
/// English text on which the English model was unsure, scored by both and combined.
enum class LanguageRoute : std::uint8_t { english = 0, multilingual = 1, consensus = 2 };
inline constexpr std::size_t kLanguageRouteCount = 3;

// Stable names ("hate", "self_harm", "medium", "completion", "block", ...).
std::string_view to_string(Category c) noexcept;
std::string_view to_string(Severity s) noexcept;
std::string_view to_string(Direction d) noexcept;
std::string_view to_string(Action a) noexcept;
std::string_view to_string(LanguageRoute r) noexcept;  ///< "english", "multilingual", "consensus"

// Parsers accept exactly the stable names; they return nullopt for anything else.
std::optional<Category> parse_category(std::string_view name) noexcept;
std::optional<Severity> parse_severity(std::string_view name) noexcept;
std::optional<Direction> parse_direction(std::string_view name) noexcept;
std::optional<Action> parse_action(std::string_view name) noexcept;
std::optional<LanguageRoute> parse_language_route(std::string_view name) noexcept;

/// Time source, injected wherever time matters so that tests and replays are deterministic.
/// Implementations must be thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  /// Milliseconds since the Unix epoch.
  virtual std::int64_t now_ms() const = 0;
};

/// Wall-clock time (std::chrono::system_clock).
class SystemClock final : public Clock {
 public:
  std::int64_t now_ms() const override;
  /// A process-wide instance, for defaults.
  static const SystemClock& instance() noexcept;
};

/// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(std::int64_t start_ms = 0) noexcept : now_(start_ms) {}
  std::int64_t now_ms() const override { return now_.load(std::memory_order_acquire); }
  void set_ms(std::int64_t t) noexcept { now_.store(t, std::memory_order_release); }
  void advance_ms(std::int64_t dt) noexcept { now_.fetch_add(dt, std::memory_order_acq_rel); }

 private:
  std::atomic<std::int64_t> now_;
};

}  // namespace abusemon
