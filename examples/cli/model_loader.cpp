#include "model_loader.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <initializer_list>

#include "abusemon/error.hpp"
#include "abusemon/model.hpp"
#include "abusemon/routed_scorer.hpp"
#include "commands.hpp"

namespace abusemon::cli {

namespace {

// The first of `candidates` (null or empty entries skipped) that is a regular file, else "";
// `tried` receives the paths looked at.
std::string first_existing(std::initializer_list<const char*> candidates, std::string& tried) {
  for (const char* candidate : candidates) {
    if (candidate == nullptr || *candidate == '\0') continue;
    std::error_code ec;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    tried += tried.empty() ? "" : ", ";
    tried += candidate;
  }
  return {};
}

// <directory of this program>/../models/<file>: where the Python wheel puts the models it bundles
// beside the CLI it bundles (abusemon/bin/abusemon, abusemon/models/). "" where the program's
// path cannot be read.
std::string beside_program(const char* file) {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec || exe.empty()) return {};
  return (exe.parent_path().parent_path() / "models" / file).string();
}

}  // namespace

std::string resolve_model_path(const std::string& explicit_path) {
  if (!explicit_path.empty()) return explicit_path;
  if (auto env = model_path_from_env(kModelEnv)) return *env;
  std::string tried;
  const std::string bundled = beside_program("abusemon-default.gguf");
  const std::string found = first_existing({bundled.c_str(),
#ifdef ABUSEMON_INSTALLED_MODEL_PATH
                                            ABUSEMON_INSTALLED_MODEL_PATH,
#endif
#ifdef ABUSEMON_BUILD_MODEL_PATH
                                            ABUSEMON_BUILD_MODEL_PATH,
#endif
                                            static_cast<const char*>(nullptr)},
                                           tried);
  if (!found.empty()) return found;
  throw Failure(kExitNotFound,
                "no model: pass --model FILE or set ABUSEMON_MODEL (default model "
                "not found" +
                    (tried.empty() ? std::string() : " at " + tried) + ")");
}

std::shared_ptr<const Scorer> load_scorer(const std::string& explicit_path, Normalization normalize,
                                          bool int8, std::size_t max_windows) {
  ModelOptions o;
  o.normalize = normalize;
  o.int8 = int8;
  ScoreOptions so;
  so.max_windows = max_windows;
  return ModelScorer::load(resolve_model_path(explicit_path), o, so);
}

std::string resolve_multilingual_model_path(const MultilingualArgs& ml,
                                            const std::string& english_explicit) {
  if (ml.disabled) return {};
  if (!ml.path.empty()) return ml.path;
  if (auto env = model_path_from_env(kMultilingualModelEnv)) return *env;
  if (!english_explicit.empty() || model_path_from_env(kModelEnv)) return {};
  std::string tried;
  const std::string bundled = beside_program("abusemon-multilingual.gguf");
  return first_existing({bundled.c_str(),
#ifdef ABUSEMON_INSTALLED_MULTILINGUAL_MODEL_PATH
                         ABUSEMON_INSTALLED_MULTILINGUAL_MODEL_PATH,
#endif
#ifdef ABUSEMON_BUILD_MULTILINGUAL_MODEL_PATH
                         ABUSEMON_BUILD_MULTILINGUAL_MODEL_PATH,
#endif
                         static_cast<const char*>(nullptr)},
                        tried);
}

ConsensusOptions MultilingualArgs::consensus() const {
  ConsensusOptions c;
  c.enabled = !no_consensus;
  if (consensus_band.size() == 2) {
    c.low = consensus_band[0];
    c.high = consensus_band[1];
  }
  return c;
}

std::shared_ptr<const Scorer> load_routed_scorer(const std::string& explicit_path,
                                                 const MultilingualArgs& ml,
                                                 Normalization normalize, bool int8,
                                                 std::size_t max_windows) {
  // Resolved first: a --multilingual-model that does not exist fails before the big load.
  const std::string ml_path = resolve_multilingual_model_path(ml, explicit_path);
  auto english = load_scorer(explicit_path, normalize, int8, max_windows);
  if (ml_path.empty()) return english;
  try {
    return std::make_shared<const RoutedScorer>(
        std::move(english), load_scorer(ml_path, normalize, int8, max_windows), ml.consensus());
  } catch (const error& e) {
    throw error(e.code(), std::string("multilingual model: ") + e.what() +
                              " (--no-multilingual scores with one model)");
  }
}

void add_multilingual_options(CLI::App& cmd, MultilingualArgs& ml) {
  auto* path = cmd.add_option(
      "--multilingual-model", ml.path,
      "Second model for text that is not English, chosen per text by its language "
      "(docs/MULTILINGUAL.md); default: $ABUSEMON_MULTILINGUAL_MODEL, else, when --model and "
      "$ABUSEMON_MODEL are not given, the installed default multilingual model if any");
  auto* off = cmd.add_flag("--no-multilingual", ml.disabled, "One model: no routing by language")
                  ->excludes(path);
  auto* no_consensus = cmd.add_flag(
      "--no-consensus", ml.no_consensus,
      "English text is scored by the English model alone, never by both (docs/MULTILINGUAL.md, "
      "\"Consensus on English text\")");
  cmd.add_option("--consensus-band", ml.consensus_band,
                 "LOW,HIGH: English text on which the English model gives any output a "
                 "probability in [LOW, HIGH) is scored by both models and their log-odds "
                 "averaged; default 0.05,0.95")
      ->delimiter(',')
      ->expected(2)
      ->allow_extra_args(false)  // LOW,HIGH is one argument: the input file is not a third value
      ->check(CLI::Range(0.0f, 1.0f))
      ->excludes(no_consensus)
      ->excludes(off);
  no_consensus->excludes(off);
}

}  // namespace abusemon::cli
