// The result of one classification: per-category scores and severities, the policy's decision,
// blocklist matches, and its serialisations (native JSON, OpenAI-moderation- and
// Azure-content-filter-compatible JSON). See docs/MONITOR.md for the field reference.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/export.hpp"
#include "abusemon/types.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// Outcome for one category of one text.
struct CategoryResult {
  /// Calibrated probability in [0, 1] that the text belongs to the category (after composition,
  /// see Monitor for sexual_minors). 0 when the model does not score the category.
  float score = 0.0f;
  /// Severity from the policy's thresholds for this category. For jailbreak: high when
  /// detected, safe otherwise.
  Severity severity = Severity::safe;
  /// The severity reached the policy's block level for this category and direction.
  bool filtered = false;
  /// The severity reached the policy's annotate level (reported even when also filtered).
  bool annotated = false;

  friend bool operator==(const CategoryResult&, const CategoryResult&) = default;
};

/// How a blocklist entry is written: a single word, a multi-word phrase, or an RE2 regex.
enum class MatchKind : std::uint8_t { term = 0, phrase = 1, regex = 2 };
std::string_view to_string(MatchKind k) noexcept;
std::optional<MatchKind> parse_match_kind(std::string_view name) noexcept;

/// One occurrence of a blocklist entry in a text. Offsets are UTF-8 byte offsets into the text
/// that was checked (for streams: into the whole stream), half-open [start, end).
struct BlocklistMatch {
  std::string blocklist;  ///< name of the blocklist in the policy
  MatchKind kind = MatchKind::term;
  std::string pattern;  ///< the entry as written in the policy
  std::size_t start = 0;
  std::size_t end = 0;
  Action action = Action::block;  ///< what the blocklist asks for on a match (annotate or block)

  friend bool operator==(const BlocklistMatch&, const BlocklistMatch&) = default;
};

/// Where a streaming check looked (Azure's asynchronous-filter offsets), in UTF-8 bytes.
struct StreamOffsets {
  std::size_t check_offset = 0;  ///< bytes of the stream received when the check ran
  std::size_t start_offset = 0;  ///< first byte of the window that was checked
  std::size_t end_offset = 0;    ///< one past the last byte of the window
  bool final = false;            ///< the final whole-text check of the stream

  friend bool operator==(const StreamOffsets&, const StreamOffsets&) = default;
};

/// Kind of one content part of a mixed prompt or completion (Monitor::check_content).
enum class PartKind : std::uint8_t { text = 0, image = 1 };
std::string_view to_string(PartKind k) noexcept;

/// What one content part scored on its own (Monitor::check_content).
struct PartResult {
  std::size_t index = 0;  ///< position in the parts given
  PartKind kind = PartKind::text;
  /// Scores by category. Image parts are scored for sexual and violence (graphic) only (and
  /// sexual_minors composed with the text parts' minor signal); the rest stay 0.
  std::array<float, kCategoryCount> scores{};
  /// Action this part alone gets under the policy; the verdict's action is the strictest.
  Action action = Action::allow;
  /// Text parts scored by a language-routed Monitor (RoutedScorer): the language
  /// detect_language() gave ("fr", "en", "und", ...) and the model that read the part. Empty /
  /// nullopt for image parts and when the Monitor's scorer is not routed.
  std::string language;
  std::optional<LanguageRoute> route;

  friend bool operator==(const PartResult&, const PartResult&) = default;
};

/// Everything the Monitor decided about one text. A plain value: copy it, keep it, compare it.
struct Verdict {
  Direction direction = Direction::prompt;
  /// Indexed by static_cast<size_t>(Category).
  std::array<CategoryResult, kCategoryCount> categories{};
  /// Jailbreak score reached the policy's detection threshold.
  bool jailbreak_detected = false;
  /// Detected and the policy blocks jailbreaks in this direction.
  bool jailbreak_filtered = false;
  /// allow < annotate < block: the strictest of every category, blocklist match and the gate.
  Action action = Action::allow;
  std::vector<BlocklistMatch> blocklist_matches;
  /// Set when the customer gate refused the request before scoring; then no category was
  /// scored and action is block.
  std::optional<std::string> refusal;
  /// The model that scored the text: with a language-routed Monitor (RoutedScorer), the English
  /// or the multilingual model's own id and version; otherwise (and for a gate refusal, which
  /// nothing scored) the Monitor's model_id() / model_version().
  std::string model_id;
  std::string model_version;
  /// Set only when the Monitor's scorer is a RoutedScorer (docs/MULTILINGUAL.md): the language
  /// detect_language() gave for the text ("en", "fr", ..., "und") and the route it took. Empty /
  /// nullopt otherwise and for gate refusals. check_content: the route of its text parts when
  /// they all took one route (model_id is then that model's; language is theirs when they share
  /// one, else "mul"); when they differ, route is nullopt, language "mul" and model_id the
  /// Monitor's ("<english>+<multilingual>"); `parts` has each text part's own.
  std::string language;
  std::optional<LanguageRoute> route;
  /// Wall time of the call that produced this verdict, in milliseconds (for a batch: the
  /// whole batch call).
  double elapsed_ms = 0.0;
  /// Set for verdicts of a StreamChecker.
  std::optional<StreamOffsets> stream;
  /// One entry per content part for Monitor::check_content (empty for text checks). Blocklist
  /// match offsets are relative to their own text part.
  std::vector<PartResult> parts;

  const CategoryResult& operator[](Category c) const noexcept {
    return categories[static_cast<std::size_t>(c)];
  }
  CategoryResult& operator[](Category c) noexcept {
    return categories[static_cast<std::size_t>(c)];
  }
  /// True when the policy blocks the text (action == block). This is the `flagged` field of
  /// every output format.
  bool flagged() const noexcept { return action == Action::block; }

  friend bool operator==(const Verdict&, const Verdict&) = default;
};

/// Output formats of to_json().
enum class VerdictFormat : std::uint8_t {
  /// Every field of the Verdict (docs/MONITOR.md); what `abusemon classify` prints by default.
  native = 0,
  /// OpenAI moderation result object: {"flagged", "categories": {name: bool},
  /// "category_scores": {name: float}} with OpenAI's category names ("self-harm",
  /// "sexual/minors"); jailbreak is not an OpenAI category and is left out of both maps.
  /// Content-part verdicts add "category_applied_input_types": {name: ["text", "image"]}.
  openai = 1,
  /// Azure OpenAI annotations: {"content_filter_results": {category: {"filtered", "severity"},
  /// "jailbreak": {"detected", "filtered"}, "custom_blocklists": {...}}} plus
  /// "content_filter_offsets" for stream verdicts.
  azure = 2,
};
std::string_view to_string(VerdictFormat f) noexcept;
std::optional<VerdictFormat> parse_verdict_format(std::string_view name) noexcept;

/// Serialises `v` as one line of compact JSON (no newline). `id_json`, when not empty, must be
/// one JSON value (e.g. `"req-1"` or `17`, already serialised) and is stored under "id".
/// Throws abusemon::error(status::format) if id_json is not valid JSON.
std::string to_json(const Verdict& v, VerdictFormat format = VerdictFormat::native,
                    std::string_view id_json = {});

/// Parses what to_json() wrote back into a Verdict. Fields a format does not carry keep their
/// defaults (openai: scores, per-category filtered, flagged as action block/allow; azure:
/// severities, filtered flags, jailbreak, offsets). Native round-trips every field.
/// Throws abusemon::error(status::format) naming the offending key.
Verdict verdict_from_json(std::string_view json, VerdictFormat format = VerdictFormat::native);

}  // namespace abusemon
