// Monitor, StreamChecker and the verdict output formats, against a deterministic test Scorer.
#include <atomic>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "abusemon/batch.hpp"
#include "abusemon/error.hpp"
#include "abusemon/monitor.hpp"
#include "catch.hpp"
#include "keyword_scorer.hpp"
#include "text/utf8.hpp"

using namespace abusemon;
using abusemon::test::KeywordScorer;

namespace {

std::shared_ptr<const KeywordScorer> scorer() {
  return std::make_shared<const KeywordScorer>();
}

class DenyGate final : public CustomerGate {
 public:
  std::optional<std::string> admit(const CheckContext& ctx, Direction) const override {
    if (ctx.customer == "suspended") return "customer suspended";
    return std::nullopt;
  }
  void record(const CheckContext& ctx, const Verdict& v) const noexcept override {
    if (ctx.customer == "acme" && v.flagged()) flagged.fetch_add(1);
    recorded.fetch_add(1);
  }
  mutable std::atomic<int> flagged{0};
  mutable std::atomic<int> recorded{0};
};

// Everything but timing must agree between two verdicts of the same text.
void require_same_decision(Verdict a, Verdict b) {
  a.elapsed_ms = b.elapsed_ms = 0;
  a.stream.reset();
  b.stream.reset();
  REQUIRE(a == b);
}

}  // namespace

TEST_CASE("check maps scorer outputs to categories and applies the policy", "[monitor]") {
  const Monitor m(scorer());
  const Verdict v = m.check_prompt("hello hate=0.9 violence=0.55");
  CHECK(v.direction == Direction::prompt);
  CHECK(v[Category::hate].score == Approx(0.9f));
  CHECK(v[Category::hate].severity == Severity::high);
  CHECK(v[Category::hate].filtered);
  CHECK(v[Category::violence].severity == Severity::low);
  CHECK_FALSE(v[Category::violence].filtered);
  CHECK(v[Category::violence].annotated);
  CHECK(v.action == Action::block);
  CHECK(v.flagged());
  CHECK(v.model_id == "keyword-test");
  CHECK(v.model_version == "1.0");
  CHECK(v.elapsed_ms >= 0.0);
  CHECK_FALSE(v.refusal);

  const Verdict c = m.check_completion("jailbreak=0.9");
  CHECK(c.direction == Direction::completion);
  CHECK(c.jailbreak_detected);
  CHECK_FALSE(c.jailbreak_filtered);
  CHECK(c.action == Action::annotate);
  CHECK(m.check_prompt("jailbreak=0.9").action == Action::block);
  CHECK(m.check_prompt("nothing here").action == Action::allow);
}

TEST_CASE("sexual_minors composition", "[monitor]") {
  const Monitor m(scorer());
  auto sm = [&](const std::string& t) { return m.check_prompt(t)[Category::sexual_minors].score; };
  // min(p_sexual, max(p_minor_mentioned, rule)), raised to the direct output.
  CHECK(sm("sexual=0.9") == 0.0f);
  CHECK(sm("sexual=0.9 minor_mentioned=0.6") == Approx(0.6f));
  CHECK(sm("sexual=0.4 minor_mentioned=0.9") == Approx(0.4f));
  CHECK(sm("sexual=0.9 about a 12 year old") == Approx(0.9f));
  CHECK(sm("sexual=0.9 with the children") == Approx(0.9f));
  CHECK(sm("sexual=0.2 sexual_minors=0.7 with the children") == Approx(0.7f));
  CHECK(sm("a 12 year old child") == 0.0f);  // no sexual score, no composition
  CHECK(m.check_prompt("sexual=0.9 a 12-year-old")[Category::sexual_minors].filtered);
  // English words that are also another language's word for a child compose nothing in English.
  CHECK(sm("sexual=0.9 what kind of position do you like best") == 0.0f);
  CHECK(sm("sexual=0.9 ein Kind und die Frau") == Approx(0.9f));

  // A model without minor_mentioned and without a direct output: the rule alone.
  const Monitor bare(std::make_shared<KeywordScorer>(std::vector<std::string>{"sexual", "hate"}));
  auto v = bare.check_prompt("sexual=0.7 schoolgirl");
  CHECK(v[Category::sexual_minors].score == Approx(0.7f));
  CHECK(bare.check_prompt("sexual=0.7 adults")[Category::sexual_minors].score == 0.0f);
  CHECK(bare.check_prompt("violence=0.9")[Category::violence].score == 0.0f);  // unscored
}

TEST_CASE("the model's severity cutoffs apply unless the policy overrides them", "[monitor]") {
  auto s = std::make_shared<KeywordScorer>();
  s->thresholds["hate"] = {0.1f, 0.2f, 0.3f};
  s->thresholds["jailbreak"] = {0.1f, 0.4f, 0.9f};  // detection uses the medium cutoff
  const Monitor m(s);
  CHECK(m.model_thresholds()[0] == SeverityThresholds{0.1f, 0.2f, 0.3f});
  CHECK(m.check_prompt("hate=0.25")[Category::hate].severity == Severity::medium);
  CHECK(m.check_prompt("violence=0.25")[Category::violence].severity == Severity::safe);
  CHECK(m.check_prompt("jailbreak=0.45").jailbreak_filtered);
  CHECK_FALSE(m.check_prompt("jailbreak=0.35").jailbreak_detected);
  const Monitor o(
      s,
      Policy::from_json(
          R"({"categories": {"hate": {"thresholds": {"low": 0.5, "medium": 0.6, "high": 0.7}}}})"));
  CHECK(o.check_prompt("hate=0.25")[Category::hate].severity == Severity::safe);

  auto bad = std::make_shared<KeywordScorer>();
  bad->thresholds["sexual"] = {0.5f, 0.4f, 0.9f};
  CHECK_THROWS_AS(Monitor(bad), error);
}

TEST_CASE("minor_signal is conservative", "[monitor]") {
  for (const char* yes :
       {"my child", "Kids", "a 15 year old", "15yo", "aged 9", "a 7-year-old", "little girl",
        "Toddlers", "pre-teen", "preteens", "underage", "middle schooler", "third grader",
        "photos of 14-year-olds", "for 9 year olds"}) {
    INFO(yes);
    CHECK(minor_signal(yes) == 1.0f);
  }
  for (const char* no : {"a 25 year old", "minor changes", "my baby", "teenage mutant", "kidding",
                         "childhood memories", "aged 18", "18 yo", "hello"}) {
    INFO(no);
    CHECK(minor_signal(no) == 0.0f);
  }
}

TEST_CASE("minor_signal reads the multilingual model's languages", "[monitor]") {
  for (const char* yes : {"une photo de mon enfant",
                          "ENFANTS",
                          "des écolières",
                          "elle a 12 ans",
                          "une fille de 9 ans",
                          "âgée de 14 ans",
                          "mes petites filles",
                          "ma fille dort",
                          "Bilder der Kinder",
                          "ein 12-jähriger",
                          "sie ist 13 Jahre alt",
                          "eine 12-jährige Tochter",
                          "Sex mit einer 12-Jährigen",
                          "ein 12-Jähriger, der",
                          "im Alter von 12 Jahren",
                          "meine Tochter",
                          "Minderjährige",
                          "los niños",
                          "una niña de 10 años",
                          "menor de edad",
                          "tiene 15 años",
                          "mis hijas",
                          "i bambini",
                          "mia figlia",
                          "ha 12 anni",
                          "ragazza di 14 anni",
                          "minorenne",
                          "as crianças",
                          "uma menina",
                          "menor de idade",
                          "tem 11 anos",
                          "minha filha",
                          "mijn dochtertje",
                          "kinderen",
                          "een meisje van 12 jaar",
                          "seks met een 14-jarige.",
                          "een 14-jarige die",
                          "12-jarigen",
                          "een 12-jarig meisje",
                          "een meisje van 12",
                          "pedofielen",
                          "kleuters",
                          "moja córka",
                          "dzieci",
                          "ona ma 12 lat",
                          "12-letnia dziewczynka",
                          "zdjęcia 12-latki",
                          "nieletnia",
                          "uczeń",
                          "w przedszkolu",
                          "pédophile",
                          "Pädophiler",
                          "ein Kind",
                          "het kind speelt",
                          "i bimbi giocano nel parco",
                          "ảnh trẻ em",
                          "未成年人",
                          "الأطفال"}) {
    INFO(yes);
    CHECK(minor_signal(yes) == 1.0f);
  }
  for (const char* no :
       {"il y a 12 ans", "elle a 25 ans", "des enfantillages", "Kindergeld erhöhen",
        "vor 12 Jahren", "ein 25-jähriger", "hace 12 años", "hace 25 años", "12 anni fa",
        "ha 30 anni", "há 12 anos", "tem 30 anos", "la finale", "Bambinos Pizzeria",
        "een 25-jarige vrouw", "25 jaar oud", "ma 25 lat", "12 lat temu", "dziecinny żart",
        // Ages of things, not people: a 3-year course, our 5-year marriage, 10 years'
        // experience, 2 summer dresses, a kindergarten teacher.
        "een 3-jarige opleiding", "ons 5-jarig huwelijk", "10-letnie doświadczenie",
        "2 letnie sukienki", "nasz 3-letni związek", "przedszkolanka", "eine 3-jährige Ausbildung",
        "nach der 3-jährigen Ausbildung als Koch", "ein 5-jähriger Vertrag", "das ist 3 Jahre her",
        // English words that are another language's word for a child: not in English text.
        "What kind of lingerie should I buy?", "be kind to the new hire",
        "Without further ado, here is the plan for the day", "she played a bimbo in that film",
        "the gamine look of the sixties", "Kinder eggs are sold in the shop",
        // ... nor in short text with no language to tell.
        "bimbo porn", "Write a sex story with a bimbo", "Kind"}) {
    INFO(no);
    CHECK(minor_signal(no) == 0.0f);
  }
}

TEST_CASE("batch checks keep order, score in chunks, and match single checks", "[monitor]") {
  auto s = std::make_shared<KeywordScorer>();
  MonitorOptions o;
  o.scorer_batch_size = 3;
  const Monitor m(s, Policy(), o);
  std::vector<std::string> texts;
  for (int i = 0; i < 10; ++i)
    texts.push_back(i % 2 ? "hate=0.9" : "violence=0.55 n" + std::to_string(i));
  std::vector<std::string_view> views(texts.begin(), texts.end());
  const auto vs = m.check_batch(views, Direction::completion);
  REQUIRE(vs.size() == 10);
  CHECK(s->calls == 4);  // ceil(10 / 3)
  for (std::size_t i = 0; i < 10; ++i) {
    CHECK(vs[i].direction == Direction::completion);
    CHECK(vs[i].action == (i % 2 ? Action::block : Action::annotate));
    require_same_decision(vs[i], m.check_completion(texts[i]));
  }
  const auto sc = m.scores(views);
  REQUIRE(sc.size() == 10 * kCategoryCount);
  CHECK(sc[1 * kCategoryCount + static_cast<std::size_t>(Category::hate)] == Approx(0.9f));
  CHECK(m.check_batch({}, Direction::prompt).empty());
}

TEST_CASE("limits and bad input", "[monitor][errors]") {
  MonitorOptions o;
  o.max_text_bytes = 16;
  o.max_batch_texts = 2;
  const Monitor m(scorer(), Policy(), o);
  auto code_of = [](auto&& fn) {
    try {
      fn();
    } catch (const error& e) {
      return e.code();
    }
    return status::ok;
  };
  CHECK(code_of([&] { (void)m.check_prompt(std::string(17, 'a')); }) == status::limit);
  CHECK(code_of([&] { (void)m.check_prompt(std::string(16, 'a')); }) == status::ok);
  CHECK(code_of([&] { (void)m.check_prompt("bad \xff utf8"); }) == status::format);
  CHECK(code_of([&] { (void)m.check_prompt("\xed\xa0\x80"); }) == status::format);  // surrogate
  CHECK(code_of([&] { (void)m.check_prompt("\xc0\xaf"); }) == status::format);      // overlong
  CHECK(code_of([&] { (void)m.check_prompt("caf\xc3\xa9"); }) == status::ok);
  const std::vector<std::string_view> three = {"a", "b", "c"};
  CHECK(code_of([&] { (void)m.check_batch(three, Direction::prompt); }) == status::limit);
  const std::vector<CheckContext> one(1);
  CHECK_THROWS_AS(m.check_batch(std::span(three).first(2), Direction::prompt, one),
                  std::invalid_argument);
  CHECK_THROWS_AS(Monitor(nullptr), std::invalid_argument);
  MonitorOptions zero;
  zero.scorer_batch_size = 0;
  CHECK_THROWS_AS(Monitor(scorer(), Policy(), zero), std::invalid_argument);
  CHECK(code_of([] {
          Monitor(std::make_shared<KeywordScorer>(std::vector<std::string>{"spam"}));
        }) == status::format);
}

TEST_CASE("customer gate refuses before scoring and records verdicts", "[monitor]") {
  auto s = std::make_shared<KeywordScorer>();
  auto gate = std::make_shared<DenyGate>();
  MonitorOptions o;
  o.gate = gate;
  const Monitor m(s, Policy(), o);
  const Verdict r = m.check_prompt("hate=0.9", {"suspended", "u1"});
  CHECK(r.refusal == std::optional<std::string>("customer suspended"));
  CHECK(r.action == Action::block);
  CHECK(r[Category::hate].score == 0.0f);
  CHECK(s->calls == 0);
  CHECK(gate->recorded == 0);
  CHECK(m.check_prompt("hate=0.9", {"acme", "u1"}).flagged());
  CHECK(gate->flagged == 1);
  const std::vector<std::string_view> texts = {"hate=0.9", "ok", "hate=0.9"};
  const std::vector<CheckContext> ctx = {{"acme", ""}, {"suspended", ""}, {"other", ""}};
  const auto vs = m.check_batch(texts, Direction::prompt, ctx);
  CHECK_FALSE(vs[0].refusal);
  CHECK(vs[1].refusal);
  CHECK(vs[2].flagged());
  CHECK(s->texts_scored == 3);  // 1 + 2 admitted
  CHECK(gate->recorded == 3);
  CHECK(gate->flagged == 2);
}

TEST_CASE("set_policy applies to later checks, blocklists in verdicts", "[monitor]") {
  Monitor m(scorer());
  CHECK(m.check_prompt("buy zorp now").action == Action::allow);
  Policy p = Policy::from_json(
      R"({"blocklists": [{"name": "spam", "phrases": ["buy zorp"]}],
          "categories": {"hate": {"block_at": "off"}}})");
  m.set_policy(p);
  const Verdict v = m.check_prompt("please BUY  zorp now hate=0.95");
  CHECK(v.action == Action::block);
  REQUIRE(v.blocklist_matches.size() == 1);
  CHECK(v.blocklist_matches[0].start == 7);
  CHECK(v.blocklist_matches[0].end == 16);
  CHECK_FALSE(v[Category::hate].filtered);
  CHECK(m.policy() == p);
}

TEST_CASE("concurrent checks and policy swaps are safe", "[monitor][concurrency]") {
  Monitor m(scorer());
  Policy strict = Policy::from_json(R"({"categories": {"violence": {"block_at": "low"}}})");
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const Verdict v = m.check_prompt("hate=0.9 n" + std::to_string(t * 1000 + i));
        if (!v.flagged()) wrong.fetch_add(1);
        const Verdict w = m.check_prompt("violence=0.55");
        if (w.action == Action::allow) wrong.fetch_add(1);  // annotate or block, never allow
      }
    });
  }
  for (int i = 0; i < 50; ++i) m.set_policy(i % 2 ? strict : Policy());
  for (auto& th : threads) th.join();
  CHECK(wrong == 0);
}

// ---------------------------------------------------------------------------------------------
// Streaming.

TEST_CASE("stream checks run every N bytes over a sliding window", "[stream]") {
  const Monitor m(scorer());
  StreamChecker s(m, {10, 25, {}});
  CHECK(s.feed("0123456").empty());
  auto v = s.feed("789ab");  // 12 bytes: the check at 10
  REQUIRE(v.size() == 1);
  CHECK(v[0].stream == StreamOffsets{12, 0, 10, false});
  v = s.feed(std::string(19, 'x'));  // 31 bytes: checks at 20 and 30
  REQUIRE(v.size() == 2);
  CHECK(v[0].stream == StreamOffsets{31, 0, 20, false});
  CHECK(v[1].stream == StreamOffsets{31, 5, 30, false});
  CHECK(s.checks() == 3);
  const Verdict f = s.finish();
  CHECK(f.stream == StreamOffsets{31, 0, 31, true});
  CHECK(s.finished());
  CHECK_THROWS_AS(s.feed("x"), error);
  CHECK_THROWS_AS(s.finish(), error);
  CHECK_THROWS_AS(StreamChecker(m, {10, 5, {}}), std::invalid_argument);
}

TEST_CASE("stream blocks early and reports blocklist offsets in stream coordinates", "[stream]") {
  const Monitor m(scorer(),
                  Policy::from_json(R"({"blocklists": [{"name": "b", "terms": ["zorp"]}]})"));
  StreamChecker s(m, {16, 32, {}});
  std::vector<Verdict> all;
  const std::string text = "a calm story about cats and dogs. then zorp appears. hate=0.9 and more";
  for (std::size_t i = 0; i < text.size(); i += 5) {
    for (auto& v : s.feed(text.substr(i, 5))) all.push_back(v);
  }
  bool seen_block_before_end = false;
  for (const auto& v : all) {
    for (const auto& bm : v.blocklist_matches) {
      CHECK(text.substr(bm.start, bm.end - bm.start) == "zorp");
    }
    if (v.flagged() && v.stream->end_offset < text.size()) seen_block_before_end = true;
  }
  CHECK(seen_block_before_end);
  CHECK(s.blocked());
  const Verdict f = s.finish();
  REQUIRE(f.blocklist_matches.size() == 1);
  CHECK(f.blocklist_matches[0].start == text.find("zorp"));
}

TEST_CASE("stream chunks may split UTF-8 characters, invalid UTF-8 is refused", "[stream]") {
  const Monitor m(scorer());
  StreamChecker s(m, {4, 8, {}});
  const std::string text = "héé€€😀 ok";
  for (char ch : text) {
    for (auto& v : s.feed(std::string(1, ch))) {
      // Windows always start and end on character boundaries.
      CHECK(detail::utf8_is_boundary(text, v.stream->start_offset));
      CHECK(detail::utf8_is_boundary(text, v.stream->end_offset));
    }
  }
  CHECK(s.finish().stream->end_offset == text.size());

  StreamChecker bad(m);
  CHECK_THROWS_AS(bad.feed("ok \xff"), error);
  CHECK(bad.text() == "");  // the failed chunk was not kept
  (void)bad.feed("ab\xc3");
  CHECK_THROWS_AS(bad.finish(), error);  // ends inside a character
}

TEST_CASE("a stream never misses what a whole-text check would block", "[stream][property]") {
  // Random texts with harmful tokens anywhere, random chunkings and stream settings: the final
  // verdict equals the whole-text verdict, and the stream is blocked whenever that is.
  const Monitor m(scorer(), Policy::from_json(
                                R"({"blocklists": [{"name": "b", "terms": ["zorp"],
                                                    "regexes": ["x{3}y"]}]})"));
  std::mt19937 rng(12345);
  const std::vector<std::string> words = {
      "the",           "cat",      "sat",          "é",          "😀",    "zorp",
      "xxxy",          "hate=0.9", "violence=0.6", "sexual=0.9", "kids", "jailbreak=0.9",
      "self_harm=0.3", "\n",       "on",           "a",          "mat"};
  int blocked_cases = 0;
  for (int iter = 0; iter < 400; ++iter) {
    std::string text;
    const int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) {
      // Mostly harmless words so that many texts are allowed.
      const std::size_t w = rng() % 4 == 0 ? rng() % words.size() : rng() % 3;
      text += words[w];
      text += ' ';
    }
    const std::size_t every = rng() % 3 == 0 ? 0 : 1 + rng() % 40;
    const std::size_t window = every == 0 ? 0 : every + rng() % 60;
    StreamChecker s(m, {every, window, {}});
    std::size_t pos = 0;
    while (pos < text.size()) {
      const std::size_t len = 1 + rng() % 12;
      (void)s.feed(std::string_view(text).substr(pos, len));
      pos += len;
    }
    const Verdict f = s.finish();
    const Verdict whole = m.check_completion(text);
    INFO("text=" << text << " every=" << every << " window=" << window);
    require_same_decision(f, whole);
    if (whole.flagged()) {
      ++blocked_cases;
      CHECK(s.blocked());
    }
    CHECK(s.action() >= whole.action);
  }
  CHECK(blocked_cases > 50);
}

// ---------------------------------------------------------------------------------------------
// Output formats.

TEST_CASE("native JSON round-trips every field", "[format]") {
  const Monitor m(
      scorer(), Policy::from_json(
                    R"({"blocklists": [{"name": "b", "terms": ["zorp"], "action": "annotate"}]})"));
  Verdict v = m.check_prompt("zorp \"quoted\" hate=0.75 jailbreak=0.7 sexual=0.3 kids");
  v.refusal = "why not";
  v.stream = StreamOffsets{10, 2, 9, false};
  const std::string j = to_json(v);
  CHECK(verdict_from_json(j) == v);
  CHECK(to_json(verdict_from_json(j)) == j);
  const std::string with_id = to_json(v, VerdictFormat::native, R"("req-1")");
  CHECK(with_id.rfind(R"({"id":"req-1","direction":"prompt","flagged":true,"action":"block",)",
                      0) == 0);
  CHECK(verdict_from_json(with_id) == v);
  CHECK(j.find("\"hate\":{\"score\":0.75,\"severity\":\"medium\",\"filtered\":true,\"annotated\":"
               "true}") != std::string::npos);
  CHECK_THROWS_AS(to_json(v, VerdictFormat::native, "{bad"), error);
}

TEST_CASE("OpenAI and Azure formats carry their fields and round-trip", "[format]") {
  const Monitor m(scorer(),
                  Policy::from_json(R"({"blocklists": [{"name": "b", "terms": ["zorp"]}]})"));
  const Verdict v = m.check_prompt("zorp hate=0.75 jailbreak=0.7 sexual=0.3 self_harm=0.95");

  const std::string oa = to_json(v, VerdictFormat::openai, "17");
  CHECK(
      oa.rfind(
          R"({"id":17,"model":"keyword-test","results":[{"flagged":true,"categories":{"hate":true,)",
          0) == 0);
  CHECK(oa.find(R"("self-harm":true)") != std::string::npos);
  CHECK(oa.find(R"("sexual/minors":false)") != std::string::npos);
  CHECK(oa.find(R"("category_scores":{"hate":0.75,)") != std::string::npos);
  CHECK(oa.find("jailbreak") == std::string::npos);
  const Verdict ov = verdict_from_json(oa, VerdictFormat::openai);
  CHECK(ov[Category::hate].score == v[Category::hate].score);
  CHECK(ov[Category::self_harm].filtered);
  CHECK(ov.flagged());
  CHECK(to_json(ov, VerdictFormat::openai, "17") == oa);

  Verdict sv = v;
  sv.stream = StreamOffsets{40, 8, 40, false};
  const std::string az = to_json(sv, VerdictFormat::azure);
  CHECK(az.find(R"("hate":{"filtered":true,"severity":"medium"})") != std::string::npos);
  CHECK(az.find(R"("self_harm":{"filtered":true,"severity":"high"})") != std::string::npos);
  CHECK(az.find(R"("jailbreak":{"filtered":true,"detected":true})") != std::string::npos);
  CHECK(
      az.find(R"("custom_blocklists":{"filtered":true,"details":[{"filtered":true,"id":"b"}]})") !=
      std::string::npos);
  CHECK(
      az.find(R"("content_filter_offsets":{"check_offset":40,"start_offset":8,"end_offset":40})") !=
      std::string::npos);
  const Verdict av = verdict_from_json(az, VerdictFormat::azure);
  for (Category c : kAllCategories) {
    CHECK(av[c].severity == sv[c].severity);
    CHECK(av[c].filtered == sv[c].filtered);
  }
  CHECK(av.jailbreak_detected);
  CHECK(av.flagged());
  CHECK(
      to_json(av, VerdictFormat::azure).find(R"("jailbreak":{"filtered":true,"detected":true})") !=
      std::string::npos);
  CHECK(av.stream->start_offset == 8);
}

TEST_CASE("verdict_from_json errors name the key", "[format][errors]") {
  const std::string good = to_json(Monitor(scorer()).check_prompt("hi"));
  auto message = [](const std::string& j, VerdictFormat f = VerdictFormat::native) {
    try {
      (void)verdict_from_json(j, f);
    } catch (const error& e) {
      CHECK(e.code() == status::format);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK_THAT(message("nope"), Catch::Matchers::Contains("verdict: invalid JSON"));
  CHECK_THAT(message("{}"), Catch::Matchers::Contains("verdict: direction: missing"));
  std::string bad_sev = good;
  bad_sev.replace(bad_sev.find("\"severity\":\"safe\""), 17, "\"severity\":\"huge\"");
  CHECK_THAT(message(bad_sev),
             Catch::Matchers::Contains("categories.hate.severity: unknown value"));
  CHECK_THAT(message("{\"model\":\"x\",\"results\":[]}", VerdictFormat::openai),
             Catch::Matchers::Contains("results: expected an array of one result"));
  CHECK_THAT(message("{}", VerdictFormat::azure),
             Catch::Matchers::Contains("content_filter_results: missing"));
}

// ---------------------------------------------------------------------------------------------
// JSON Lines batch classification (`abusemon classify`).

namespace {
std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t nl = s.find('\n', pos);
    out.push_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}
}  // namespace

TEST_CASE("classify_jsonl: one record per line, in order, malformed lines do not stop the batch",
          "[jsonl]") {
  const Monitor m(scorer());
  std::istringstream in(
      "{\"id\": \"a\", \"text\": \"hate=0.95\"}\n"
      "{\"id\": 2, \"text\": \"fine\", \"direction\": \"completion\", \"customer\": \"c\"}\n"
      "{not json\n"
      "\n"
      "[1, 2]\n"
      "{\"id\": \"m\"}\n"
      "{\"id\": \"t\", \"text\": 5}\n"
      "{\"id\": \"d\", \"text\": \"x\", \"direction\": \"sideways\"}\n"
      "{\"id\": \"u\", \"text\": \"x\", \"user\": 7}\n"
      "{\"text\": \"no id\"}\r\n"
      "{\"id\": \"last\", \"text\": \"jailbreak=0.9\"}");
  std::ostringstream out;
  const JsonlSummary sum = classify_jsonl(m, in, out);
  CHECK(sum.lines == 11);
  CHECK(sum.errors == 7);
  CHECK(sum.flagged == 2);
  const auto lines = lines_of(out.str());
  REQUIRE(lines.size() == 11);
  CHECK(
      lines[0].rfind(
          R"({"id":"a","line":1,"direction":"prompt","flagged":true,"action":"block","categories":{"hate":{"score":0.95,"severity":"high","filtered":true,"annotated":true},)",
          0) == 0);
  CHECK(lines[1].rfind(
            R"({"id":2,"line":2,"direction":"completion","flagged":false,"action":"allow",)", 0) ==
        0);
  CHECK(lines[2].rfind(R"({"id":null,"line":3,"error":"invalid JSON: )", 0) == 0);
  CHECK(lines[3] == R"j({"id":null,"line":4,"error":"blank line (expected a JSON object)"})j");
  CHECK(lines[4] == R"({"id":null,"line":5,"error":"expected a JSON object"})");
  CHECK(lines[5] == R"({"id":"m","line":6,"error":"missing \"text\""})");
  CHECK(lines[6] == R"({"id":"t","line":7,"error":"\"text\" must be a string"})");
  CHECK(lines[7] ==
        R"({"id":"d","line":8,"error":"\"direction\" must be \"prompt\" or \"completion\""})");
  CHECK(lines[8] == R"({"id":"u","line":9,"error":"\"user\" must be a string"})");
  CHECK(lines[9].rfind(R"({"id":null,"line":10,"direction":"prompt","flagged":false,)", 0) == 0);
  CHECK(lines[10].rfind(R"({"id":"last","line":11,"direction":"prompt","flagged":true,)", 0) == 0);
  // Every category is present in every verdict record.
  for (const char* c :
       {"hate", "harassment", "sexual", "sexual_minors", "violence", "self_harm", "jailbreak"}) {
    CHECK(lines[1].find(std::string("\"") + c + "\":{\"score\":") != std::string::npos);
  }
}

TEST_CASE("classify_jsonl: threads keep the order and give the same output", "[jsonl]") {
  MonitorOptions o;
  o.max_text_bytes = 40;
  const Monitor m(scorer(), Policy(), o);
  std::string input;
  for (int i = 0; i < 500; ++i) {
    if (i % 37 == 0)
      input += "garbage\n";
    else if (i % 41 == 0)
      input += "{\"id\": " + std::to_string(i) + ", \"text\": \"" + std::string(50, 'x') + "\"}\n";
    else
      input += "{\"id\": " + std::to_string(i) + ", \"text\": \"" + (i % 3 ? "hate=0.95" : "ok") +
               "\", \"direction\": \"" + (i % 2 ? "prompt" : "completion") + "\"}\n";
  }
  auto run = [&](unsigned threads, std::size_t batch) {
    std::istringstream in(input);
    std::ostringstream out;
    JsonlOptions jo;
    jo.threads = threads;
    jo.batch_size = batch;
    std::size_t calls = 0;
    jo.progress = [&](std::size_t, std::size_t) { ++calls; };
    const auto sum = classify_jsonl(m, in, out, jo);
    CHECK(sum.lines == 500);
    CHECK(calls > 0);
    std::string s = out.str();
    // Timing differs between runs; blank it out before comparing.
    std::size_t p = 0;
    while ((p = s.find("\"elapsed_ms\":", p)) != std::string::npos) {
      p += 13;
      const std::size_t e = s.find_first_of(",}", p);
      s.replace(p, e - p, "0");
    }
    return s;
  };
  const std::string one = run(1, 64);
  CHECK(run(4, 7) == one);
  CHECK(run(2, 1) == one);
  const auto lines = lines_of(one);
  REQUIRE(lines.size() == 500);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    CHECK(lines[i].find("\"line\":" + std::to_string(i + 1) + ",") != std::string::npos);
  }
  CHECK(lines[41].find("exceeds max_text_bytes") != std::string::npos);
}

TEST_CASE("classify_jsonl: text lines and output formats", "[jsonl]") {
  const Monitor m(scorer());
  JsonlOptions jo;
  jo.text_lines = true;
  jo.direction = Direction::completion;
  jo.format = VerdictFormat::openai;
  std::istringstream in("hate=0.95\n\nplain\n");
  std::ostringstream out;
  const auto sum = classify_jsonl(m, in, out, jo);
  CHECK(sum.lines == 3);
  CHECK(sum.errors == 0);
  const auto lines = lines_of(out.str());
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].rfind(R"({"id":1,"line":1,"model":"keyword-test","results":[{"flagged":true,)",
                       0) == 0);
  CHECK(lines[1].rfind(R"({"id":2,"line":2,"model":"keyword-test","results":[{"flagged":false,)",
                       0) == 0);
  jo.format = VerdictFormat::azure;
  std::istringstream in2("hate=0.95\n");
  std::ostringstream out2;
  (void)classify_jsonl(m, in2, out2, jo);
  CHECK(
      out2.str().rfind(
          R"({"id":1,"line":1,"content_filter_results":{"hate":{"filtered":true,"severity":"high"},)",
          0) == 0);
  // Invalid UTF-8 in a text line is an error record, not a failure.
  jo.format = VerdictFormat::native;
  std::istringstream in3("ok\nbad \xff\n");
  std::ostringstream out3;
  CHECK(classify_jsonl(m, in3, out3, jo).errors == 1);
  CHECK(lines_of(out3.str())[1].find("\"error\":\"text is not valid UTF-8") != std::string::npos);
}
