// Locating and loading the classification model for CLI subcommands.
#pragma once

#include <memory>
#include <string>

#include "abusemon/model.hpp"
#include "abusemon/scorer.hpp"

namespace abusemon::cli {

/// The model file to use: `explicit_path` if not empty, else $ABUSEMON_MODEL if set and not
/// empty, else the first default model that exists: the installed one
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

}  // namespace abusemon::cli
