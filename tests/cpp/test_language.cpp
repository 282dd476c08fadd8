// Language detection (language.hpp) and the language-routed scorer (routed_scorer.hpp).
#include <array>
#include <atomic>
#include <cmath>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/language.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/routed_scorer.hpp"
#include "catch.hpp"
#include "keyword_scorer.hpp"

using namespace abusemon;

namespace {

struct Sample {
  std::string_view language;
  std::string_view text;
};

// Everyday sentences and moderation-like requests, several per language.
constexpr std::array<Sample, 29> kSamples{{
    {"en", "Can you help me write a short note to my neighbour about the noise last night?"},
    {"en", "I hate all of them and I want them to leave this country"},
    {"en", "What is the best way to learn how to cook for a family?"},
    {"fr", "Est-ce que tu peux m'aider à écrire un petit mot à mon voisin ?"},
    {"fr", "Je les déteste tous, ils ne sont pas les bienvenus dans ce pays."},
    {"fr", "Comment faire une tarte aux pommes pour ce soir avec les enfants ?"},
    {"de", "Kannst du mir bitte helfen, einen Brief an meinen Nachbarn zu schreiben?"},
    {"de", "Ich hasse diese Leute, sie sollen aus dem Land verschwinden."},
    {"de", "Wie kann ich das Passwort meines Kontos ändern?"},
    {"es", "¿Puedes ayudarme a escribir una nota para mi vecino sobre el ruido?"},
    {"es", "Odio a esa gente, no quiero que vivan en este país."},
    {"es", "¿Cuál es la mejor manera de aprender a cocinar para una familia?"},
    {"it", "Puoi aiutarmi a scrivere un biglietto per il mio vicino di casa?"},
    {"it", "Odio quella gente, non voglio che vivano nel nostro paese."},
    {"it", "Come posso cambiare la password del mio conto? È urgente."},
    {"pt", "Você pode me ajudar a escrever um bilhete para o meu vizinho?"},
    {"pt", "Eu odeio essas pessoas, não quero que elas morem no nosso país."},
    {"pt", "Como posso mudar a senha da minha conta? Não consigo entrar."},
    {"nl", "Kun je me helpen een briefje te schrijven voor mijn buurman?"},
    {"nl", "Ik haat die mensen, ze moeten uit het land vertrekken."},
    {"nl", "Hoe kan ik het wachtwoord van mijn account veranderen?"},
    {"pl", "Czy możesz mi pomóc napisać list do sąsiada?"},
    {"pl", "Nienawidzę tych ludzi, nie chcę, żeby mieszkali w naszym kraju."},
    {"pl", "Jak mogę zmienić hasło do mojego konta? To bardzo pilne."},
    {"vi", "Bạn có thể giúp tôi viết một lá thư cho hàng xóm không?"},
    {"vi", "Tôi ghét những người đó, họ phải rời khỏi đất nước này."},
    {"vi", "Làm sao để tôi đổi mật khẩu tài khoản của mình?"},
    {"de", "Die Straße ist gesperrt, weil es dort einen Unfall gab."},
    {"fr", "C'est pour ça qu'il n'est pas venu hier soir."},
}};

// Answers a constant per output (value + column / 100) and records what it was given.
class ConstScorer final : public Scorer {
 public:
  ConstScorer(float value, std::string id, std::vector<std::string> names = {"hate", "violence"})
      : value_(value), id_(std::move(id)), names_(std::move(names)) {}
  const std::vector<std::string>& output_names() const override { return names_; }
  void score(std::span<const std::string_view> texts, std::span<float> out) const override {
    if (out.size() != texts.size() * names_.size()) throw std::invalid_argument("bad size");
    std::lock_guard<std::mutex> lock(mutex_);
    batches.emplace_back(texts.begin(), texts.end());
    for (std::size_t i = 0; i < texts.size(); ++i) {
      for (std::size_t j = 0; j < names_.size(); ++j) {
        out[i * names_.size() + j] = value_ + static_cast<float>(j) / 100.0f;
      }
    }
  }
  std::string model_id() const override { return id_; }
  std::string model_version() const override { return id_ + "-v"; }
  std::optional<std::array<float, 3>> severity_thresholds(std::size_t i) const override {
    if (i < cutoffs.size() && cutoffs[i]) return cutoffs[i];
    return std::nullopt;
  }
  std::vector<std::optional<std::array<float, 3>>> cutoffs;
  mutable std::vector<std::vector<std::string>> batches;

 private:
  mutable std::mutex mutex_;
  float value_;
  std::string id_;
  std::vector<std::string> names_;
};

// The routing tests below check routing alone; consensus has its own tests.
const ConsensusOptions kNoConsensus{.enabled = false};

}  // namespace

TEST_CASE("detect_language: sentences of each language", "[language]") {
  for (const Sample& s : kSamples) {
    INFO(s.text);
    const LanguageGuess g = detect_language(s.text);
    CHECK(g.language == s.language);
    CHECK(g.script == Script::latin);
    CHECK(g.score > g.runner_up);
  }
  CHECK(detectable_languages().size() == 9);
  CHECK(detectable_languages().front() == "en");
}

TEST_CASE("detect_language: short English chat prompts are English", "[language]") {
  // Imperatives with few function words: before the English list had "a" and the frequent
  // prompt verbs and nouns, "Tell me a joke" read as French (me, a) and "Write a story" as
  // undetermined with French evidence, both sent to the multilingual model.
  for (const char* text : {"Tell me a joke", "Write a story", "Write a lewd story",
                           "Explain how vaccines work", "Give me one good reason",
                           "Tell me a joke that includes a priest, a rabbi, and a lawyer"}) {
    INFO(text);
    CHECK(detect_language(text).language == "en");
    CHECK(language_route(text) == LanguageRoute::english);
  }
  // The words added for English do not pull short text of the other languages over.
  CHECK(detect_language("Raconte-moi une histoire drôle").language == "fr");
  CHECK(detect_language("Erzähl mir einen Witz").language == "de");
  CHECK(detect_language("¿Me cuentas un chiste?").language == "es");
  CHECK(detect_language("Conte uma piada para mim").language == "pt");
}

TEST_CASE("detect_language: case, decomposed accents and typical letters", "[language]") {
  CHECK(detect_language("THE CAT IS ON THE TABLE AND IT IS ASLEEP").language == "en");
  CHECK(detect_language("ICH WEISS NICHT, WAS DAS IST").language == "de");
  // Accents spelled with combining marks (NFD) count as the composed letters.
  const LanguageGuess nfd = detect_language("Do\u0301nde esta\u0301 el nin\u0303o");
  const LanguageGuess nfc = detect_language("Dónde está el niño");
  CHECK(nfc.language == "es");
  CHECK(nfd.language == "es");
  CHECK(nfd.score == nfc.score);
  CHECK(nfd.runner_up == nfc.runner_up);
  CHECK(detect_language("Do nde esta el nin o").score < nfc.score);
  CHECK(detect_language("Straße").language == "de");  // letters alone: ß
  CHECK(detect_language("niño").language == "es");
  CHECK(detect_language("łódź").language == "pl");
  CHECK(detect_language("¿¡").language == "es");  // the inverted marks count
  // Vietnamese: its à, é, è also count for French, which won before Vietnamese was detected.
  CHECK(detect_language("Viết một bài rap về mùa hè").language == "vi");
  CHECK(detect_language("phở").language == "vi");    // ở alone
  CHECK(detect_language("người").language == "vi");  // ư, ơ, ờ
  CHECK(language_route("Viết một bài rap về mùa hè") == LanguageRoute::multilingual);
  // Romanian and Croatian letters shared with Vietnamese (ă, đ) are no evidence for it.
  CHECK(detect_language("mă").language != "vi");
  CHECK(detect_language("đak").language != "vi");
}

TEST_CASE("detect_language: undetermined, mixed and non-Latin text", "[language]") {
  const LanguageGuess empty = detect_language("");
  CHECK(empty.language == "und");
  CHECK(empty.script == Script::none);
  CHECK(empty.words == 0);
  const LanguageGuess emoji = detect_language("🙂🔥 123 !!!");
  CHECK(emoji.language == "und");
  CHECK(emoji.script == Script::none);
  CHECK(emoji.non_english == 0);
  const LanguageGuess name = detect_language("Kubernetes");  // no function word, no letter cue
  CHECK(name.language == "und");
  CHECK(name.script == Script::latin);
  CHECK(name.words == 1);
  CHECK(name.non_english == 0);
  // One word of each of two languages: a tie is undetermined, with evidence of both.
  const LanguageGuess tie = detect_language("the und");
  CHECK(tie.language == "und");
  CHECK(tie.non_english > 0);
  CHECK(tie.score == 0);
  for (std::string_view other : {"Я тебя ненавижу, уходи отсюда", "Σε μισώ, φύγε από εδώ",
                                 "أنا أكرهك، اذهب بعيدا", "我恨你，滚出去", "嫌いだ、出て行け"}) {
    INFO(other);
    const LanguageGuess g = detect_language(other);
    CHECK(g.script == Script::other);
    CHECK(g.language == "und");
  }
  // A few Cyrillic look-alikes inside English leave the text Latin.
  CHECK(detect_language("I h\u0430te you and the w\u043erld").language == "en");
  CHECK(to_string(Script::other) == "other");
}

TEST_CASE("detect_language: invalid UTF-8 is refused", "[language]") {
  try {
    (void)detect_language(std::string_view("ok \xC3\x28 no", 8));
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
    CHECK(std::string(e.what()).find("byte 3") != std::string::npos);
  }
  CHECK_THROWS_AS(detect_language("\xFF"), error);
}

TEST_CASE("language_route: the rule", "[language][route]") {
  CHECK(language_route("What is the best way to learn?") == LanguageRoute::english);
  CHECK(language_route("Kubernetes") == LanguageRoute::english);  // Latin, no evidence
  CHECK(language_route("") == LanguageRoute::english);
  CHECK(language_route("🙂") == LanguageRoute::english);
  CHECK(language_route("Je ne sais pas pourquoi") == LanguageRoute::multilingual);
  CHECK(language_route("the und") == LanguageRoute::multilingual);  // tie with another language
  CHECK(language_route("Я тебя ненавижу") == LanguageRoute::multilingual);
  CHECK(language_route("café") == LanguageRoute::multilingual);  // accent: not English evidence
  CHECK(to_string(LanguageRoute::multilingual) == "multilingual");
}

TEST_CASE("map_severity_scale: cutoffs onto cutoffs, linear between", "[route]") {
  const std::array<float, 3> from{0.2f, 0.4f, 0.8f};
  const std::array<float, 3> to{0.5f, 0.6f, 0.9f};
  CHECK(map_severity_scale(0.0f, from, to) == 0.0f);
  CHECK(map_severity_scale(1.0f, from, to) == 1.0f);
  CHECK(map_severity_scale(0.2f, from, to) == 0.5f);
  CHECK(map_severity_scale(0.4f, from, to) == 0.6f);
  CHECK(map_severity_scale(0.8f, from, to) == 0.9f);
  CHECK(map_severity_scale(0.1f, from, to) == Approx(0.25f));
  CHECK(map_severity_scale(0.3f, from, to) == Approx(0.55f));
  CHECK(map_severity_scale(0.6f, from, to) == Approx(0.75f));
  CHECK(map_severity_scale(0.9f, from, to) == Approx(0.95f));
  CHECK(map_severity_scale(-1.0f, from, to) == 0.0f);
  CHECK(map_severity_scale(2.0f, from, to) == 1.0f);
  // Just below a cutoff stays below the other's cutoff; monotone over a fine grid.
  CHECK(map_severity_scale(std::nextafter(0.4f, 0.0f), from, to) < 0.6f);
  float last = 0.0f;
  for (int i = 0; i <= 1000; ++i) {
    const float v = map_severity_scale(static_cast<float>(i) / 1000.0f, from, to);
    CHECK(v >= last);
    last = v;
  }
  // Equal cutoffs (medium == high) keep the "at or above the cutoff" meaning.
  const std::array<float, 3> flat{0.2f, 0.5f, 0.5f};
  CHECK(map_severity_scale(0.5f, flat, to) == 0.9f);
}

TEST_CASE("RoutedScorer: each text to its model, batch order kept", "[route]") {
  auto en = std::make_shared<ConstScorer>(0.1f, "en-model");
  auto ml = std::make_shared<ConstScorer>(0.7f, "ml-model");
  const RoutedScorer router(en, ml, kNoConsensus);
  CHECK(router.model_id() == "en-model+ml-model");
  CHECK(router.model_version() == "en-model-v+ml-model-v");
  CHECK(router.output_names() == en->output_names());

  const std::vector<std::string_view> texts{"What is the weather like today?",
                                            "Quel temps fait-il aujourd'hui ?",
                                            "Kubernetes",
                                            "Wie ist das Wetter heute?",
                                            "Я тебя ненавижу",
                                            "How are you doing?"};
  std::vector<float> out(texts.size() * 2, -1.0f);
  router.score(texts, out);
  const std::array<bool, 6> multilingual{false, true, false, true, true, false};
  for (std::size_t i = 0; i < texts.size(); ++i) {
    INFO(texts[i]);
    const float base = multilingual[i] ? 0.7f : 0.1f;
    CHECK(out[i * 2] == Approx(base));
    CHECK(out[i * 2 + 1] == Approx(base + 0.01f));
  }
  // One call per route, with the texts of that route in input order.
  REQUIRE(en->batches.size() == 1);
  REQUIRE(ml->batches.size() == 1);
  CHECK(en->batches[0] == std::vector<std::string>{"What is the weather like today?", "Kubernetes",
                                                   "How are you doing?"});
  CHECK(ml->batches[0] == std::vector<std::string>{"Quel temps fait-il aujourd'hui ?",
                                                   "Wie ist das Wetter heute?", "Я тебя ненавижу"});
  // A batch of one route calls only that scorer.
  const std::vector<std::string_view> french{"Je ne sais pas", "Où est la gare ?"};
  std::vector<float> out2(4);
  router.score(french, out2);
  CHECK(en->batches.size() == 1);
  CHECK(ml->batches.size() == 2);
  CHECK(out2[2] == Approx(0.7f));
  // Empty batch, wrong size, invalid UTF-8.
  router.score({}, {});
  CHECK(ml->batches.size() == 2);
  std::vector<float> small(3);
  CHECK_THROWS_AS(router.score(french, small), std::invalid_argument);
  const std::vector<std::string_view> bad{"ok", std::string_view("\xC3", 1)};
  CHECK_THROWS_AS(router.score(bad, out2), error);
}

TEST_CASE("RoutedScorer: the multilingual scale is mapped onto the English one", "[route]") {
  auto en = std::make_shared<ConstScorer>(0.1f, "en");
  auto ml = std::make_shared<ConstScorer>(0.4f, "ml");
  en->cutoffs = {std::array<float, 3>{0.5f, 0.6f, 0.9f}, std::nullopt};
  ml->cutoffs = {std::array<float, 3>{0.2f, 0.4f, 0.8f}, std::array<float, 3>{0.1f, 0.2f, 0.3f}};
  const RoutedScorer router(en, ml, kNoConsensus);
  // Thresholds reported are the English model's.
  REQUIRE(router.severity_thresholds(0).has_value());
  CHECK(*router.severity_thresholds(0) == std::array<float, 3>{0.5f, 0.6f, 0.9f});
  CHECK_FALSE(router.severity_thresholds(1).has_value());
  const std::vector<std::string_view> texts{"Je ne sais pas pourquoi", "I do not know why"};
  std::vector<float> out(4);
  router.score(texts, out);
  CHECK(out[0] == 0.6f);           // ml medium cutoff 0.4 -> English medium 0.6
  CHECK(out[1] == Approx(0.41f));  // output 1: English has no cutoffs, passes through
  CHECK(out[2] == Approx(0.1f));   // English route: unchanged
  CHECK(out[3] == Approx(0.11f));

  // Through a Monitor: the French text's hate severity is medium, as its own model meant.
  Monitor monitor(std::make_shared<RoutedScorer>(en, ml, kNoConsensus));
  const Verdict v = monitor.check_prompt("Je ne sais pas pourquoi");
  CHECK(v.categories[static_cast<std::size_t>(Category::hate)].severity == Severity::medium);
  CHECK(monitor.model_id() == "en+ml");
}

TEST_CASE("RoutedScorer: refuses mismatched or missing scorers", "[route]") {
  auto en = std::make_shared<ConstScorer>(0.1f, "en");
  auto other =
      std::make_shared<ConstScorer>(0.1f, "ml", std::vector<std::string>{"hate", "sexual"});
  try {
    RoutedScorer r(en, other);
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
    CHECK(std::string(e.what()).find("[hate, sexual]") != std::string::npos);
    CHECK(std::string(e.what()).find("[hate, violence]") != std::string::npos);
  }
  CHECK_THROWS_AS(RoutedScorer(nullptr, en), std::invalid_argument);
  CHECK_THROWS_AS(RoutedScorer(en, nullptr), std::invalid_argument);
}

TEST_CASE("RoutedScorer: concurrent batches", "[route][concurrency]") {
  auto en = std::make_shared<test::KeywordScorer>();
  auto ml = std::make_shared<test::KeywordScorer>();
  const RoutedScorer router(en, ml, kNoConsensus);
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      const std::vector<std::string_view> texts{"the hate=0.5", "la hate=0.25 est", "hate=0.75"};
      std::vector<float> out(texts.size() * en->output_names().size());
      for (int k = 0; k < 200; ++k) {
        router.score(texts, out);
        if (out[0] != 0.5f || out[en->output_names().size()] != 0.25f) ++wrong;
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(wrong == 0);
  CHECK(ml->texts_scored == 4 * 200);
  CHECK(en->texts_scored == 4 * 200 * 2);
}

namespace {

// Refuses the customer "banned", admits everyone else.
class BanGate final : public CustomerGate {
 public:
  std::optional<std::string> admit(const CheckContext& ctx, Direction) const override {
    if (ctx.customer == "banned") return std::string("banned");
    return std::nullopt;
  }
};

void check_route(const Verdict& v, LanguageRoute route, std::string_view language) {
  REQUIRE(v.route.has_value());
  CHECK(*v.route == route);
  CHECK(v.language == language);
  const bool ml = route == LanguageRoute::multilingual;
  CHECK(v.model_id == (ml ? "ml-model" : "en-model"));
  CHECK(v.model_version == (ml ? "ml-model-v" : "en-model-v"));
  // The scores are the routed model's (ConstScorer: 0.7 multilingual, 0.1 English).
  CHECK(v[Category::hate].score == Approx(ml ? 0.7f : 0.1f));
}

}  // namespace

TEST_CASE("Monitor over a RoutedScorer: each verdict names its language, route and model",
          "[route]") {
  auto en = std::make_shared<ConstScorer>(0.1f, "en-model");
  auto ml = std::make_shared<ConstScorer>(0.7f, "ml-model");
  MonitorOptions mo;
  mo.scorer_batch_size = 2;  // routes of later scorer batches land on their own texts
  mo.gate = std::make_shared<BanGate>();
  const Monitor monitor(std::make_shared<RoutedScorer>(en, ml, kNoConsensus), Policy(), mo);
  CHECK(monitor.model_id() == "en-model+ml-model");

  check_route(monitor.check_prompt("Quel temps fait-il aujourd'hui ?"), LanguageRoute::multilingual,
              "fr");
  check_route(monitor.check_prompt("What is the weather like today?"), LanguageRoute::english,
              "en");
  check_route(monitor.check_prompt("Kubernetes"), LanguageRoute::english, "und");
  check_route(monitor.check_completion("Я тебя ненавижу"), LanguageRoute::multilingual, "und");

  const std::vector<std::string_view> texts{"Wie ist das Wetter heute?", "How are you doing?",
                                            "Je ne sais pas pourquoi", "Kubernetes",
                                            "¿Dónde está la estación?"};
  std::vector<CheckContext> ctx(texts.size());
  ctx[1].customer = "banned";
  const std::vector<Verdict> vs = monitor.check_batch(texts, Direction::prompt, ctx);
  REQUIRE(vs.size() == texts.size());
  check_route(vs[0], LanguageRoute::multilingual, "de");
  // Refused before scoring: no route, the Monitor's ids.
  CHECK(vs[1].refusal.has_value());
  CHECK_FALSE(vs[1].route.has_value());
  CHECK(vs[1].language.empty());
  CHECK(vs[1].model_id == "en-model+ml-model");
  CHECK(vs[1].model_version == "en-model-v+ml-model-v");
  check_route(vs[2], LanguageRoute::multilingual, "fr");
  check_route(vs[3], LanguageRoute::english, "und");
  check_route(vs[4], LanguageRoute::multilingual, "es");

  // score_routed reports what language_route decides, one entry per text.
  std::vector<float> out(texts.size() * 2);
  std::vector<TextRoute> routes(texts.size());
  RoutedScorer(en, ml, kNoConsensus).score_routed(texts, out, routes);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    INFO(texts[i]);
    CHECK(routes[i].route == language_route(texts[i]));
    CHECK(routes[i].language == detect_language(texts[i]).language);
  }
  std::vector<TextRoute> short_routes(1);
  CHECK_THROWS_AS(RoutedScorer(en, ml, kNoConsensus).score_routed(texts, out, short_routes),
                  std::invalid_argument);

  // A Monitor that does not route leaves both unset.
  const Monitor single(en);
  const Verdict s = single.check_prompt("Quel temps fait-il aujourd'hui ?");
  CHECK_FALSE(s.route.has_value());
  CHECK(s.language.empty());
  CHECK(s.model_id == "en-model");
  const std::string sj = to_json(s);
  CHECK(sj.find("\"language\"") == std::string::npos);
  CHECK(sj.find("\"route\"") == std::string::npos);
  CHECK(verdict_from_json(sj) == s);
}

TEST_CASE("Monitor over a RoutedScorer: native JSON carries language and route", "[route]") {
  auto en = std::make_shared<ConstScorer>(0.1f, "en-model");
  auto ml = std::make_shared<ConstScorer>(0.7f, "ml-model");
  const Monitor monitor(std::make_shared<RoutedScorer>(en, ml, kNoConsensus));
  const Verdict v = monitor.check_prompt("Je ne sais pas pourquoi");
  const std::string j = to_json(v);
  CHECK(j.find(R"("model":{"id":"ml-model","version":"ml-model-v"},"language":"fr",)"
               R"("route":"multilingual")") != std::string::npos);
  CHECK(verdict_from_json(j) == v);
  // OpenAI and Azure formats are unchanged: no language, no route.
  for (VerdictFormat f : {VerdictFormat::openai, VerdictFormat::azure}) {
    const std::string o = to_json(v, f);
    CHECK(o.find("\"language\"") == std::string::npos);
    CHECK(o.find("\"route\"") == std::string::npos);
  }
  // Bad values name the key.
  auto replaced = [&](std::string_view from, std::string_view to) {
    std::string s = j;
    s.replace(s.find(from), from.size(), to);
    return s;
  };
  for (const auto& [doc, key] : std::vector<std::pair<std::string, std::string>>{
           {replaced(R"("route":"multilingual")", R"("route":"klingon")"), "route"},
           {replaced(R"("route":"multilingual")", R"("route":1)"), "route"},
           {replaced(R"("language":"fr")", R"("language":null)"), "language"}}) {
    INFO(doc);
    try {
      (void)verdict_from_json(doc);
      FAIL("no error");
    } catch (const error& e) {
      CHECK(e.code() == status::format);
      CHECK(std::string(e.what()).find(key) != std::string::npos);
    }
  }
}

TEST_CASE("Monitor over a RoutedScorer: content parts and streams record their routes", "[route]") {
  auto en = std::make_shared<ConstScorer>(0.1f, "en-model");
  auto ml = std::make_shared<ConstScorer>(0.7f, "ml-model");
  const Monitor monitor(std::make_shared<RoutedScorer>(en, ml, kNoConsensus));
  using P = ContentPart;

  // Routes differ: each part has its own, the verdict names both models and no route.
  const std::vector<P> mixed{P::of_text("Je ne sais pas pourquoi"),
                             P::of_text("What is the weather like today?")};
  const Verdict m = monitor.check_content(mixed, Direction::prompt);
  REQUIRE(m.parts.size() == 2);
  CHECK(m.parts[0].route == LanguageRoute::multilingual);
  CHECK(m.parts[0].language == "fr");
  CHECK(m.parts[1].route == LanguageRoute::english);
  CHECK(m.parts[1].language == "en");
  CHECK_FALSE(m.route.has_value());
  CHECK(m.language == "mul");
  CHECK(m.model_id == "en-model+ml-model");
  CHECK(m.model_version == "en-model-v+ml-model-v");
  const std::string mj = to_json(m);
  CHECK(mj.find(R"("language":"fr","route":"multilingual"})") != std::string::npos);
  CHECK(mj.find(R"("language":"en","route":"english"})") != std::string::npos);
  CHECK(verdict_from_json(mj) == m);

  // One route, two languages: that route and its model, language "mul".
  const std::vector<P> two{P::of_text("Je ne sais pas pourquoi"),
                           P::of_text("Wie ist das Wetter heute?")};
  const Verdict t = monitor.check_content(two, Direction::prompt);
  CHECK(t.route == LanguageRoute::multilingual);
  CHECK(t.language == "mul");
  CHECK(t.model_id == "ml-model");
  // One route, one language.
  const std::vector<P> one{P::of_text("Where is the station?"), P::of_text("How are you?")};
  const Verdict o = monitor.check_content(one, Direction::completion);
  CHECK(o.route == LanguageRoute::english);
  CHECK(o.language == "en");
  CHECK(o.model_id == "en-model");
  CHECK(verdict_from_json(to_json(o)) == o);

  // Streams: every periodic and the final verdict name the model that read their text.
  StreamOptions so;
  so.check_every = 16;
  so.window = 32;
  StreamChecker stream(monitor, so);
  std::vector<Verdict> periodic = stream.feed("Je ne sais pas pourquoi il est parti ");
  const std::vector<Verdict> more = stream.feed("hier soir avec les enfants.");
  periodic.insert(periodic.end(), more.begin(), more.end());
  REQUIRE(periodic.size() >= 2);
  for (const Verdict& v : periodic) {
    CHECK(v.route == LanguageRoute::multilingual);
    CHECK(v.model_id == "ml-model");
  }
  const Verdict fin = stream.finish();
  check_route(fin, LanguageRoute::multilingual, "fr");
  CHECK(fin.stream.has_value());
}

TEST_CASE("consensus_probability: the mean of the log-odds", "[route][consensus]") {
  CHECK(consensus_probability(0.9f, 0.5f) == Approx(0.75f));  // sigmoid(logit(0.9) / 2)
  CHECK(consensus_probability(0.5f, 0.9f) == Approx(0.75f));
  CHECK(consensus_probability(0.2f, 0.2f) == Approx(0.2f));
  CHECK(consensus_probability(0.1f, 0.9f) == Approx(0.5f));
  // A certain 0 or 1 is clamped to finite log-odds: 0 and 1 meet in the middle.
  CHECK(consensus_probability(0.0f, 1.0f) == Approx(0.5f));
  CHECK(consensus_probability(1.0f, 0.7f) < 1.0f);
  CHECK(consensus_probability(0.0f, 0.3f) > 0.0f);
  CHECK(std::isnan(consensus_probability(std::nanf(""), 0.5f)));
  CHECK(std::isnan(consensus_probability(0.5f, std::nanf(""))));
}

TEST_CASE("RoutedScorer: consensus scores unsure English text with both models",
          "[route][consensus]") {
  auto unsure = std::make_shared<ConstScorer>(0.1f, "en-model");  // 0.10 / 0.11: unsure
  auto sure = std::make_shared<ConstScorer>(0.01f, "en-model");   // 0.01 / 0.02: sure
  auto ml = std::make_shared<ConstScorer>(0.7f, "ml-model");      // 0.70 / 0.71
  const std::vector<std::string_view> texts{"I do not know why you did that",
                                            "Je ne sais pas pourquoi", "Where is the station?"};
  std::vector<float> out(6);
  std::vector<TextRoute> routes(3);
  {
    const RoutedScorer router(unsure, ml);  // consensus is the default
    CHECK(router.consensus() == ConsensusOptions{});
    router.score_routed(texts, out, routes);
    // The French text alone, then the two unsure English texts, in input order.
    REQUIRE(ml->batches.size() == 2);
    CHECK(ml->batches[0] == std::vector<std::string>{"Je ne sais pas pourquoi"});
    CHECK(ml->batches[1] ==
          std::vector<std::string>{"I do not know why you did that", "Where is the station?"});
    CHECK(out[0] == Approx(consensus_probability(0.1f, 0.7f)));
    CHECK(out[1] == Approx(consensus_probability(0.11f, 0.71f)));
    CHECK(out[2] == Approx(0.7f));  // French: the multilingual model alone
    CHECK(out[4] == Approx(consensus_probability(0.1f, 0.7f)));
    CHECK(routes[0].route == LanguageRoute::consensus);
    CHECK(routes[0].language == "en");
    CHECK(routes[1].route == LanguageRoute::multilingual);
    CHECK(routes[2].route == LanguageRoute::consensus);
  }
  {
    ml->batches.clear();
    const RoutedScorer router(sure, ml);  // every output outside [0.05, 0.95): English alone
    router.score_routed(texts, out, routes);
    REQUIRE(ml->batches.size() == 1);
    CHECK(ml->batches[0] == std::vector<std::string>{"Je ne sais pas pourquoi"});
    CHECK(out[0] == Approx(0.01f));
    CHECK(routes[0].route == LanguageRoute::english);
  }
  {
    ml->batches.clear();
    const RoutedScorer router(sure, ml, ConsensusOptions{.low = 0.0f, .high = 1.0f});
    router.score_routed(texts, out, routes);  // the widest band: every English text
    REQUIRE(ml->batches.size() == 2);
    CHECK(ml->batches[1].size() == 2);
    CHECK(out[0] == Approx(consensus_probability(0.01f, 0.7f)));
    CHECK(routes[2].route == LanguageRoute::consensus);
  }
  {
    ml->batches.clear();
    const RoutedScorer router(unsure, ml, kNoConsensus);
    router.score_routed(texts, out, routes);
    CHECK(ml->batches.size() == 1);
    CHECK(out[0] == Approx(0.1f));
    CHECK(routes[0].route == LanguageRoute::english);
  }
  {
    ml->batches.clear();
    const std::vector<std::string_view> english{"Where is the station?"};
    std::vector<float> two(2);
    RoutedScorer(unsure, ml).score(english, two);  // a whole batch of English, one unsure
    REQUIRE(ml->batches.size() == 1);
    CHECK(two[0] == Approx(consensus_probability(0.1f, 0.7f)));
  }
  CHECK_THROWS_AS(RoutedScorer(unsure, ml, ConsensusOptions{.low = 0.6f, .high = 0.4f}),
                  std::invalid_argument);
  CHECK_THROWS_AS(RoutedScorer(unsure, ml, ConsensusOptions{.low = -0.1f}), std::invalid_argument);
  CHECK_THROWS_AS(RoutedScorer(unsure, ml, ConsensusOptions{.high = 1.5f}), std::invalid_argument);
  CHECK_THROWS_AS(RoutedScorer(unsure, ml, ConsensusOptions{.low = std::nanf("")}),
                  std::invalid_argument);
  static_assert(ConsensusOptions{}.valid_band());
  static_assert(ConsensusOptions{.low = 0.0f, .high = 1.0f}.valid_band());
  static_assert(ConsensusOptions{.low = 0.5f, .high = 0.5f}.valid_band());  // an empty band
  CHECK_FALSE(ConsensusOptions{.low = 0.6f, .high = 0.4f}.valid_band());
  CHECK_FALSE(ConsensusOptions{.high = std::nanf("")}.valid_band());
}

TEST_CASE("RoutedScorer: consensus maps the multilingual scale first", "[route][consensus]") {
  auto en = std::make_shared<ConstScorer>(0.5f, "en");
  auto ml = std::make_shared<ConstScorer>(0.4f, "ml");
  en->cutoffs = {std::array<float, 3>{0.3f, 0.6f, 0.9f}, std::nullopt};
  ml->cutoffs = {std::array<float, 3>{0.2f, 0.4f, 0.8f}, std::nullopt};
  const RoutedScorer router(en, ml);
  const std::vector<std::string_view> texts{"I do not know why you did that"};
  std::vector<float> out(2);
  router.score(texts, out);
  // ml's 0.4 is its medium cutoff, i.e. the English 0.6, before the two are combined.
  CHECK(out[0] == Approx(consensus_probability(0.5f, 0.6f)));
  CHECK(out[1] == Approx(consensus_probability(0.51f, 0.41f)));
}

TEST_CASE("Monitor over a consensus RoutedScorer: the verdict names the pair",
          "[route][consensus]") {
  auto en = std::make_shared<ConstScorer>(0.1f, "en-model");
  auto ml = std::make_shared<ConstScorer>(0.7f, "ml-model");
  const Monitor monitor(std::make_shared<RoutedScorer>(en, ml));
  const Verdict v = monitor.check_prompt("I do not know why you did that");
  REQUIRE(v.route.has_value());
  CHECK(*v.route == LanguageRoute::consensus);
  CHECK(v.language == "en");
  CHECK(v.model_id == "en-model+ml-model");
  CHECK(v.model_version == "en-model-v+ml-model-v");
  CHECK(v.categories[static_cast<std::size_t>(Category::hate)].score ==
        Approx(consensus_probability(0.1f, 0.7f)));
  CHECK(to_json(v).find(R"("route":"consensus")") != std::string::npos);
  const Verdict fr = monitor.check_prompt("Je ne sais pas pourquoi");
  CHECK(*fr.route == LanguageRoute::multilingual);
  CHECK(fr.model_id == "ml-model");
  CHECK(to_string(LanguageRoute::consensus) == "consensus");
  CHECK(parse_language_route("consensus") == LanguageRoute::consensus);
}
