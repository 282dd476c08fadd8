// Severity policy: semantics tables, JSON config and its errors, blocklists.
#include <array>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/policy.hpp"
#include "catch.hpp"

using namespace abusemon;

namespace {

constexpr std::array<Category, 6> kHarms = {Category::hate,     Category::harassment,
                                            Category::sexual,   Category::sexual_minors,
                                            Category::violence, Category::self_harm};
constexpr std::array<Direction, 2> kDirs = {Direction::prompt, Direction::completion};
constexpr std::array<Level, 4> kLevels = {Level::low, Level::medium, Level::high, Level::off};
// A score inside each severity band of the built-in thresholds (0.5 / 0.7 / 0.9).
constexpr std::array<std::pair<Severity, float>, 4> kBands = {{{Severity::safe, 0.1f},
                                                               {Severity::low, 0.55f},
                                                               {Severity::medium, 0.75f},
                                                               {Severity::high, 0.95f}}};

std::array<float, kCategoryCount> only(Category c, float s) {
  std::array<float, kCategoryCount> a{};
  a[static_cast<std::size_t>(c)] = s;
  return a;
}

// Message of the abusemon::error thrown by from_json, with its status.
std::pair<status, std::string> config_error(const std::string& doc) {
  try {
    (void)Policy::from_json(doc);
  } catch (const error& e) {
    return {e.code(), e.what()};
  }
  return {status::ok, ""};
}

}  // namespace

TEST_CASE("severity thresholds map scores to bands", "[policy]") {
  const SeverityThresholds t{0.25f, 0.5f, 0.8f};
  CHECK(t.severity_of(0.0f) == Severity::safe);
  CHECK(t.severity_of(0.2499f) == Severity::safe);
  CHECK(t.severity_of(0.25f) == Severity::low);
  CHECK(t.severity_of(0.5f) == Severity::medium);
  CHECK(t.severity_of(0.8f) == Severity::high);
  CHECK(builtin_thresholds()[0] == SeverityThresholds{0.5f, 0.7f, 0.9f});
  CHECK(builtin_thresholds()[static_cast<std::size_t>(Category::jailbreak)].medium == 0.7f);
  // The composed sexual_minors score is banded conservatively: a composed 0.5 is already high.
  const auto& minors = builtin_thresholds()[static_cast<std::size_t>(Category::sexual_minors)];
  CHECK(minors.severity_of(0.19f) == Severity::safe);
  CHECK(minors.severity_of(0.3f) == Severity::medium);
  CHECK(minors.severity_of(0.5f) == Severity::high);
  CHECK(t.severity_of(1.0f) == Severity::high);
  CHECK(t.severity_of(std::numeric_limits<float>::quiet_NaN()) == Severity::safe);
}

// The built-in cutoffs with sexual_minors banded like every other category, so that the table
// tests below can use one score per severity for all categories.
const ThresholdSet kUniform = [] {
  ThresholdSet t = builtin_thresholds();
  t[static_cast<std::size_t>(Category::sexual_minors)] = SeverityThresholds{};
  return t;
}();

TEST_CASE("default policy is Azure's default", "[policy]") {
  const Policy p;
  for (Category c : kHarms) {
    for (Direction d : kDirs) {
      CHECK(p.rule(c, d).annotate_at == Level::low);
      CHECK(p.rule(c, d).block_at == Level::medium);
      CHECK(p.apply(only(c, 0.55f), d, "", kUniform).action == Action::annotate);
      CHECK(p.apply(only(c, 0.75f), d, "", kUniform).action == Action::block);
      CHECK(p.apply(only(c, 0.95f), d, "", kUniform).action == Action::block);
      CHECK(p.apply(only(c, 0.1f), d, "", kUniform).action == Action::allow);
    }
  }
  // Jailbreak: blocked when detected in prompts; only annotated in completions.
  const Verdict vp = p.apply(only(Category::jailbreak, 0.7f), Direction::prompt, "", kUniform);
  CHECK(vp.jailbreak_detected);
  CHECK(vp.jailbreak_filtered);
  CHECK(vp.action == Action::block);
  const Verdict vc = p.apply(only(Category::jailbreak, 0.7f), Direction::completion, "", kUniform);
  CHECK(vc.jailbreak_detected);
  CHECK_FALSE(vc.jailbreak_filtered);
  CHECK(vc.action == Action::annotate);
  const Verdict vn = p.apply(only(Category::jailbreak, 0.3f), Direction::prompt, "", kUniform);
  CHECK_FALSE(vn.jailbreak_detected);
  CHECK(vn.action == Action::allow);
  CHECK(vn[Category::jailbreak].severity == Severity::safe);
  CHECK(vp[Category::jailbreak].severity == Severity::high);
}

TEST_CASE("every category x direction x level x severity, set in C++ and in JSON", "[policy]") {
  for (Category c : kHarms) {
    for (Direction d : kDirs) {
      for (Level block : kLevels) {
        for (Level annotate : kLevels) {
          Policy p;
          p.set_rule(c, d, {annotate, block});
          // Same policy from a config document.
          const std::string doc = std::string(R"({"categories": {")") + std::string(to_string(c)) +
                                  R"(": {")" + std::string(to_string(d)) +
                                  R"(": {"annotate_at": ")" + std::string(to_string(annotate)) +
                                  R"(", "block_at": ")" + std::string(to_string(block)) +
                                  R"("}}}})";
          const Policy pj = Policy::from_json(doc);
          REQUIRE(pj == p);
          const Direction other =
              d == Direction::prompt ? Direction::completion : Direction::prompt;
          CHECK(pj.rule(c, other) == CategoryRule{});  // the other direction keeps the default
          for (auto [sev, score] : kBands) {
            INFO(to_string(c) << " " << to_string(d) << " annotate_at=" << to_string(annotate)
                              << " block_at=" << to_string(block)
                              << " severity=" << to_string(sev));
            const Verdict v = pj.apply(only(c, score), d, "", kUniform);
            const CategoryResult& r = v[c];
            const bool want_block = block != Level::off && sev != Severity::safe &&
                                    static_cast<int>(sev) >= static_cast<int>(block);
            const bool want_annotate = annotate != Level::off && sev != Severity::safe &&
                                       static_cast<int>(sev) >= static_cast<int>(annotate);
            CHECK(r.severity == sev);
            CHECK(r.score == score);
            CHECK(r.filtered == want_block);
            CHECK(r.annotated == want_annotate);
            const Action want = want_block      ? Action::block
                                : want_annotate ? Action::annotate
                                                : Action::allow;
            CHECK(v.action == want);
            CHECK(v.flagged() == want_block);
            for (Category o : kAllCategories) {
              if (o != c) CHECK(v[o] == CategoryResult{});
            }
          }
        }
      }
    }
  }
}

TEST_CASE("level names, and a jailbreak rule's: detected or off", "[policy]") {
  for (Level l : {Level::low, Level::medium, Level::high, Level::off}) {
    CHECK(parse_level(to_string(l)) == l);
  }
  CHECK(jailbreak_level_name(Level::off) == "off");
  for (Level l : {Level::low, Level::medium, Level::high}) {
    CHECK(jailbreak_level_name(l) == "detected");
  }
  CHECK(parse_jailbreak_level("detected") == Level::low);
  CHECK(parse_jailbreak_level("off") == Level::off);
  CHECK_FALSE(parse_jailbreak_level("low").has_value());
  CHECK_FALSE(parse_level("detected").has_value());
}

TEST_CASE("jailbreak rules per direction", "[policy]") {
  for (Direction d : kDirs) {
    for (const char* block : {"detected", "off"}) {
      for (const char* annotate : {"detected", "off"}) {
        const std::string doc = std::string(R"({"categories": {"jailbreak": {")") +
                                std::string(to_string(d)) + R"(": {"annotate_at": ")" + annotate +
                                R"(", "block_at": ")" + block + R"("}}}})";
        const Policy p = Policy::from_json(doc);
        for (float score : {0.2f, 0.69f, 0.7f, 0.95f}) {
          INFO(doc << " score=" << score);
          const Verdict v = p.apply(only(Category::jailbreak, score), d, "");
          const bool detected = score >= 0.7f;
          CHECK(v.jailbreak_detected == detected);
          CHECK(v.jailbreak_filtered == (detected && std::string(block) == "detected"));
          CHECK(v[Category::jailbreak].annotated ==
                (detected && std::string(annotate) == "detected"));
          const Action want = v.jailbreak_filtered               ? Action::block
                              : v[Category::jailbreak].annotated ? Action::annotate
                                                                 : Action::allow;
          CHECK(v.action == want);
        }
      }
    }
  }
}

TEST_CASE("category-level levels apply to both directions, direction objects override",
          "[policy]") {
  const Policy p = Policy::from_json(
      R"({"categories": {"violence": {"block_at": "high", "annotate_at": "off",
                                      "completion": {"block_at": "low"}}}})");
  CHECK(p.rule(Category::violence, Direction::prompt) == CategoryRule{Level::off, Level::high});
  CHECK(p.rule(Category::violence, Direction::completion) == CategoryRule{Level::off, Level::low});
  CHECK(p.rule(Category::hate, Direction::prompt) == CategoryRule{});
}

TEST_CASE("threshold overrides replace the model's cutoffs", "[policy]") {
  const Policy p = Policy::from_json(
      R"({"categories": {"hate": {"thresholds": {"low": 0.1, "medium": 0.2, "high": 0.3}},
                         "jailbreak": {"thresholds": {"detected": 0.9}}}})");
  CHECK(p.thresholds(Category::hate) == SeverityThresholds{0.1f, 0.2f, 0.3f});
  CHECK_FALSE(p.thresholds(Category::sexual));
  CHECK(p.apply(only(Category::hate, 0.25f), Direction::prompt, "")[Category::hate].severity ==
        Severity::medium);
  CHECK_FALSE(p.apply(only(Category::jailbreak, 0.8f), Direction::prompt, "").jailbreak_detected);
  CHECK(p.apply(only(Category::jailbreak, 0.9f), Direction::prompt, "").jailbreak_detected);
  // Categories without an override follow the defaults the caller (the Monitor) passes.
  ThresholdSet model = builtin_thresholds();
  model[static_cast<std::size_t>(Category::sexual)] = {0.2f, 0.3f, 0.4f};
  model[static_cast<std::size_t>(Category::hate)] = {0.6f, 0.7f, 0.8f};
  CHECK(p.apply(only(Category::sexual, 0.35f), Direction::prompt, "", model)[Category::sexual]
            .severity == Severity::medium);
  CHECK(
      p.apply(only(Category::hate, 0.25f), Direction::prompt, "", model)[Category::hate].severity ==
      Severity::medium);
  CHECK(p.effective_thresholds(Category::sexual, model) == SeverityThresholds{0.2f, 0.3f, 0.4f});
  // C++ setter validation.
  Policy q;
  CHECK_THROWS_AS(q.set_thresholds(Category::hate, {0.5f, 0.4f, 0.9f}), std::invalid_argument);
  CHECK_THROWS_AS(q.set_thresholds(Category::hate, {0.0f, 0.4f, 0.9f}), std::invalid_argument);
  CHECK_THROWS_AS(q.set_thresholds(Category::jailbreak, {0.4f, 0.5f, 0.5f}), std::invalid_argument);
  q.set_thresholds(Category::jailbreak, {0.6f, 0.6f, 0.6f});
  CHECK(q.thresholds(Category::jailbreak)->high == 0.6f);
  q.clear_thresholds(Category::jailbreak);
  CHECK(q == Policy());
}

TEST_CASE("scores are clamped and NaN counts as zero", "[policy]") {
  const Policy p;
  auto s = only(Category::hate, 1.5f);  // clamped
  s[static_cast<std::size_t>(Category::violence)] = std::numeric_limits<float>::quiet_NaN();
  s[static_cast<std::size_t>(Category::sexual)] = -3.0f;
  const Verdict v = p.apply(s, Direction::prompt, "");
  CHECK(v[Category::hate].score == 1.0f);
  CHECK(v[Category::violence].score == 0.0f);
  CHECK(v[Category::sexual].score == 0.0f);
}

TEST_CASE("to_json round-trips every setting", "[policy]") {
  Policy p;
  p.set_rule(Category::hate, Direction::completion, {Level::medium, Level::high});
  p.set_rule(Category::jailbreak, Direction::completion, {Level::off, Level::high});
  p.set_thresholds(Category::self_harm, {0.1f, 0.3f, 0.7f});
  p.add_blocklist(
      {"brands", {"acme"}, {"acme corp"}, {"(?i)acme-\\d+"}, Action::annotate, true, false});
  const Policy q = Policy::from_json(p.to_json());
  CHECK(q == p);
  CHECK(q.to_json() == p.to_json());
  CHECK(q.rule(Category::jailbreak, Direction::completion).block_at == Level::low);
  CHECK(Policy::from_json("{}") == Policy());
  CHECK(Policy::from_json(Policy().to_json()) == Policy());
}

TEST_CASE("config errors name the key path and the problem", "[policy][errors]") {
  struct Case {
    const char* doc;
    status code;
    const char* message;
  };
  const Case cases[] = {
      {"{", status::format, "policy: invalid JSON"},
      {"[]", status::format, "(document): expected an object, got an array"},
      {R"({"version": 2})", status::format, "version: expected 1, got 2"},
      {R"({"colours": {}})", status::format, "colours: unknown key"},
      {R"({"categories": []})", status::format, "categories: expected an object, got an array"},
      {R"({"categories": {"spam": {}}})", status::format, "categories.spam: unknown category"},
      {R"({"categories": {"hate": 3}})", status::format,
       "categories.hate: expected an object, got a number"},
      {R"({"categories": {"hate": {"prompt": {"block_at": "severe"}}}})", status::format,
       "categories.hate.prompt.block_at: expected one of \"low\", \"medium\", \"high\", \"off\", "
       "got \"severe\""},
      {R"({"categories": {"hate": {"prompt": {"blok_at": "low"}}}})", status::format,
       "categories.hate.prompt.blok_at: unknown key (expected one of: annotate_at, block_at)"},
      {R"({"categories": {"hate": {"annotate_at": 1}}})", status::format,
       "categories.hate.annotate_at: expected one of \"low\", \"medium\", \"high\", \"off\", got "
       "a number"},
      {R"({"categories": {"jailbreak": {"prompt": {"block_at": "high"}}}})", status::format,
       "categories.jailbreak.prompt.block_at: expected \"detected\" or \"off\", got \"high\""},
      {R"({"categories": {"hate": {"thresholds": {"low": 0, "medium": 0.5, "high": 0.6}}}})",
       status::format, "categories.hate.thresholds.low: expected a number in (0, 1], got 0"},
      {R"({"categories": {"hate": {"thresholds": {"low": 0.1, "medium": "x", "high": 1}}}})",
       status::format,
       "categories.hate.thresholds.medium: expected a number in (0, 1], got a string"},
      {R"({"categories": {"hate": {"thresholds": {"low": 0.1, "medium": 0.9, "high": 0.8}}}})",
       status::format,
       "categories.hate.thresholds: thresholds must satisfy low <= medium <= high, got low=0.1 "
       "medium=0.9 high=0.8"},
      {R"({"categories": {"hate": {"thresholds": {"high": 0.95}}}})", status::format,
       "categories.hate.thresholds.low: missing (an override gives low, medium and high)"},
      {R"({"categories": {"jailbreak": {"thresholds": {}}}})", status::format,
       "categories.jailbreak.thresholds.detected: missing"},
      {R"({"categories": {"hate": {"thresholds": {"detected": 0.9}}}})", status::format,
       "categories.hate.thresholds.detected: unknown key"},
      {R"({"categories": {"jailbreak": {"thresholds": {"low": 0.9}}}})", status::format,
       "categories.jailbreak.thresholds.low: unknown key"},
      {R"({"blocklists": {}})", status::format, "blocklists: expected an array"},
      {R"({"blocklists": [{"terms": ["x"]}]})", status::format, "blocklists[0].name: missing"},
      {R"({"blocklists": [{"name": "a"}]})", status::format,
       "blocklists[0]: blocklist has no terms, phrases or regexes"},
      {R"({"blocklists": [{"name": "a", "terms": ["x"]}, {"name": "a", "terms": ["y"]}]})",
       status::format, "blocklists[1].name: duplicate name \"a\""},
      {R"({"blocklists": [{"name": "a", "terms": ["two words"]}]})", status::format,
       "blocklists[0].terms[0]: a term is one word; put \"two words\" under phrases"},
      {R"({"blocklists": [{"name": "a", "terms": ["ok", 5]}]})", status::format,
       "blocklists[0].terms[1]: expected a string, got a number"},
      {R"({"blocklists": [{"name": "a", "phrases": ["  "]}]})", status::format,
       "blocklists[0].phrases[0]: empty phrase"},
      {R"({"blocklists": [{"name": "a", "regexes": ["(unclosed"]}]})", status::format,
       "blocklists[0].regexes[0]: invalid regex: missing )"},
      {R"({"blocklists": [{"name": "a", "regexes": ["x*"]}]})", status::format,
       "blocklists[0].regexes[0]: regex matches the empty string"},
      {R"({"blocklists": [{"name": "a", "regexes": ["\\pL{1000}"]}]})", status::limit,
       "blocklists[0].regexes[0]: regex too complex"},
      {R"({"blocklists": [{"name": "a", "terms": ["x"], "action": "allow"}]})", status::format,
       "blocklists[0].action: expected \"annotate\" or \"block\", got \"allow\""},
      {R"({"blocklists": [{"name": "a", "terms": ["x"], "directions": ["input"]}]})",
       status::format, "blocklists[0].directions[0]: expected \"prompt\" or \"completion\""},
      {R"({"blocklists": [{"name": "a", "terms": ["x"], "directions": []}]})", status::format,
       "blocklists[0].directions: must name at least one direction"},
      {R"({"blocklists": [{"name": "a", "terms": ["x"], "colour": 1}]})", status::format,
       "blocklists[0].colour: unknown key"},
  };
  for (const auto& c : cases) {
    INFO(c.doc);
    const auto [code, message] = config_error(c.doc);
    CHECK(code == c.code);
    CHECK_THAT(message, Catch::Matchers::Contains(c.message));
    CHECK_THAT(message, Catch::Matchers::StartsWith("policy: "));
  }
}

TEST_CASE("blocklist size limits", "[policy][errors]") {
  std::string many = R"({"blocklists": [{"name": "big", "terms": [)";
  for (std::size_t i = 0; i <= BlocklistLimits::kMaxEntriesPerList; ++i) {
    many += (i ? ",\"w" : "\"w") + std::to_string(i) + "\"";
  }
  many += "]}]}";
  const auto [code, message] = config_error(many);
  CHECK(code == status::limit);
  CHECK_THAT(message, Catch::Matchers::Contains("blocklists[0]: blocklist has 10001 entries"));
  const auto [code2, message2] = config_error(R"({"blocklists": [{"name": "a", "terms": [")" +
                                              std::string(2000, 'x') + "\"]}]}");
  CHECK(code2 == status::limit);
  CHECK_THAT(message2, Catch::Matchers::Contains("blocklists[0].terms[0]: entry is 2000 bytes"));
}

TEST_CASE("from_file reports missing files and prefixes the path", "[policy][errors]") {
  try {
    (void)Policy::from_file("/nonexistent/policy.json");
    FAIL("no exception");
  } catch (const error& e) {
    CHECK(e.code() == status::not_found);
    CHECK_THAT(std::string(e.what()), Catch::Matchers::Contains("/nonexistent/policy.json"));
  }
}

TEST_CASE("terms and phrases: case-insensitive whole words", "[policy][blocklist]") {
  Policy p;
  p.add_blocklist({"words",
                   {"ass", "Widget", "c++", "École"},
                   {"credit card", "credit card number"},
                   {},
                   Action::block,
                   true,
                   true});
  auto m = p.match_blocklists("Classic widgets: a WIDGET, credit\n\tcard number and ASS.",
                              Direction::prompt);
  REQUIRE(m.size() == 3);
  CHECK(m[0].pattern == "Widget");
  CHECK(m[0].kind == MatchKind::term);
  CHECK(m[0].start == 19);
  CHECK(m[0].end == 25);
  CHECK(m[1].pattern == "credit card number");  // longest entry wins at one position
  CHECK(m[1].kind == MatchKind::phrase);
  CHECK(m[2].pattern == "ass");
  CHECK(m[2].blocklist == "words");
  // Unicode case folding and non-ASCII word borders.
  auto u = p.match_blocklists("L'ÉCOLE, écoles, éécole, école", Direction::prompt);
  REQUIRE(u.size() == 2);
  CHECK(u[0].start == 2);
  CHECK(std::string_view("L'ÉCOLE, écoles, éécole, école").substr(u[1].start) == "école");
  // Terms ending in punctuation; adjacent repeats; start and end of text.
  auto c = p.match_blocklists("c++ c++, ass ass", Direction::prompt);
  CHECK(c.size() == 4);
  CHECK(p.match_blocklists("classic c++x assassin _ass", Direction::prompt).empty());
}

TEST_CASE("regex blocklists, directions and actions", "[policy][blocklist]") {
  Policy p;
  p.add_blocklist({"ids",
                   {},
                   {},
                   {"\\b[0-9]{3}-[0-9]{2}-[0-9]{4}\\b", "(?i)secret\\w*"},
                   Action::annotate,
                   false,
                   true});
  p.add_blocklist({"slurs", {"zorp"}, {}, {}, Action::block, true, true});
  const std::string text = "my ssn is 123-45-6789, SECRETS and zorp";
  CHECK(p.match_blocklists(text, Direction::prompt).size() == 1);
  auto m = p.match_blocklists(text, Direction::completion);
  REQUIRE(m.size() == 3);
  CHECK(m[0].kind == MatchKind::regex);
  CHECK(text.substr(m[0].start, m[0].end - m[0].start) == "123-45-6789");
  CHECK(text.substr(m[1].start, m[1].end - m[1].start) == "SECRETS");
  CHECK(m[1].action == Action::annotate);
  CHECK(m[2].pattern == "zorp");

  const std::array<float, kCategoryCount> zero{};
  const Verdict annotate_only = p.apply(zero, Direction::completion, "SECRET");
  CHECK(annotate_only.action == Action::annotate);
  CHECK(annotate_only.blocklist_matches.size() == 1);
  CHECK(p.apply(zero, Direction::prompt, "SECRET").action == Action::allow);
  CHECK(p.apply(zero, Direction::prompt, "zorp!").action == Action::block);
  CHECK(p.apply(zero, Direction::prompt, "zorp!").flagged());
}

TEST_CASE("add_blocklist misuse", "[policy][blocklist][errors]") {
  Policy p;
  CHECK_THROWS_AS(p.add_blocklist({"", {"x"}, {}, {}, Action::block, true, true}),
                  std::invalid_argument);
  CHECK_THROWS_AS(p.add_blocklist({"a", {"x"}, {}, {}, Action::allow, true, true}),
                  std::invalid_argument);
  p.add_blocklist({"a", {"x"}, {}, {}, Action::block, true, true});
  CHECK_THROWS_AS(p.add_blocklist({"a", {"y"}, {}, {}, Action::block, true, true}),
                  std::invalid_argument);
  CHECK_THROWS_AS(p.add_blocklist({"b", {}, {}, {"[z"}, Action::block, true, true}), error);
  CHECK(p.blocklists().size() == 1);  // a failed add leaves the policy unchanged
  // Copies share compiled lists and stay independent as values.
  Policy q = p;
  q.add_blocklist({"c", {"y"}, {}, {}, Action::block, true, true});
  CHECK(p.blocklists().size() == 1);
  CHECK(q.match_blocklists("x y", Direction::prompt).size() == 2);
}

TEST_CASE("the example in docs/POLICY.md is a valid policy", "[policy][docs]") {
  const std::string path = std::string(ABUSEMON_TEST_DATA_DIR) + "/../../docs/POLICY.md";
  std::ifstream f(path);
  REQUIRE(f.good());
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string md = ss.str();
  const std::size_t begin = md.find("```json\n");
  REQUIRE(begin != std::string::npos);
  const std::size_t end = md.find("```", begin + 8);
  const Policy p = Policy::from_json(md.substr(begin + 8, end - begin - 8));
  CHECK(p.rule(Category::hate, Direction::prompt).block_at == Level::low);
  CHECK(p.rule(Category::violence, Direction::completion) ==
        CategoryRule{Level::off, Level::medium});
  CHECK(p.blocklists().size() == 2);
  CHECK(p.match_blocklists("key AKIAABCDEFGHIJKLMNOP here", Direction::completion).size() == 1);
}

TEST_CASE("large word lists and mixed entries", "[policy][blocklist]") {
  BlocklistSpec big{"big", {}, {}, {}, Action::block, true, true};
  for (int i = 0; i < 9000; ++i) big.terms.push_back("zq" + std::to_string(i) + "x");
  for (int i = 0; i < 900; ++i) big.phrases.push_back("alpha " + std::to_string(i) + " omega");
  big.terms.push_back("e-mail");  // not only word characters: the RE2 path
  Policy p;
  p.add_blocklist(big);
  const std::string text = "ZQ17X and zq8999x, Alpha  12\tOMEGA; alpha, 13 omega; E-MAIL zq9000x";
  const auto m = p.match_blocklists(text, Direction::prompt);
  REQUIRE(m.size() == 4);
  CHECK(m[0].pattern == "zq17x");
  CHECK(m[1].pattern == "zq8999x");
  CHECK(m[2].pattern == "alpha 12 omega");
  CHECK(m[2].kind == MatchKind::phrase);
  CHECK(text.substr(m[2].start, m[2].end - m[2].start) == "Alpha  12\tOMEGA");
  CHECK(m[3].pattern == "e-mail");
  CHECK(text.substr(m[3].start, m[3].end - m[3].start) == "E-MAIL");
}
