// A deterministic Scorer for tests: a text scores p on output NAME when it contains the token
// "NAME=p" (e.g. "hate=0.9"); every other output scores 0. The last token of a name wins.
#pragma once

#include <array>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/scorer.hpp"

namespace abusemon::test {

class KeywordScorer final : public Scorer {
 public:
  explicit KeywordScorer(std::vector<std::string> names = {"hate", "harassment", "sexual",
                                                           "sexual_minors", "violence", "self_harm",
                                                           "jailbreak", "minor_mentioned"})
      : names_(std::move(names)) {}

  const std::vector<std::string>& output_names() const override { return names_; }

  void score(std::span<const std::string_view> texts, std::span<float> out) const override {
    if (out.size() != texts.size() * names_.size()) {
      throw std::invalid_argument("KeywordScorer: bad output size");
    }
    calls.fetch_add(1);
    texts_scored.fetch_add(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
      for (std::size_t j = 0; j < names_.size(); ++j) {
        out[i * names_.size() + j] = find(texts[i], names_[j]);
      }
    }
  }

  std::string model_id() const override { return id; }
  std::string model_version() const override { return "1.0"; }

  std::optional<std::array<float, 3>> severity_thresholds(std::size_t index) const override {
    auto it = thresholds.find(names_.at(index));
    if (it == thresholds.end()) return std::nullopt;
    return it->second;
  }

  /// model_id() (set before handing the scorer to a Monitor).
  std::string id = "keyword-test";
  /// Cutoffs reported per output name (set before handing the scorer to a Monitor).
  std::map<std::string, std::array<float, 3>> thresholds;
  mutable std::atomic<int> calls{0};
  mutable std::atomic<std::size_t> texts_scored{0};

 private:
  static float find(std::string_view text, const std::string& name) {
    const std::string key = name + "=";
    float value = 0.0f;
    std::size_t pos = 0;
    while ((pos = text.find(key, pos)) != std::string_view::npos) {
      // Whole token only: "sexual=" must not be read out of "sexual_minors=".
      const bool start_ok = pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == '\n';
      pos += key.size();
      if (!start_ok) continue;
      std::size_t end = pos;
      while (end < text.size() &&
             (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.'))
        ++end;
      if (end > pos) value = std::strtof(std::string(text.substr(pos, end - pos)).c_str(), nullptr);
    }
    return value;
  }
  std::vector<std::string> names_;
};

}  // namespace abusemon::test
