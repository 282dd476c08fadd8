// Locating and loading the classification model for CLI subcommands.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "abusemon/model.hpp"
#include "abusemon/routed_scorer.hpp"
#include "abusemon/scorer.hpp"

namespace CLI {
class App;
}

namespace abusemon::cli {

/// The model file to use: `explicit_path` if not empty, else $ABUSEMON_MODEL if set and not
/// empty, else the first default model that exists: the one beside the program
/// (<bindir>/../models/abusemon-default.gguf, the Python wheel's layout), the installed one
/// (<datadir>/abusemon/abusemon-default.gguf), then the source tree's
/// models/abusemon-default.gguf. Throws Failure(kExitNotFound) naming the paths tried.
std::string resolve_model_path(const std::string& explicit_path);

/// Loads the model at resolve_model_path(explicit_path) as a Scorer (abusemon::error on a bad
/// file: status::format / io / not_found). `normalize` overrides the file's text-normalisation
/// default (docs/NORMALIZATION.md); `int8` quantizes the linear layers at load
/// (docs/PERFORMANCE.md: faster, a few decisions flip); `max_windows` bounds the work of one text
/// (ScoreOptions::max_windows; 0 = no limit).
std::shared_ptr<const Scorer> load_scorer(const std::string& explicit_path,
                                          Normalization normalize = Normalization::model_default,
                                          bool int8 = false, std::size_t max_windows = 0);

/// Where the multilingual model comes from (docs/MULTILINGUAL.md, "Routing by language").
struct MultilingualArgs {
  std::string path;       ///< --multilingual-model
  bool disabled = false;  ///< --no-multilingual
  /// --no-consensus / --consensus-band LOW,HIGH (docs/MULTILINGUAL.md, "Consensus on English
  /// text"); an empty band is the default.
  bool no_consensus = false;
  std::vector<float> consensus_band;

  /// The RoutedScorer options these arguments ask for.
  ConsensusOptions consensus() const;
};

/// The multilingual model file to route non-English text to, or "" for one model:
/// --no-multilingual → ""; else --multilingual-model; else $ABUSEMON_MULTILINGUAL_MODEL if set
/// and not empty; else, only when the English model is the default one (`english_explicit`
/// empty and $ABUSEMON_MODEL unset), the first default multilingual model that exists (the one
/// beside the program, <bindir>/../models/abusemon-multilingual.gguf, the installed
/// <datadir>/abusemon/abusemon-multilingual.gguf, then the source tree's
/// models/abusemon-multilingual.gguf); else "" (an explicit English model alone is one model).
std::string resolve_multilingual_model_path(const MultilingualArgs& ml,
                                            const std::string& english_explicit);

/// load_scorer(), wrapped in a RoutedScorer over the multilingual model when
/// resolve_multilingual_model_path() names one (loaded with the same options).
std::shared_ptr<const Scorer> load_routed_scorer(
    const std::string& explicit_path, const MultilingualArgs& ml,
    Normalization normalize = Normalization::model_default, bool int8 = false,
    std::size_t max_windows = 0);

/// Adds --multilingual-model FILE, --no-multilingual, --no-consensus and --consensus-band
/// LOW,HIGH to a subcommand that has --model.
void add_multilingual_options(CLI::App& cmd, MultilingualArgs& ml);

}  // namespace abusemon::cli
