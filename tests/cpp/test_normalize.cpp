// Adversarial-text normaliser: each step, what it must leave alone, options, invalid UTF-8,
// threads, and its use by the model (tests/data/engine/tiny-bert.gguf).
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "abusemon/model.hpp"
#include "abusemon/normalize.hpp"
#include "catch.hpp"

using abusemon::normalize_text;
using abusemon::NormalizeOptions;

namespace {

class SetLexicon final : public abusemon::Lexicon {
 public:
  explicit SetLexicon(std::set<std::string, std::less<>> w) : words_(std::move(w)) {}
  bool contains(std::string_view w) const noexcept override { return words_.count(w) != 0; }

 private:
  std::set<std::string, std::less<>> words_;
};

const SetLexicon& english() {
  static const SetLexicon lex({"hate", "kill", "hell", "idiot", "sex", "ass", "no", "good", "hi",
                               "die", "stupid", "loser", "shit", "you", "are"});
  return lex;
}

std::string norm(std::string_view s) {
  return normalize_text(s);
}
std::string norm_lex(std::string_view s) {
  return normalize_text(s, {}, &english());
}

NormalizeOptions only(bool NormalizeOptions::*step) {
  NormalizeOptions o = NormalizeOptions::none();
  o.*step = true;
  return o;
}

std::string model_path() {
  return std::string(ABUSEMON_TEST_DATA_DIR) + "/engine/tiny-bert.gguf";
}

}  // namespace

TEST_CASE("normalize: clean text is unchanged", "[normalize]") {
  for (std::string s : {
           "The quick brown fox jumps over the lazy dog.",
           "I'll kill this process with kill -9 1234 and restart it at 10am.",
           "Call 4 people by 2024, pay $5, learn C++ and C#, v1.2.3, mp3, 1st, 2nd, covid19",
           "Meet at 3pm; e.g. i.e. U.S. a.m.",
           "Zzz... www.example.com, mail me at a@b.com. XXX III VIII Brr",
           "Héllo naïve café — über straße, Ελληνικά, Русский язык, 東京, 한국어, हिन्दी 😀",
           "Привет, как дела? Это кот и пёс.",
           // The multilingual model's languages keep every letter (Polish, Dutch diaeresis).
           "Zażółć gęślą jaźń, źdźbło, Łódź i Gdańsk. ZAŻÓŁĆ GĘŚLĄ JAŹŃ",
           "Één coördinator, zeeën en ruïnes; Ça va, Œuvre, straße, ñandú, São Paulo",
           "Η γάτα και ο σκύλος είναι φίλοι.",
           "tabs\tand\nnewlines\r\n",
           "",
           "a",
           "well, a b and c",
       }) {
    CHECK(norm(s) == s);
    CHECK(norm_lex(s) == s);
  }
}

TEST_CASE("normalize: NFKC folds fullwidth, math alphanumerics and ligatures", "[normalize]") {
  CHECK(norm("ｋｉｌｌ ｙｏｕ") == "kill you");
  CHECK(norm("\U0001D421\U0001D41A\U0001D42D\U0001D41E") == "hate");  // mathematical bold
  CHECK(norm("\U0001D4F1\U0001D4EA\U0001D4FD\U0001D4EE") == "hate");  // bold script
  CHECK(norm("ﬁght") == "fight");
  CHECK(norm("\u0132sselmeer") == "IJsselmeer");  // Dutch IJ ligature
  CHECK(norm("ⓚⓘⓛⓛ") == "kill");
  // NFKC keeps composed accents composed and composes decomposed ones.
  CHECK(norm("cafe\u0301") == "caf\u00e9");
  CHECK(normalize_text("ｋｉｌｌ", only(&NormalizeOptions::strip_invisible)) == "ｋｉｌｌ");
}

TEST_CASE("normalize: invisible and control characters are removed", "[normalize]") {
  CHECK(norm("ki\u200Bll") == "kill");
  CHECK(norm("k\u200Ci\u200Dl\u2060l\uFEFF") == "kill");
  CHECK(norm("\u202Ekill\u202C \u2066you\u2069") == "kill you");
  CHECK(norm("ha\u00ADte") == "hate");      // soft hyphen
  CHECK(norm("h\U000E0041ate") == "hate");  // tag character
  CHECK(norm("ki\u034Fll") == "kill");      // combining grapheme joiner
  CHECK(norm(std::string("ki\x01ll\x7f", 6)) == "kill");
  CHECK(norm("ab\vcd\fef") == "ab cd ef");
  CHECK(norm("keep\ttabs\nand\r\nlines") == "keep\ttabs\nand\r\nlines");
  CHECK(normalize_text("ki\u200Bll", NormalizeOptions::none()) == "ki\u200Bll");
}

TEST_CASE("normalize: combining marks on Latin letters are stripped", "[normalize]") {
  CHECK(norm("k\u0336i\u0336l\u0336l\u0336") == "kill");              // strike-through
  CHECK(norm("h\u0334\u0335a\u0337\u0489te\u035C\u0362") == "hate");  // zalgo
  CHECK(norm("1\uFE0F\u20E3") == "1");                                // keycap
  // Marks on other scripts stay (Russian stress mark, Devanagari vowel signs).
  CHECK(norm("моло\u0301ко") == "моло\u0301ко");
  CHECK(norm("हिन्दी") == "हिन्दी");
  CHECK(normalize_text("k\u0336ill", only(&NormalizeOptions::nfkc)) == "k\u0336ill");
}

TEST_CASE("normalize: look-alike letters fold to Latin only in Latin context", "[normalize]") {
  // Cyrillic а, е, о, р, с, х, у, і, ѕ, һ, Greek κ, ο, ν inside Latin words.
  CHECK(norm("\u04BB\u0430t\u0435") == "hate");
  CHECK(norm("i \u04BB\u0430t\u0435 y\u043Eu") == "i hate you");
  CHECK(norm("\u03BAill") == "kill");
  CHECK(norm("\u0455\u0435x") == "sex");
  // A word of look-alikes only folds in Latin text when the lexicon knows the folded word.
  CHECK(norm("you \u0430\u0455\u0455") == "you \u0430\u0455\u0455");
  CHECK(norm_lex("you \u0430\u0455\u0455!") == "you ass!");
  CHECK(norm_lex("\u0430\u0455\u0455") == "\u0430\u0455\u0455");  // no Latin text around
  CHECK(norm("K\u0406LL") == "KILL");
  // Latin small capitals, IPA and enclosed letters always fold.
  CHECK(norm("\u029C\u1D00\u1D1B\u1D07") == "hate");
  CHECK(norm("\U0001F177\U0001F170\U0001F183\U0001F174") == "HATE");
  CHECK(norm("k\u0131ll") == "kill");
  // Genuine Cyrillic/Greek words are untouched, also next to Latin text.
  CHECK(norm("Москва is big") == "Москва is big");
  CHECK(norm("мать") == "мать");
  CHECK(norm("και το") == "και το");
  CHECK(norm("Я сказал: сор, not cop") == "Я сказал: сор, not cop");
  CHECK(normalize_text("\u04BB\u0430te", NormalizeOptions::none()) == "\u04BB\u0430te");
}

TEST_CASE("normalize: leetspeak folds inside words that mix letters and digits", "[normalize]") {
  CHECK(norm("h4te") == "hate");
  CHECK(norm("k1ll urs3lf") == "kill urself");
  CHECK(norm("sh!t") == "shit");
  CHECK(norm("b00bs") == "boobs");
  CHECK(norm("H4TE") == "HATE");
  CHECK(norm("\"h4te!\"") == "\"hate!\"");
  CHECK(norm("h4te-filled") == "hate-filled");
  // Edge characters and two-letter words need the lexicon.
  CHECK(norm("$ex") == "$ex");
  CHECK(norm_lex("$ex") == "sex");
  CHECK(norm_lex("@ss") == "ass");
  CHECK(norm_lex("1d10t") == "idiot");
  CHECK(norm_lex("he11") == "hell");
  CHECK(norm_lex("@john $HOME") == "@john $HOME");
  // Numbers, money, units, versions, code stay.
  for (std::string s : {"4 people", "2024", "$5", "C++", "1st", "10am", "covid19", "mp3", "python3",
                        "v1.2", "a@b.com", "100mg", "4th", "x86"})
    CHECK(norm_lex(s) == s);
}

TEST_CASE("normalize: spaced letters are joined", "[normalize]") {
  CHECK(norm("k i l l you") == "kill you");
  CHECK(norm("k.i.l.l") == "kill");
  CHECK(norm("k-i-l-l") == "kill");
  CHECK(norm("k*i*l*l") == "kill");
  CHECK(norm("K - I - L - L") == "KILL");
  CHECK(norm("i will k  i  l  l you") == "i will kill you");
  CHECK(norm("k 1 l l") == "kill");  // joined, then leetspeak
  CHECK(norm("U.S.A.") == "USA.");
  // Mixed separators, two letters, digits only and lists stay.
  CHECK(norm("k.i-l.l") == "k.i-l.l");
  CHECK(norm("e.g.") == "e.g.");
  CHECK(norm("1 2 3 4") == "1 2 3 4");
  CHECK(norm("a, b, c") == "a, b, c");
  CHECK(norm("return (a+b+c+d); x/y/z") == "return (a+b+c+d); x/y/z");  // code, paths
  CHECK(norm("Money-Wise|Smart Financial|Sound") == "Money-Wise|Smart Financial|Sound");
  CHECK(norm("x\ty\nz") == "x\ty\nz");
}

TEST_CASE("normalize: elongation is collapsed", "[normalize]") {
  CHECK(norm("kiiiiill") == "kill");
  CHECK(norm("gooood") == "good");
  CHECK(norm("KIIIILL") == "KILL");
  CHECK(norm("stuuuupid!!!") == "stupid!!!");
  CHECK(norm_lex("hateeeee") == "hate");
  CHECK(norm_lex("nooooo") == "no");
  CHECK(norm("hateeeee") == "hatee");  // without a lexicon: e is kept doubled
  // Normal words, one-letter words and Roman numerals stay.
  for (std::string s : {"kill", "good", "zzz", "www", "XXX", "VIII", "xiii", "aaaa", "Hmm"})
    CHECK(norm_lex(s) == s);
  CHECK(norm("Hmmmm") == "Hmm");
}

TEST_CASE("normalize: steps combine and each can be turned off", "[normalize]") {
  const std::string attack = "i w1ll k\u200B i l l y\u043Eu, \u04BB\u0430\u0430\u0430te";
  CHECK(norm(attack) == "i will kill you, hate");
  CHECK(norm_lex("\u04BB\u0430\u0430\u0430t\u0435") == "hate");
  CHECK(normalize_text(attack, NormalizeOptions::none()) == attack);
  NormalizeOptions o;
  o.fold_leetspeak = false;
  CHECK(normalize_text("h4te k.i.l.l", o) == "h4te kill");
  o = {};
  o.join_spaced = false;
  CHECK(normalize_text("h4te k.i.l.l", o) == "hate k.i.l.l");
  o = {};
  o.collapse_elongation = false;
  CHECK(normalize_text("kiiiill", o) == "kiiiill");
  o = {};
  o.fold_confusables = false;
  CHECK(normalize_text("\u04BB\u0430te", o) == "\u04BB\u0430te");
  CHECK(NormalizeOptions::none() != NormalizeOptions{});
}

TEST_CASE("normalize: invalid UTF-8 becomes U+FFFD as in the tokenizer", "[normalize]") {
  CHECK(norm(std::string("ki\xffll")) == "ki\uFFFDll");
  CHECK(norm(std::string("\xe2\x82")) == "\uFFFD");
  CHECK(normalize_text(std::string("a\xc0\xafz"), NormalizeOptions::none()) == "a\uFFFD\uFFFDz");
  CHECK(norm(std::string("\xed\xa0\x80")) == "\uFFFD\uFFFD\uFFFD");  // surrogate
  CHECK(norm(std::string("a\0b", 3)) == "ab");                       // NUL is a control character
  // Arbitrary bytes never crash and always give valid UTF-8.
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));
  std::string out = norm(bytes + bytes);
  std::string repaired;
  CHECK(abusemon::sanitize_utf8(out, repaired));
}

TEST_CASE("normalize: is thread-safe", "[normalize][concurrency]") {
  const std::vector<std::string> in = {"h4te", "k i l l", "\u04BB\u0430te", "kiiiill", "clean"};
  const std::vector<std::string> want = {"hate", "kill", "hate", "kill", "clean"};
  std::vector<std::thread> threads;
  std::vector<int> bad(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int rep = 0; rep < 500; ++rep)
        for (std::size_t i = 0; i < in.size(); ++i)
          if (normalize_text(in[i], {}, &english()) != want[i]) ++bad[t];
    });
  }
  for (auto& th : threads) th.join();
  for (int b : bad) CHECK(b == 0);
}

TEST_CASE("normalize: the model applies it before tokenisation by default", "[normalize]") {
  auto m = abusemon::Model::load(model_path());
  CHECK(m->info().normalize);
  CHECK(m->info().to_json().find("\"normalize\":true") != std::string::npos);
  // The vocabulary is the lexicon: whole words only.
  CHECK(m->lexicon().contains("idiot"));
  CHECK(m->lexicon().contains("hate"));
  CHECK_FALSE(m->lexicon().contains("s"));
  CHECK(m->normalize("1d10t") == "idiot");
  CHECK(m->normalize("you are an 1d10t") == "you are an idiot");

  const std::vector<std::string_view> clean = {"you are an idiot", "i hate you"};
  const std::vector<std::string_view> attack = {"y\u043Eu are an 1d10t", "i h4aaate y o u"};
  const std::size_t k = m->output_count();
  std::vector<float> a(2 * k), b(2 * k), raw(2 * k);
  m->score(clean, a);
  m->score(attack, b);
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i] == b[i]);
  abusemon::ScoreOptions off;
  off.normalize = abusemon::Normalization::off;
  m->score(attack, raw, off);
  CHECK(raw != a);
  // tokenize() is the raw tokenizer (PyTorch parity): the attack tokenises differently.
  CHECK(m->tokenize(attack[0]) != m->tokenize(clean[0]));

  // ModelOptions turns the default off; a call can turn it back on.
  abusemon::ModelOptions mo;
  mo.normalize = abusemon::Normalization::off;
  auto m2 = abusemon::Model::load(model_path(), mo);
  CHECK_FALSE(m2->info().normalize);
  std::vector<float> c(2 * k);
  m2->score(attack, c);
  CHECK(c == raw);
  abusemon::ScoreOptions on;
  on.normalize = abusemon::Normalization::on;
  m2->score(attack, c, on);
  CHECK(c == a);
  // The scorer the Monitor uses carries the choice too.
  abusemon::ModelScorer scorer(m2, on);
  scorer.score(attack, c);
  CHECK(c == a);
}
