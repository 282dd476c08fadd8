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

/// Second opinion on English text (docs/MULTILINGUAL.md, "Consensus on English text"). The two
/// models were trained apart (different bases, vocabularies and data mixes), so where the English
/// model is unsure their errors differ and their combination ranks better than either: on data
/// neither model trained on it flags fewer benign look-alikes and identity mentions and ranks
/// harm better. A text goes to the multilingual model too only where the English model is
/// unsure, which keeps the cost on the texts that need it.
struct ConsensusOptions {
  /// Off: English text is scored by the English model alone, as before consensus existed.
  bool enabled = true;
  /// The English model is unsure of a text when any output's probability p has
  /// low <= p < high; only those texts are also scored by the multilingual model.
  /// 0 <= low <= high <= 1; low = 0 and high = 1 sends every English text to both.
  float low = 0.05f;
  float high = 0.95f;

  /// The band is well formed (NaN is not). RoutedScorer and the bindings check it with this.
  constexpr bool valid_band() const noexcept { return low >= 0.0f && low <= high && high <= 1.0f; }

  friend bool operator==(const ConsensusOptions&, const ConsensusOptions&) = default;
};

/// The consensus of two probabilities: the mean of their log-odds, sigmoid(
/// (logit(a) + logit(b)) / 2), each clamped to [1e-6, 1 - 1e-6] first so that a certain 0 or 1
/// has finite log-odds (0 and 1 meet at 0.5). NaN in either gives NaN.
float consensus_probability(float a, float b) noexcept;

/// Holds an English and a multilingual Scorer with the same output names and sends each text to
/// one of them (language_route). A batch is split in two sub-batches, each scored with one call,
/// and the rows are put back in input order. With consensus (the default), English texts on
/// which the English model is unsure (ConsensusOptions) are scored by the multilingual model as
/// well, in one more call, and each of their outputs is consensus_probability(English,
/// multilingual mapped onto the English scale); their route is LanguageRoute::consensus.
///
/// Severity scale: severity_thresholds() are the English scorer's; the multilingual scorer's
/// probabilities of output i are mapped with map_severity_scale(p, its cutoffs, the English
/// cutoffs) so that the Monitor's severities and a policy's cutoffs mean the same on both routes.
/// Where either scorer has no cutoffs for an output, its probability passes unchanged.
///
/// model_id() / model_version() are "<english>+<multilingual>" (e.g.
/// "abusemon-minilm-default+abusemon-me5s-multilingual"). A Monitor over a RoutedScorer records
/// in each Verdict the route, the detected language and the id of the model that scored it (the
/// pair's id for a consensus verdict).
///
/// Threading: immutable; score() may run from many threads at once if both scorers allow it.
class RoutedScorer final : public Scorer {
 public:
  /// Throws std::invalid_argument for a null scorer, error(status::format) if the two scorers'
  /// output names differ (naming both lists).
  /// std::invalid_argument also for a consensus band outside 0 <= low <= high <= 1.
  RoutedScorer(std::shared_ptr<const Scorer> english, std::shared_ptr<const Scorer> multilingual,
               ConsensusOptions consensus = {});

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

  const ConsensusOptions& consensus() const noexcept { return consensus_; }
  const std::shared_ptr<const Scorer>& english() const noexcept { return english_; }
  const std::shared_ptr<const Scorer>& multilingual() const noexcept { return multilingual_; }
  /// The scorer of the english or the multilingual route (consensus uses both: this returns
  /// the English one for it).
  const Scorer& scorer(LanguageRoute r) const noexcept {
    return r == LanguageRoute::multilingual ? *multilingual_ : *english_;
  }

 private:
  std::shared_ptr<const Scorer> english_;
  std::shared_ptr<const Scorer> multilingual_;
  ConsensusOptions consensus_;
  // Per output: {from, to} cutoffs of the multilingual → English map; nullopt = pass through.
  std::vector<std::optional<std::array<std::array<float, 3>, 2>>> maps_;

  // Scores texts[index[k]] with `s` into rows k of `rows` (index.size() x outputs).
  void score_subset(const Scorer& s, std::span<const std::string_view> texts,
                    const std::vector<std::size_t>& index, std::vector<float>& rows) const;
  // Maps one row of the multilingual model onto the English severity scale, in place.
  void map_row(std::span<float> row) const noexcept;
};

}  // namespace abusemon
