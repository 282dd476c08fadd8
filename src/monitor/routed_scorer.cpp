// RoutedScorer (routed_scorer.hpp): language routing between two scorers.
#include "abusemon/routed_scorer.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "abusemon/error.hpp"

namespace abusemon {
namespace {

std::string join(const std::vector<std::string>& names) {
  std::string s;
  for (const std::string& n : names) s += (s.empty() ? "" : ", ") + n;
  return "[" + s + "]";
}

}  // namespace

LanguageRoute language_route(const LanguageGuess& g) noexcept {
  const bool english = g.language == "en" ||
                       (g.language == "und" && g.script != Script::other && g.non_english == 0);
  return english ? LanguageRoute::english : LanguageRoute::multilingual;
}

LanguageRoute language_route(std::string_view text) {
  return language_route(detect_language(text));
}

float map_severity_scale(float p, const std::array<float, 3>& from,
                         const std::array<float, 3>& to) noexcept {
  if (!(p > 0.0f)) return 0.0f;  // also NaN
  if (p >= 1.0f) return 1.0f;
  const std::array<float, 5> f{0.0f, from[0], from[1], from[2], 1.0f};
  const std::array<float, 5> t{0.0f, to[0], to[1], to[2], 1.0f};
  // The last segment whose start p reaches; a cutoff itself maps exactly onto the other cutoff.
  std::size_t k = 3;
  while (k > 0 && p < f[k]) --k;
  if (p == f[k]) return t[k];
  if (!(f[k + 1] > f[k])) return t[k];
  const float r = t[k] + (p - f[k]) / (f[k + 1] - f[k]) * (t[k + 1] - t[k]);
  // Below the next cutoff stays below the other's next cutoff, whatever the rounding.
  return r >= t[k + 1] ? std::nextafter(t[k + 1], 0.0f) : std::max(r, t[k]);
}

RoutedScorer::RoutedScorer(std::shared_ptr<const Scorer> english,
                           std::shared_ptr<const Scorer> multilingual)
    : english_(std::move(english)), multilingual_(std::move(multilingual)) {
  if (!english_ || !multilingual_) {
    throw std::invalid_argument(
        "RoutedScorer: the English and the multilingual scorer are required");
  }
  if (english_->output_names() != multilingual_->output_names()) {
    throw error(status::format, "RoutedScorer: the multilingual model's outputs " +
                                    join(multilingual_->output_names()) +
                                    " differ from the English model's " +
                                    join(english_->output_names()));
  }
  maps_.resize(english_->output_names().size());
  for (std::size_t i = 0; i < maps_.size(); ++i) {
    const auto from = multilingual_->severity_thresholds(i);
    const auto to = english_->severity_thresholds(i);
    if (from && to && *from != *to) maps_[i] = std::array<std::array<float, 3>, 2>{*from, *to};
  }
}

const std::vector<std::string>& RoutedScorer::output_names() const {
  return english_->output_names();
}

void RoutedScorer::score(std::span<const std::string_view> texts, std::span<float> out) const {
  std::vector<TextRoute> routes(texts.size());
  score_routed(texts, out, routes);
}

void RoutedScorer::score_routed(std::span<const std::string_view> texts, std::span<float> out,
                                std::span<TextRoute> routes) const {
  const std::size_t width = maps_.size();
  if (out.size() != texts.size() * width) {
    throw std::invalid_argument("RoutedScorer::score: out.size() must be texts x outputs");
  }
  if (routes.size() != texts.size()) {
    throw std::invalid_argument("RoutedScorer::score_routed: routes.size() must be texts");
  }
  std::array<std::vector<std::size_t>, 2> index;  // per route: positions in `texts`
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const LanguageGuess g = detect_language(texts[i]);
    routes[i] = TextRoute{language_route(g), g.language};
    index[static_cast<std::size_t>(routes[i].route)].push_back(i);
  }
  const std::array<const Scorer*, 2> scorer{english_.get(), multilingual_.get()};
  std::vector<std::string_view> sub;
  std::vector<float> rows;
  for (std::size_t r = 0; r < 2; ++r) {
    if (index[r].empty()) continue;
    if (index[r].size() == texts.size()) {  // the whole batch takes one route: no copies
      scorer[r]->score(texts, out);
    } else {
      sub.clear();
      for (const std::size_t i : index[r]) sub.push_back(texts[i]);
      rows.assign(sub.size() * width, 0.0f);
      scorer[r]->score(sub, rows);
      for (std::size_t k = 0; k < index[r].size(); ++k) {
        std::copy_n(rows.begin() + static_cast<std::ptrdiff_t>(k * width), width,
                    out.begin() + static_cast<std::ptrdiff_t>(index[r][k] * width));
      }
    }
    if (r == static_cast<std::size_t>(LanguageRoute::multilingual)) {
      for (const std::size_t i : index[r]) {
        for (std::size_t j = 0; j < width; ++j) {
          if (maps_[j]) {
            float& v = out[i * width + j];
            v = map_severity_scale(v, (*maps_[j])[0], (*maps_[j])[1]);
          }
        }
      }
    }
  }
}

std::string RoutedScorer::model_id() const {
  return english_->model_id() + "+" + multilingual_->model_id();
}

std::string RoutedScorer::model_version() const {
  return english_->model_version() + "+" + multilingual_->model_version();
}

std::optional<std::array<float, 3>> RoutedScorer::severity_thresholds(std::size_t index) const {
  return english_->severity_thresholds(index);
}

}  // namespace abusemon
