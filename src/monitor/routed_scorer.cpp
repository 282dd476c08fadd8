// RoutedScorer (routed_scorer.hpp): language routing between two scorers.
#include "abusemon/routed_scorer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
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

float consensus_probability(float a, float b) noexcept {
  if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<float>::quiet_NaN();
  auto logit = [](float p) {
    const double q = std::clamp(static_cast<double>(p), 1e-6, 1.0 - 1e-6);
    return std::log(q / (1.0 - q));
  };
  return static_cast<float>(1.0 / (1.0 + std::exp(-(logit(a) + logit(b)) / 2.0)));
}

RoutedScorer::RoutedScorer(std::shared_ptr<const Scorer> english,
                           std::shared_ptr<const Scorer> multilingual, ConsensusOptions consensus)
    : english_(std::move(english)), multilingual_(std::move(multilingual)), consensus_(consensus) {
  if (!english_ || !multilingual_) {
    throw std::invalid_argument(
        "RoutedScorer: the English and the multilingual scorer are required");
  }
  if (!consensus_.valid_band()) {
    throw std::invalid_argument(
        "RoutedScorer: the consensus band must satisfy 0 <= low <= high <= 1");
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

void RoutedScorer::score_subset(const Scorer& s, std::span<const std::string_view> texts,
                                const std::vector<std::size_t>& index,
                                std::vector<float>& rows) const {
  std::vector<std::string_view> sub;
  sub.reserve(index.size());
  for (const std::size_t i : index) sub.push_back(texts[i]);
  rows.assign(sub.size() * maps_.size(), 0.0f);
  s.score(sub, rows);
}

void RoutedScorer::map_row(std::span<float> row) const noexcept {
  for (std::size_t j = 0; j < row.size(); ++j) {
    if (maps_[j]) row[j] = map_severity_scale(row[j], (*maps_[j])[0], (*maps_[j])[1]);
  }
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
  std::array<std::vector<std::size_t>, 2> index;  // per model: positions in `texts`
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const LanguageGuess g = detect_language(texts[i]);
    routes[i] = TextRoute{language_route(g), g.language};
    index[static_cast<std::size_t>(routes[i].route)].push_back(i);
  }
  auto row = [&](std::size_t i) { return out.subspan(i * width, width); };
  std::vector<float> rows;
  const auto& en = index[static_cast<std::size_t>(LanguageRoute::english)];
  const auto& ml = index[static_cast<std::size_t>(LanguageRoute::multilingual)];
  // Scores the texts of one route into their rows of `out`.
  auto score_route = [&](const Scorer& scorer, const std::vector<std::size_t>& index_of_route) {
    if (index_of_route.empty()) return;
    if (index_of_route.size() == texts.size()) {  // the whole batch takes one route: no copies
      scorer.score(texts, out);
      return;
    }
    score_subset(scorer, texts, index_of_route, rows);
    for (std::size_t k = 0; k < index_of_route.size(); ++k) {
      std::copy_n(rows.begin() + static_cast<std::ptrdiff_t>(k * width), width,
                  row(index_of_route[k]).begin());
    }
  };
  score_route(*english_, en);
  score_route(*multilingual_, ml);
  for (const std::size_t i : ml) map_row(row(i));
  if (!consensus_.enabled) return;
  // English texts on which the English model is unsure of any output get a second opinion.
  std::vector<std::size_t> unsure;
  for (const std::size_t i : en) {
    const auto r = row(i);
    if (std::any_of(r.begin(), r.end(),
                    [&](float p) { return p >= consensus_.low && p < consensus_.high; })) {
      unsure.push_back(i);
    }
  }
  if (unsure.empty()) return;
  score_subset(*multilingual_, texts, unsure, rows);
  for (std::size_t k = 0; k < unsure.size(); ++k) {
    const auto second = std::span<float>(rows).subspan(k * width, width);
    map_row(second);
    const auto r = row(unsure[k]);
    for (std::size_t j = 0; j < width; ++j) r[j] = consensus_probability(r[j], second[j]);
    routes[unsure[k]].route = LanguageRoute::consensus;
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
