#include "model_loader.hpp"

#include <cstdlib>
#include <filesystem>

#include "abusemon/model.hpp"
#include "commands.hpp"

namespace abusemon::cli {

std::string resolve_model_path(const std::string& explicit_path) {
  if (!explicit_path.empty()) return explicit_path;
  if (const char* env = std::getenv("ABUSEMON_MODEL"); env != nullptr && *env != '\0') return env;
  std::string tried;
  for (const char* candidate : {
#ifdef ABUSEMON_INSTALLED_MODEL_PATH
           ABUSEMON_INSTALLED_MODEL_PATH,
#endif
#ifdef ABUSEMON_BUILD_MODEL_PATH
           ABUSEMON_BUILD_MODEL_PATH,
#endif
           static_cast<const char*>(nullptr)}) {
    if (candidate == nullptr || *candidate == '\0') continue;
    std::error_code ec;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    tried += tried.empty() ? "" : ", ";
    tried += candidate;
  }
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

}  // namespace abusemon::cli
