// The Monitor: one call per prompt or completion that answers which harms, how severe, and what
// to do under the operator's policy. It scores texts through any abusemon::Scorer (the loaded
// model in production, a stub in tests), composes sexual_minors, applies the Policy, and
// matches blocklists. StreamChecker checks completions while they are generated.
// Reference: docs/MONITOR.md.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/export.hpp"
#include "abusemon/gate.hpp"
#include "abusemon/image.hpp"
#include "abusemon/policy.hpp"
#include "abusemon/routed_scorer.hpp"
#include "abusemon/scorer.hpp"
#include "abusemon/types.hpp"
#include "abusemon/verdict.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// Options of a Monitor. Defaults suit a server.
struct MonitorOptions {
  /// Longest accepted text in UTF-8 bytes; longer texts throw error(status::limit). 0 = no limit.
  std::size_t max_text_bytes = 1 << 20;
  /// Most texts accepted by one batch call; more throw error(status::limit). 0 = no limit.
  std::size_t max_batch_texts = 4096;
  /// Texts handed to Scorer::score at once (bigger batches are split). Must be >= 1.
  std::size_t scorer_batch_size = 32;
  /// Optional enforcement hook; null = admit everything.
  std::shared_ptr<const CustomerGate> gate;
  /// Image classifier for the image parts of check_content (docs/IMAGES.md); null = image
  /// parts are refused with error(status::state).
  std::shared_ptr<const ImageModel> image_model;
  /// Limits applied to every image before it is decoded.
  ImageLimits image_limits;
  /// Most parts accepted by one check_content call; more throw error(status::limit).
  std::size_t max_parts = 64;
};

/// One part of a mixed prompt or completion (OpenAI-style content parts). Views only: the
/// bytes must stay valid during the call.
struct ContentPart {
  PartKind kind = PartKind::text;
  std::string_view text;                ///< kind == text
  std::span<const std::uint8_t> image;  ///< kind == image: encoded JPEG/PNG/WebP bytes
  const RgbImage* pixels = nullptr;     ///< kind == image: decoded pixels (used instead of image)

  static ContentPart of_text(std::string_view t) { return {PartKind::text, t, {}, nullptr}; }
  static ContentPart of_image(std::span<const std::uint8_t> bytes) {
    return {PartKind::image, {}, bytes, nullptr};
  }
  static ContentPart of_pixels(const RgbImage& img) { return {PartKind::image, {}, {}, &img}; }
};

/// Rule-based signal that a text mentions a minor (a child, an age under 18, ...): 1 for an
/// unambiguous mention, 0 otherwise. Deliberately conservative: it only fires on words and
/// ages that name a minor outright, and it only matters combined with a sexual score. English
/// and the multilingual model's languages (docs/MONITOR.md); a word that is also English ("kind",
/// "bimbo", "ado") counts only in a text detect_language() assigns to that word's language.
float minor_signal(std::string_view text);

/// Scores, composes and applies the policy. Thread-safe: one Monitor serves a whole server;
/// every check may run concurrently with every other and with set_policy().
///
/// Category scores: each of the seven categories is the Scorer output of the same name (0 when
/// the model lacks it), except sexual_minors, which is composed conservatively:
///   sexual_minors = max(p_sexual_minors, min(p_sexual, max(p_minor_mentioned, minor_signal)))
/// where p_sexual_minors and p_minor_mentioned are the model outputs of those names (0 when
/// absent).
///
/// Severity cutoffs: the policy's override of a category, else the model's own cutoffs
/// (Scorer::severity_thresholds; for jailbreak, detected = score >= the model's medium cutoff),
/// else builtin_thresholds().
class Monitor {
 public:
  /// Throws std::invalid_argument for a null scorer or scorer_batch_size == 0, and
  /// error(status::format) if the scorer has none of the category outputs.
  Monitor(std::shared_ptr<const Scorer> scorer, Policy policy = Policy(),
          MonitorOptions options = {});
  ~Monitor();
  Monitor(const Monitor&) = delete;
  Monitor& operator=(const Monitor&) = delete;

  /// Checks one text. Throws error(status::format) for invalid UTF-8, error(status::limit)
  /// past max_text_bytes; scorer errors propagate.
  Verdict check(std::string_view text, Direction d, const CheckContext& ctx = {}) const;
  Verdict check_prompt(std::string_view text, const CheckContext& ctx = {}) const {
    return check(text, Direction::prompt, ctx);
  }
  Verdict check_completion(std::string_view text, const CheckContext& ctx = {}) const {
    return check(text, Direction::completion, ctx);
  }

  /// Checks many texts of one direction in one scoring pass; verdicts in input order.
  /// `contexts` is empty (no context) or has one entry per text (else std::invalid_argument).
  /// A bad text fails the whole call (validate first if that matters: see validate_text).
  std::vector<Verdict> check_batch(std::span<const std::string_view> texts, Direction d,
                                   std::span<const CheckContext> contexts = {}) const;
  std::vector<Verdict> check_prompts(std::span<const std::string_view> texts) const {
    return check_batch(texts, Direction::prompt);
  }
  std::vector<Verdict> check_completions(std::span<const std::string_view> texts) const {
    return check_batch(texts, Direction::completion);
  }

  /// Checks a prompt or completion made of text and image parts and returns one verdict: each
  /// category takes the part with the highest severity (then score), the action is the
  /// strictest part's, `parts` lists every part's own scores and action. Text parts are
  /// checked like check() (blocklists included, offsets relative to the part); image parts are
  /// decoded (options().image_limits), classified by the image model and mapped to sexual and
  /// violence (outputs "sexual", "graphic"/"violence"); an image's sexual_minors is
  /// min(its sexual score, the text parts' minor signal). Image severities use the policy's
  /// cutoffs, else builtin_thresholds() (the text model's own cutoffs are for its scores only).
  /// The gate admits and records the call once. Throws error(status::format) for an
  /// undecodable image or bad text, error(status::limit) past the limits, error(status::state)
  /// for an image part without an image model; std::invalid_argument for no parts.
  Verdict check_content(std::span<const ContentPart> parts, Direction d,
                        const CheckContext& ctx = {}) const;

  /// Replaces the image model (null = none) for checks that start afterwards.
  void set_image_model(std::shared_ptr<const ImageModel> model);
  /// The image model in force, or null.
  std::shared_ptr<const ImageModel> image_model() const;

  /// Composed category scores only (no policy, no gate): row-major texts x kCategoryCount.
  std::vector<float> scores(std::span<const std::string_view> texts) const;

  /// Throws what check() would throw for this text's encoding and length; does nothing else.
  void validate_text(std::string_view text) const;

  /// The policy in force (a copy; cheap, blocklists are shared).
  Policy policy() const;
  /// Replaces the policy for checks that start afterwards (hot reload).
  void set_policy(Policy policy);
  /// Replaces the customer gate (null = admit everything) for checks that start afterwards, e.g.
  /// Enforcement::customer_gate(). options().gate stays the gate given at construction.
  void set_gate(std::shared_ptr<const CustomerGate> gate);
  /// The gate in force, or null.
  std::shared_ptr<const CustomerGate> gate() const;

  const Scorer& scorer() const noexcept { return *scorer_; }
  const MonitorOptions& options() const noexcept { return options_; }
  /// The scorer's ids ("<english>+<multilingual>" for a RoutedScorer, whose verdicts name the
  /// model that scored each text instead).
  std::string model_id() const { return model_id_; }
  std::string model_version() const { return model_version_; }
  /// Cutoffs used for categories the policy does not override (from the model, else built in).
  const ThresholdSet& model_thresholds() const noexcept { return thresholds_; }

 private:
  friend class StreamChecker;
  // `use_gate` false skips admission and recording (a stream's periodic checks).
  std::vector<Verdict> check_batch_impl(std::span<const std::string_view> texts, Direction d,
                                        std::span<const CheckContext> contexts,
                                        bool use_gate) const;
  void check_batch_size(std::size_t n) const;
  // `routes` (only with a routed scorer) receives each text's route.
  std::vector<float> score_validated(std::span<const std::string_view> texts,
                                     std::vector<TextRoute>* routes = nullptr) const;
  // Records in `v` the route, language and model of a text that was scored.
  void set_route(Verdict& v, const TextRoute& r) const;
  std::shared_ptr<const Policy> current_policy() const;

  std::shared_ptr<const Scorer> scorer_;
  MonitorOptions options_;
  std::string model_id_;
  std::string model_version_;
  // scorer_ when it is a RoutedScorer, and the {id, version} of each route's model.
  const RoutedScorer* routed_ = nullptr;
  std::array<std::array<std::string, 2>, kLanguageRouteCount> route_model_;
  // Column of each category in the scorer's output (-1 = absent), and of minor_mentioned.
  std::array<int, kCategoryCount> column_{};
  int minor_column_ = -1;
  ThresholdSet thresholds_{};
  mutable std::mutex policy_mutex_;  // guards policy_ and gate_
  std::shared_ptr<const Policy> policy_;
  std::shared_ptr<const CustomerGate> gate_;
  std::shared_ptr<const ImageModel> image_model_;
};

/// Options of a StreamChecker (sizes in UTF-8 bytes).
struct StreamOptions {
  /// Run a check each time this many more bytes have arrived. 0 = only the final check.
  std::size_t check_every = 512;
  /// Each periodic check looks at the last `window` bytes (the whole text so far when 0).
  /// Must be 0 or >= check_every, so that consecutive windows overlap and cover every byte.
  std::size_t window = 2048;
  /// Passed to the gate for the final check.
  CheckContext context;
};

/// Checks a completion while it is generated. Feed chunks as they come; periodic checks run
/// over a sliding window, and finish() runs a final check over the whole text.
///
/// Guarantee: finish() returns exactly check_completion(whole text) (plus offsets), so a stream
/// never misses what a whole-text check would block; periodic checks can only block earlier.
/// Blocklist offsets in stream verdicts are relative to the whole stream.
///
/// Threading: one StreamChecker per stream, one caller at a time. The Monitor must outlive it.
class StreamChecker {
 public:
  /// Throws std::invalid_argument if 0 < window < check_every.
  explicit StreamChecker(const Monitor& monitor, StreamOptions options = {});

  /// Appends a chunk (it may end inside a UTF-8 character) and returns the verdicts of the
  /// periodic checks it triggered, oldest first (usually zero or one). Throws
  /// error(status::state) after finish(), error(status::limit) past max_text_bytes,
  /// error(status::format) for invalid UTF-8 in the completed part of the text.
  std::vector<Verdict> feed(std::string_view chunk);

  /// Final whole-text check; afterwards feed() and finish() throw error(status::state).
  /// error(status::format) if the text ends inside a UTF-8 character.
  Verdict finish();

  /// Strictest action of every verdict so far.
  Action action() const noexcept { return action_; }
  bool blocked() const noexcept { return action_ == Action::block; }
  bool finished() const noexcept { return finished_; }
  /// Text received so far.
  const std::string& text() const noexcept { return text_; }
  /// Number of checks run so far (periodic + final).
  std::size_t checks() const noexcept { return checks_; }

 private:
  const Monitor* monitor_;
  StreamOptions options_;
  std::string text_;
  std::size_t next_check_at_;
  std::size_t complete_ = 0;  // end of the validated, complete UTF-8 characters
  std::size_t covered_ = 0;   // end of the last periodic window
  std::size_t checks_ = 0;
  Action action_ = Action::allow;
  bool finished_ = false;
};

}  // namespace abusemon
