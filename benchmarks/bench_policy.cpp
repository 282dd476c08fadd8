// Cost of the policy layer without a model: blocklist matching and Policy::apply per text, and
// the Monitor's own overhead over a scorer that does no work.
//
//   build/release/benchmarks/bench_policy [texts=2000] [terms=1000]
//
// Prints one line per measurement (microseconds per text). Results: docs/MONITOR.md.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "abusemon/monitor.hpp"
#include "abusemon/policy.hpp"

namespace {

class ZeroScorer final : public abusemon::Scorer {
 public:
  const std::vector<std::string>& output_names() const override { return names_; }
  void score(std::span<const std::string_view>, std::span<float> out) const override {
    std::fill(out.begin(), out.end(), 0.1f);
  }
  std::string model_id() const override { return "zero"; }
  std::string model_version() const override { return "0"; }

 private:
  std::vector<std::string> names_{"hate",     "harassment", "sexual",    "sexual_minors",
                                  "violence", "self_harm",  "jailbreak", "minor_mentioned"};
};

template <typename F>
double us_per_text(std::size_t n, F&& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  const auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::micro>(t1 - t0).count() / static_cast<double>(n);
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t n_texts = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 2000;
  const std::size_t n_terms = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 1000;
  std::mt19937 rng(7);
  auto word = [&] {
    std::string w;
    const std::size_t len = 3 + rng() % 8;
    for (std::size_t i = 0; i < len; ++i) w += static_cast<char>('a' + rng() % 26);
    return w;
  };
  std::vector<std::string> texts(n_texts);
  for (auto& t : texts) {
    for (int i = 0; i < 200; ++i) t += word() + (i % 17 == 16 ? ". " : " ");  // ~1.4 KB
  }
  abusemon::BlocklistSpec terms{"terms", {}, {}, {}, abusemon::Action::block, true, true};
  for (std::size_t i = 0; i < n_terms; ++i) terms.terms.push_back(word() + word());
  abusemon::BlocklistSpec regexes{
      "regexes",
      {},
      {},
      {"\\b[0-9]{3}-[0-9]{2}-[0-9]{4}\\b", "(?i)pass(word)?\\s*[:=]\\s*\\S+"},
      abusemon::Action::annotate,
      true,
      true};
  abusemon::Policy plain;
  abusemon::Policy with_lists;
  with_lists.add_blocklist(terms);
  with_lists.add_blocklist(regexes);
  const std::array<float, abusemon::kCategoryCount> scores{0.1f, 0.2f, 0.6f, 0.1f,
                                                           0.8f, 0.0f, 0.3f};

  std::size_t sink = 0;
  std::printf("texts=%zu (~%zu bytes each), terms=%zu\n", n_texts, texts[0].size(), n_terms);
  std::printf("Policy::apply, no blocklists:          %8.2f us/text\n", us_per_text(n_texts, [&] {
                for (const auto& t : texts)
                  sink += static_cast<std::size_t>(
                      plain.apply(scores, abusemon::Direction::prompt, t).action);
              }));
  std::printf(
      "Policy::apply, %5zu terms + 2 regexes: %8.2f us/text\n", n_terms, us_per_text(n_texts, [&] {
        for (const auto& t : texts)
          sink += with_lists.apply(scores, abusemon::Direction::prompt, t).blocklist_matches.size();
      }));
  const abusemon::Monitor monitor(std::make_shared<ZeroScorer>(), with_lists);
  std::vector<std::string_view> views(texts.begin(), texts.end());
  std::printf(
      "Monitor::check_batch (no-op scorer):   %8.2f us/text\n", us_per_text(n_texts, [&] {
        for (std::size_t b = 0; b < views.size(); b += 256) {
          const auto n = std::min<std::size_t>(256, views.size() - b);
          sink += monitor.check_batch(std::span(views).subspan(b, n), abusemon::Direction::prompt)
                      .size();
        }
      }));
  return sink == 0xFFFFFFFF ? 1 : 0;
}
