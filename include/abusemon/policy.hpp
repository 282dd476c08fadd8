// Severity policy: turns calibrated category scores into severities and an action (allow,
// annotate, block) per category and direction, with Azure content filter semantics, and matches
// custom blocklists. The JSON schema is documented in docs/POLICY.md.
//
// Threading: a Policy is a value. Const member functions may be called from many threads at
// once; the compiled blocklists are immutable and shared between copies.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/export.hpp"
#include "abusemon/types.hpp"
#include "abusemon/verdict.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// The lowest severity at which a rule fires, or off. Azure semantics: block_at = low filters
/// low, medium and high; medium filters medium and high; high filters only high; off filters
/// nothing. For jailbreak every level other than off means "when detected" (JSON: "detected").
enum class Level : std::uint8_t { low = 1, medium = 2, high = 3, off = 4 };
std::string_view to_string(Level l) noexcept;
/// Accepts "low", "medium", "high", "off".
std::optional<Level> parse_level(std::string_view name) noexcept;
/// A jailbreak rule's level names: "off" for off, "detected" for every other level.
std::string_view jailbreak_level_name(Level l) noexcept;
/// Accepts "detected" (Level::low: the rule fires on a detection) and "off".
std::optional<Level> parse_jailbreak_level(std::string_view name) noexcept;
/// True when a text of severity `s` reaches level `l` (never for off or safe).
constexpr bool reaches(Severity s, Level l) noexcept {
  return l != Level::off && s != Severity::safe &&
         static_cast<std::uint8_t>(s) >= static_cast<std::uint8_t>(l);
}

/// Probability cutoffs of one category: score >= high → high, >= medium → medium, >= low → low,
/// else safe. Invariant: 0 < low <= medium <= high <= 1. For jailbreak the three are equal
/// (the detection threshold): detected → high.
struct SeverityThresholds {
  float low = 0.5f;
  float medium = 0.7f;
  float high = 0.9f;

  Severity severity_of(float score) const noexcept;
  friend bool operator==(const SeverityThresholds&, const SeverityThresholds&) = default;
};

/// Severity cutoffs of every category, indexed by Category.
using ThresholdSet = std::array<SeverityThresholds, kCategoryCount>;

/// The cutoffs used when neither the policy nor the model gives any: {0.5, 0.7, 0.9} (the model
/// format's defaults) for harm categories, {0.2, 0.3, 0.45} for the composed sexual_minors
/// score (conservative), 0.7 for jailbreak detection.
const ThresholdSet& builtin_thresholds() noexcept;

/// What to do for one category in one direction.
struct CategoryRule {
  Level annotate_at = Level::low;  ///< severity from which the text is annotated
  Level block_at = Level::medium;  ///< severity from which the text is blocked (wins over annotate)
  friend bool operator==(const CategoryRule&, const CategoryRule&) = default;
};

/// A custom blocklist as configured. Terms are single words and phrases are word sequences;
/// both match case-insensitively (Unicode simple case folding), only as whole words (not
/// inside a longer word), and a phrase's spaces match any run of whitespace. Regexes use RE2
/// syntax as written (add (?i) for case-insensitive); RE2 runs in linear time, so no pattern
/// can hang the server.
struct BlocklistSpec {
  std::string name;                  ///< unique, non-empty; reported in matches
  std::vector<std::string> terms;    ///< no whitespace inside
  std::vector<std::string> phrases;  ///< at least one non-space character
  std::vector<std::string> regexes;  ///< RE2 syntax, must not match the empty string
  Action action = Action::block;     ///< annotate or block (allow is rejected)
  bool prompt = true;                ///< applies to prompts
  bool completion = true;            ///< applies to completions
};

/// Limits on blocklists, enforced when a policy is built (abusemon::error status::limit).
struct BlocklistLimits {
  static constexpr std::size_t kMaxBlocklists = 64;
  static constexpr std::size_t kMaxEntriesPerList = 10000;  ///< terms + phrases + regexes
  static constexpr std::size_t kMaxEntryBytes = 1024;       ///< length of one entry
  static constexpr std::size_t kMaxRegexesPerList = 256;
  static constexpr std::int64_t kMaxProgramBytes = 8 << 20;  ///< RE2 memory budget per pattern
};

/// A severity policy. Default-constructed = Azure's default: annotate from low, block from
/// medium, in both directions, for every harm category; jailbreak annotated and blocked when
/// detected in prompts, annotated only in completions; no threshold overrides (the model's
/// cutoffs apply); no blocklists.
class Policy {
 public:
  Policy();
  ~Policy();
  Policy(const Policy&);
  Policy& operator=(const Policy&);
  Policy(Policy&&) noexcept;
  Policy& operator=(Policy&&) noexcept;

  /// Azure's default policy (same as Policy()).
  static Policy azure_default() { return Policy(); }

  /// Parses and validates a policy document (docs/POLICY.md). Omitted keys keep the defaults.
  /// Throws abusemon::error(status::format) whose message names the key path and the problem,
  /// e.g. `policy: categories.hate.prompt.block_at: expected one of "low", "medium", "high",
  /// "off", got "severe"`; status::limit when a blocklist exceeds BlocklistLimits.
  static Policy from_json(std::string_view json);
  /// Reads a policy file: status::not_found if it does not exist, status::io if it cannot be
  /// read, then as from_json.
  static Policy from_file(const std::string& path);

  /// Canonical JSON of the whole policy (every key present); from_json(to_json()) == *this.
  std::string to_json() const;

  const CategoryRule& rule(Category c, Direction d) const noexcept;
  /// Replaces one rule. For jailbreak any level other than off means "when detected" and is
  /// stored as Level::low.
  void set_rule(Category c, Direction d, CategoryRule rule) noexcept;

  /// The policy's override of a category's cutoffs, or nullopt (the model's cutoffs apply).
  const std::optional<SeverityThresholds>& thresholds(Category c) const noexcept;
  /// Sets an override. Throws std::invalid_argument unless 0 < low <= medium <= high <= 1 (and
  /// all three equal for jailbreak).
  void set_thresholds(Category c, SeverityThresholds t);
  /// Removes an override.
  void clear_thresholds(Category c) noexcept;
  /// The cutoffs in force for `c`: the override, else defaults[c].
  SeverityThresholds effective_thresholds(
      Category c, const ThresholdSet& defaults = builtin_thresholds()) const noexcept;

  /// The configured blocklists, in order.
  const std::vector<BlocklistSpec>& blocklists() const noexcept;
  /// Compiles and appends a blocklist. Throws abusemon::error(status::format) for a bad entry
  /// (naming the list and the entry), status::limit past BlocklistLimits, std::invalid_argument
  /// for a duplicate or empty name.
  void add_blocklist(BlocklistSpec spec);

  /// Matches of every blocklist that applies to direction `d`, ordered by start offset (ties:
  /// blocklist order, terms/phrases before regexes). Within one list, word-only terms and
  /// phrases give leftmost non-overlapping matches, the longest entry winning at a position
  /// (entries with other characters, e.g. "c++", are matched separately and may overlap them);
  /// each regex gives its own non-overlapping matches; different lists may overlap.
  std::vector<BlocklistMatch> match_blocklists(std::string_view text, Direction d) const;

  /// Applies the policy to category scores (indexed by Category) and to the text's blocklist
  /// matches, with `defaults` as the cutoffs of categories the policy does not override (the
  /// Monitor passes the model's). Returns a Verdict with categories, jailbreak, action and
  /// blocklist_matches filled (model fields, timing and stream offsets left default). Scores
  /// are clamped to [0, 1]; NaN counts as 0.
  Verdict apply(std::span<const float, kCategoryCount> scores, Direction d, std::string_view text,
                const ThresholdSet& defaults = builtin_thresholds()) const;
  /// Same, with the blocklist matches already computed.
  Verdict apply(std::span<const float, kCategoryCount> scores, Direction d,
                std::vector<BlocklistMatch> matches,
                const ThresholdSet& defaults = builtin_thresholds()) const;

  /// Rules and thresholds equal and blocklists equal (as specs).
  bool operator==(const Policy& other) const;

  /// Compiled form of one blocklist (opaque; defined in src/policy/).
  struct Compiled;

 private:
  std::array<std::array<CategoryRule, 2>, kCategoryCount> rules_;
  std::array<std::optional<SeverityThresholds>, kCategoryCount> thresholds_{};
  std::vector<BlocklistSpec> specs_;
  // Compiled matchers, one per spec; immutable once built, shared between copies.
  std::vector<std::shared_ptr<const Compiled>> compiled_;
};

}  // namespace abusemon
