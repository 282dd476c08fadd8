// A Scorer that sends each text to an English or a multilingual model by its language
// (docs/MULTILINGUAL.md, "Routing by language").
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
#include "abusemon/language.hpp"
#include "abusemon/scorer.hpp"
#include "abusemon/types.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

// LanguageRoute (which of the two models reads a text) and its names are in types.hpp.

/// The route rule: English for text detected as English, and for Latin-script (or letterless)
/// text with no evidence of any other language ("und" with non_english == 0: short phrases,
/// numbers, emoji). Every other language, ties involving another language, and text in a
/// non-Latin script go to the multilingual model, which reads English too.
LanguageRoute language_route(const LanguageGuess& guess) noexcept;
/// language_route(detect_language(text)); throws error(status::format) for invalid UTF-8.
LanguageRoute language_route(std::string_view text);

/// What routing decided for one text: its route and the language detect_language() gave.
struct TextRoute {
  LanguageRoute route = LanguageRoute::english;
  std::string_view language = "und";  ///< static storage (LanguageGuess::language)

  friend bool operator==(const TextRoute&, const TextRoute&) = default;
};

/// Maps probability `p` of a model with cutoffs `from` = {low, medium, high} onto the scale of a
/// model with cutoffs `to`: the monotone piecewise-linear map sending {0, low, medium, high, 1}
/// onto the other's {0, low, medium, high, 1}, so that p >= from[k] exactly when the result
/// >= to[k]. p is clamped to [0, 1]. Cutoffs must be non-decreasing within [0, 1].
float map_severity_scale(float p, const std::array<float, 3>& from,
                         const std::array<float, 3>& to) noexcept;

/// Holds an English and a multilingual Scorer with the same output names and sends each text to
/// one of them (language_route). A batch is split in two sub-batches, each scored with one call,
/// and the rows are put back in input order.
///
/// Severity scale: severity_thresholds() are the English scorer's; the multilingual scorer's
/// probabilities of output i are mapped with map_severity_scale(p, its cutoffs, the English
/// cutoffs) so that the Monitor's severities and a policy's cutoffs mean the same on both routes.
/// Where either scorer has no cutoffs for an output, its probability passes unchanged.
///
/// model_id() / model_version() are "<english>+<multilingual>" (e.g.
/// "abusemon-minilm-default+abusemon-me5s-multilingual"). A Monitor over a RoutedScorer records
/// in each Verdict the route, the detected language and the id of the model that scored it.
///
/// Threading: immutable; score() may run from many threads at once if both scorers allow it.
class RoutedScorer final : public Scorer {
 public:
  /// Throws std::invalid_argument for a null scorer, error(status::format) if the two scorers'
  /// output names differ (naming both lists).
  RoutedScorer(std::shared_ptr<const Scorer> english, std::shared_ptr<const Scorer> multilingual);

  const std::vector<std::string>& output_names() const override;
  /// Throws std::invalid_argument for a wrong `out` size, error(status::format) for a text that
  /// is not valid UTF-8; the scorers' errors propagate.
  void score(std::span<const std::string_view> texts, std::span<float> out) const override;
  /// score(), and also writes each text's route and detected language to `routes` (one per
  /// text): language detection runs once per text for both. Same errors as score(), and
  /// std::invalid_argument for a wrong `routes` size.
  void score_routed(std::span<const std::string_view> texts, std::span<float> out,
                    std::span<TextRoute> routes) const;
  std::string model_id() const override;
  std::string model_version() const override;
  std::optional<std::array<float, 3>> severity_thresholds(std::size_t index) const override;

  const std::shared_ptr<const Scorer>& english() const noexcept { return english_; }
  const std::shared_ptr<const Scorer>& multilingual() const noexcept { return multilingual_; }
  /// The scorer of one route.
  const Scorer& scorer(LanguageRoute r) const noexcept {
    return r == LanguageRoute::english ? *english_ : *multilingual_;
  }

 private:
  std::shared_ptr<const Scorer> english_;
  std::shared_ptr<const Scorer> multilingual_;
  // Per output: {from, to} cutoffs of the multilingual → English map; nullopt = pass through.
  std::vector<std::optional<std::array<std::array<float, 3>, 2>>> maps_;
};

}  // namespace abusemon
