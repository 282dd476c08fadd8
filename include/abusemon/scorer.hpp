// The interface between classification models and the Monitor.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include "abusemon/export.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// Anything that turns texts into calibrated probabilities for a fixed list of named outputs.
/// The seven category names ("hate", ..., "jailbreak") map onto categories directly; extra
/// outputs (e.g. "minor_mentioned") feed composed categories in the Monitor.
///
/// Threading: implementations are immutable after construction; score() may be called from
/// many threads at once.
class Scorer {
 public:
  virtual ~Scorer() = default;

  /// Names of the outputs, in the column order of score()'s result.
  virtual const std::vector<std::string>& output_names() const = 0;

  /// Scores `texts` into `out`, row-major: out[i * outputs + j] is the probability of output j
  /// for text i. Throws std::invalid_argument if out.size() != texts.size() * outputs.
  virtual void score(std::span<const std::string_view> texts, std::span<float> out) const = 0;

  /// Identity of the model behind the scores, reported in every verdict.
  virtual std::string model_id() const = 0;
  virtual std::string model_version() const = 0;

  /// Probability cutoffs {low, medium, high} the model was calibrated with for output `index`
  /// (MODEL_FORMAT: abusemon.severity.*), or nullopt when it carries none. The Monitor uses
  /// them as the severity bands unless the policy overrides a category.
  virtual std::optional<std::array<float, 3>> severity_thresholds(std::size_t index) const {
    (void)index;
    return std::nullopt;
  }
};

}  // namespace abusemon
