// Fuzz target: detect_language and the routed scorer on arbitrary bytes. Invariants checked: no
// crash; invalid UTF-8 (and only it) throws error(status::format); the language is "und" or one of
// detectable_languages() with score > runner_up; a routed batch of the text twice gives equal rows
// within [0, 1].
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/language.hpp"
#include "abusemon/routed_scorer.hpp"
#include "text/utf8.hpp"

namespace {

// Scores every text by its length, with cutoffs that differ between the two instances.
class LengthScorer final : public abusemon::Scorer {
 public:
  explicit LengthScorer(std::array<float, 3> cutoffs) : cutoffs_(cutoffs) {}
  const std::vector<std::string>& output_names() const override { return names_; }
  void score(std::span<const std::string_view> texts, std::span<float> out) const override {
    for (std::size_t i = 0; i < texts.size(); ++i) {
      out[i] = static_cast<float>(texts[i].size() % 101) / 100.0f;
    }
  }
  std::string model_id() const override { return "length"; }
  std::string model_version() const override { return "0"; }
  std::optional<std::array<float, 3>> severity_thresholds(std::size_t) const override {
    return cutoffs_;
  }

 private:
  std::vector<std::string> names_{"hate"};
  std::array<float, 3> cutoffs_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const bool valid = abusemon::detail::utf8_valid_prefix(text) == text.size();
  abusemon::LanguageGuess g;
  try {
    g = abusemon::detect_language(text);
  } catch (const abusemon::error& e) {
    if (valid || e.code() != abusemon::status::format) std::abort();
    return 0;
  }
  if (!valid) std::abort();
  const auto langs = abusemon::detectable_languages();
  if (g.language != "und") {
    if (std::find(langs.begin(), langs.end(), g.language) == langs.end()) std::abort();
    if (g.score <= g.runner_up) std::abort();
  }
  static const abusemon::RoutedScorer router(
      std::make_shared<LengthScorer>(std::array<float, 3>{0.5f, 0.7f, 0.9f}),
      std::make_shared<LengthScorer>(std::array<float, 3>{0.2f, 0.3f, 0.4f}));
  const std::array<std::string_view, 3> batch{text, "hello", text};
  std::array<float, 3> out{};
  router.score(batch, out);
  if (out[0] != out[2] || out[0] < 0.0f || out[0] > 1.0f) std::abort();
  return 0;
}
