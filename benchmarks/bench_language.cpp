// Cost of routing by language: detect_language per text, and the RoutedScorer's own overhead
// (detection, split, scatter, score mapping) over two scorers that do no work.
//
//   build/release/benchmarks/bench_language [rounds=20000]
//
// Prints microseconds per text. Results: docs/MULTILINGUAL.md ("Routing by language").
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/language.hpp"
#include "abusemon/routed_scorer.hpp"

namespace {

class FixedScorer final : public abusemon::Scorer {
 public:
  const std::vector<std::string>& output_names() const override { return names_; }
  void score(std::span<const std::string_view>, std::span<float> out) const override {
    std::fill(out.begin(), out.end(), 0.3f);
  }
  std::string model_id() const override { return "fixed"; }
  std::string model_version() const override { return "0"; }
  std::optional<std::array<float, 3>> severity_thresholds(std::size_t) const override {
    return cutoffs;
  }
  std::array<float, 3> cutoffs{0.5f, 0.7f, 0.9f};

 private:
  std::vector<std::string> names_{"hate",      "harassment", "sexual",         "violence",
                                  "self_harm", "jailbreak",  "minor_mentioned"};
};

// About 100 characters each, the size of the speed budget's message.
const std::vector<std::string> kTexts{
    "Can you help me write a short note to my neighbour about the noise from the party last night?",
    "Est-ce que tu peux m'aider à écrire un petit mot à mon voisin à propos du bruit d'hier soir ?",
    "Kannst du mir helfen, einen kurzen Brief an meinen Nachbarn wegen des Lärms gestern zu "
    "schreiben?",
    "¿Puedes ayudarme a escribir una nota corta a mi vecino sobre el ruido de la fiesta de anoche?",
    "Puoi aiutarmi a scrivere un biglietto al mio vicino per il rumore della festa di ieri sera?",
    "Você pode me ajudar a escrever um bilhete para o meu vizinho sobre o barulho da festa de "
    "ontem?",
    "Kun je me helpen een briefje te schrijven aan mijn buurman over het lawaai van gisteravond?",
    "Czy możesz mi pomóc napisać krótki list do sąsiada w sprawie hałasu z wczorajszej imprezy?",
};

}  // namespace

int main(int argc, char** argv) {
  const std::size_t rounds = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 20000;
  std::size_t sink = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (std::size_t r = 0; r < rounds; ++r) {
    for (const auto& t : kTexts) sink += abusemon::detect_language(t).score;
  }
  auto t1 = std::chrono::steady_clock::now();
  const double n = static_cast<double>(rounds * kTexts.size());
  std::printf("detect_language: %.2f us/text (~100 chars, 8 languages)\n",
              std::chrono::duration<double, std::micro>(t1 - t0).count() / n);

  auto en = std::make_shared<FixedScorer>();
  auto ml = std::make_shared<FixedScorer>();
  ml->cutoffs = {0.4f, 0.6f, 0.8f};
  const abusemon::RoutedScorer router(en, ml);
  std::vector<std::string_view> batch;
  for (int k = 0; k < 4; ++k) batch.insert(batch.end(), kTexts.begin(), kTexts.end());
  std::vector<float> out(batch.size() * en->output_names().size());
  const std::size_t batches = rounds / 4;
  t0 = std::chrono::steady_clock::now();
  for (std::size_t r = 0; r < batches; ++r) {
    router.score(batch, out);
    sink += static_cast<std::size_t>(out[0] * 10);
  }
  t1 = std::chrono::steady_clock::now();
  std::printf("RoutedScorer over no-op scorers: %.2f us/text (batches of %zu)\n",
              std::chrono::duration<double, std::micro>(t1 - t0).count() /
                  static_cast<double>(batches * batch.size()),
              batch.size());
  return sink == 42 ? 1 : 0;  // keeps the work observable
}
