// Monitor and StreamChecker.
#include "abusemon/monitor.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/language.hpp"
#include "text/utf8.hpp"

namespace abusemon {

// ---------------------------------------------------------------------------------------------
// Rule-based minor signal.

namespace {

// Only words and ages that name a minor outright. Ambiguous words ("minor", "teen", "baby",
// "young", "daughter") are left out on purpose: the model's minor_mentioned output covers
// context, this rule only backs it up where no reading is innocent of a minor.
constexpr const char* kEnglishMinorWords =
    "child|children|childs|kid|kids|kiddie|kiddies|underage|under-age|under\\s+age|"
    "preteen|preteens|pre-teen|pre-teens|prepubescent|pre-pubescent|toddler|toddlers|"
    "infant|infants|schoolgirl|schoolgirls|schoolboy|schoolboys|"
    "little\\s+girls?|little\\s+boys?|young\\s+teens?|jailbait|loli|lolicon|shota|shotacon|"
    "p[a]?edophil\\w*|elementary\\s+school\\w*|middle\\s+school\\w*|grade\\s+school\\w*|"
    "kindergarten\\w*|junior\\s+high|"
    "(?:[1-9]|1[0-7])\\s*-?\\s*(?:years?|yrs?)\\s*-?\\s*olds?|"
    "(?:[1-9]|1[0-7])\\s*(?:yo|y/o|y\\.o\\.)|"
    "aged?\\s+(?:[1-9]|1[0-7])|"
    "(?:1st|2nd|3rd|[4-8]th|first|second|third|fourth|fifth|sixth|seventh|eighth)\\s+grader?s?";

// The same rule for the languages the multilingual model reads (docs/MULTILINGUAL.md): French,
// German, Spanish, Italian, Portuguese, Dutch, Polish, plus Chinese, Vietnamese and Arabic words
// for a child. Words that are also English words are in kLookalikeMinorWords instead.
// It follows the training data's labelling rule (sources_multilingual._MINOR_RX), minus words
// that also name adults (German "Teenager", "Babys"; Chinese 少年/少女), so that
// "sexual + a French mention of a child" composes sexual_minors as it does in English. RE2's \b
// is ASCII-only and would not see a boundary before "é" or after "ñ", so words are delimited by
// any character that is not a letter or digit; RE2 has no look-behind, so "il y a 12 ans" (12
// years ago) is kept out by naming the subjects of "a N ans" instead.
constexpr const char* kOtherLanguagesMinorWords =
    "(?:^|[^\\pL\\pN])(?:"
    // French
    "enfants?|gosses?|fillettes?|garçonnets?|bambins?|bébés?|nourrissons?|"
    "adolescente?s?|préados?|collégiens?|collégiennes?|lycéens?|lycéennes?|écoliers?|"
    "écolières?|mineure?s?\\s+(?:d'âge|de\\s+moins\\s+de)|"
    "petites?\\s+filles?|petits?\\s+garçons?|(?:mon|ton|son|notre|votre|leur)\\s+fils|"
    "(?:ma|ta|sa)\\s+fille|"
    "(?:(?:il|elle|qui|on)\\s+a|j'ai|tu\\s+as|âgée?s?\\s+de)\\s+(?:[1-9]|1[0-7])\\s+ans|"
    "(?:filles?|garçons?|enfants?|gamine?s?|ados?|adolescente?s?|élèves?)\\s+de\\s+"
    "(?:[1-9]|1[0-7])\\s+ans|"
    // German
    "kindern|kindes|kleinkinder?|säuglinge?|minderjährige[rn]?|minderjährig|"
    "jugendliche[rn]?|schüler|schülerin(?:nen)?|schulkinder?|grundschüler(?:in)?|kleine[rsn]?\\s+"
    "(?:mädchen|junge|jungen)|"
    "mein(?:e|en|em)?\\s+(?:sohn|tochter|söhne|töchter)|"
    // "ein 12-Jähriger.", "eine 12-jährige Tochter", "sie ist 12 Jahre alt" (a person: before a
    // person noun, a punctuation mark, a pronoun, verb or "sex"); not "eine 3-jährige
    // Ausbildung" (a course) nor "vor 3 Jahren".
    "(?:[1-9]|1[0-7])[- ]?jährige[rnms]?\\s+(?:mädchen|jungen?|kind|kinder|kindern|tochter|"
    "töchter|sohn|söhne|schüler(?:in|innen)?|teenager|nichte|neffe|enkel(?:in)?)|"
    "(?:[1-9]|1[0-7])[- ]?jährige[rnms]?(?:\\s*[^\\pL\\pN\\s]|\\s*$|\\s+(?:die|der|das|den|dem|und|"
    "oder|ist|war|wird|wurde|hat|hatte|in|im|mit|auf|zu|sich|sie|er|ihr|ihre|ihn|sex|nackt))|"
    "(?:bin|bist|ist|sind|seid|war|waren|wird|werden|erst|gerade|noch)\\s+(?:[1-9]|1[0-7])"
    "\\s+jahre\\s+alt|"
    "(?:[1-9]|1[0-7])\\s+jahre\\s+alte[rnms]?\\s+(?:mädchen|jungen?|kind|tochter|sohn|"
    "schüler(?:in)?)|"
    "im\\s+alter\\s+von\\s+(?:[1-9]|1[0-7])\\s+jahren|"
    // Spanish
    "niños?|niñas?|nenes?|nenas?|adolescentes?|menor(?:es)?\\s+de\\s+edad|mis?\\s+(?:hijos?|"
    "hijas?)|"
    "(?:tiene|tenía|cumple|cumplió)\\s+(?:[1-9]|1[0-7])\\s+años|"
    "(?:niñ[oa]s?|chic[oa]s?|hij[oa]s?|menor(?:es)?)\\s+de\\s+(?:[1-9]|1[0-7])\\s+años|"
    // Italian
    "bambin[oaie]|ragazzin[oaie]|neonat[oaie]|minorenni|minorenne|adolescent[ei]|"
    "scolar[oaie]|"
    "mio\\s+figlio|mia\\s+figlia|i\\s+miei\\s+figli|le\\s+mie\\s+figlie|"
    "ha\\s+(?:[1-9]|1[0-7])\\s+anni|"
    "(?:bambin[oaie]|ragazz[a-z]*|figli[oa]|minorenne)\\s+di\\s+(?:[1-9]|1[0-7])\\s+anni|"
    // Portuguese
    "crianças?|menin[oa]s?|bebês?|menor(?:es)?\\s+de\\s+idade|"
    "meu\\s+filho|minha\\s+filha|meus\\s+filhos|minhas\\s+filhas|"
    "tem\\s+(?:[1-9]|1[0-7])\\s+anos|"
    "(?:menin[oa]s?|crianças?|filh[oa]s?|garot[oa]s?)\\s+de\\s+(?:[1-9]|1[0-7])\\s+anos|"
    // A paedophile, in each language (English's is in kEnglishMinorWords).
    "pédophil[a-zé]*|pädophil[a-zä]*|pedófil[a-z]*|pedofil[a-zęóął]*|"
    // Dutch ("kind" is an English word too)
    "kinderen|kindje|kindjes|kleuters?|peuters?|zuigelingen?|minderjarigen?|minderjarig|"
    "basisschoolleerlingen?|basisschoolkinderen|scholieren|scholier|schoolmeisjes?|"
    "schooljongens?|jongetjes?|kleine\\s+meisjes|klein\\s+meisje|"
    "(?:mijn|ons|onze|haar|zijn)\\s+(?:zoon(?:tje)?|dochter(?:tje)?|kinderen|kind)|"
    // "12-jarigen", "12-jarig meisje", "een 12-jarige." / "een 12-jarige die ..." (the noun: at a
    // punctuation mark or before a pronoun or verb); not "een 3-jarige opleiding" (a course).
    "(?:[1-9]|1[0-7])-?jarigen|(?:[1-9]|1[0-7])-?jarige?\\s+(?:meisjes?|jongens?|kind|kinderen|"
    "dochter|zoon|leerlingen?|scholieren?)|"
    "(?:[1-9]|1[0-7])-?jarige(?:\\s*[^\\pL\\pN\\s]|\\s*$|\\s+(?:die|dat|en|of|is|was|in|op|met|"
    "te|om|heeft|had|wordt|werd|zijn|haar|hem|hebben))|"
    "(?:[1-9]|1[0-7])\\s+jaar\\s+oud|"
    "(?:meisjes?|jongens?|kind|kinderen|dochter|zoon|leerlingen?)\\s+van\\s+(?:[1-9]|1[0-7])|"
    "pedofiel[a-ząćęłńóśźż]*|"
    // Polish
    "dziecko|dziecka|dziecku|dzieckiem|dzieci|dzieciom|dziećmi|dzieciach|dzieciak[a-ząćęłńóśźż]*|"
    "dziecięc[a-ząćęłńóśźż]*|dziewczyn(?:ka|ki|kę|ką|ce|ek|kom|kami)|chłopczyk[a-ząćęłńóśźż]*|"
    "niemowl[a-ząćęłńóśźż]*|"
    "dziewczynkach|córeczk[a-ząćęłńóśźż]*|synek|synka|synkiem|synkowi|"
    "nieletni[a-ząćęłńóśźż]*|małoletni[a-ząćęłńóśźż]*|uczennic[a-ząćęłńóśźż]*|uczeń|uczni[a-"
    "ząćęłńóśźż]*|podstawówk[a-ząćęłńóśźż]*|"
    // przedszkolanka (a kindergarten teacher) is an adult: only the place and its children.
    "przedszkol(?:e|a|u|em|ak|aka|aki|akiem|aków|akom|akami|akach)|"
    "(?:mój|mojego|mojemu|moim)\\s+syn[a-ząćęłńóśźż]*|(?:moja|mojej|moją)\\s+córk[a-ząćęłńóśźż]*|"
    "(?:moje|moich|moimi)\\s+dzieci|"
    // "ma 12 lat", "12-latka"; "12-letnia" only before a person ("10-letnie doświadczenie" is
    // experience, "2 letnie sukienki" summer dresses).
    "ma\\s+(?:[1-9]|1[0-7])\\s+lat[a]?|(?:[1-9]|1[0-7])-?lat(?:ka|ek|ki|kę|kiem|kami|kom)|"
    "(?:[1-9]|1[0-7])-letni[a-ząćęłńóśźż]*\\s+(?:dziewczyn[a-ząćęłńóśźż]*|chłop[a-ząćęłńóśźż]*|"
    "dzieck[a-ząćęłńóśźż]*|dzieci[a-ząćęłńóśźż]*|"
    "córk[a-ząćęłńóśźż]*|syn[a-ząćęłńóśźż]*|uczen[a-ząćęłńóśźż]*|uczni[a-ząćęłńóśźż]*)|"
    "w\\s+wieku\\s+(?:[1-9]|1[0-7])\\s+lat|"
    // Vietnamese
    "trẻ\\s+em|trẻ\\s+con|vị\\s+thành\\s+niên|con\\s+nít|bé\\s+gái|bé\\s+trai|"
    "học\\s+sinh\\s+tiểu\\s+học"
    ")(?:$|[^\\pL\\pN])"
    // Chinese and Arabic are written without spaces between words (Chinese) or with clitics
    // attached (Arabic): match the words anywhere.
    "|儿童|孩子|小孩|未成年|幼儿|婴儿|女童|男童|小学生|初中生|"
    "طفل|أطفال|طفلة|قاصر|قاصرين|قاصرات";

// Words for a child in another language that are also English words or common in English text
// ("what kind of", "a bimbo", "without further ado", "Kinder eggs", the gamine look): each counts
// only in a text the language detector assigns to one of its languages, never in "und" (short
// keyword text such as "bimbo porn" has no function words to tell).
struct LookalikeMinorWords {
  const char* words;
  std::array<std::string_view, 2> languages;  // "" = none
};
constexpr LookalikeMinorWords kLookalikeMinorWords[] = {
    {"kind|kinder", {"de", "nl"}},
    {"bimb[oaie]", {"it", ""}},
    {"gamine?s?|ados?", {"fr", ""}},
};

// Both rules in one pattern: minor_signal runs on every text whose sexual score it could
// raise, and one RE2 scan is cheaper than two.
const RE2& minor_regex() {
  // Two dozen languages' words in one automaton: more than RE2's default 8 MiB budget, which
  // would fall back to the slower NFA and log on every call.
  static const RE2 re(
      std::string("(?i)\\b(?:") + kEnglishMinorWords + ")\\b|" + kOtherLanguagesMinorWords, [] {
        RE2::Options o;
        o.set_max_mem(64 << 20);
        return o;
      }());
  return re;
}

// Every look-alike word in one scan that says which of them occur (index into
// kLookalikeMinorWords): the language is detected only for a text that has one.
const RE2::Set& lookalike_minor_set() {
  static const auto set = [] {
    RE2::Options o;
    o.set_case_sensitive(false);
    auto s = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
    for (const auto& w : kLookalikeMinorWords) {
      std::string why;
      if (s->Add(std::string("(?:^|[^\\pL\\pN])(?:") + w.words + ")(?:$|[^\\pL\\pN])", &why) < 0) {
        throw std::logic_error("minor_signal: bad look-alike pattern: " + why);
      }
    }
    if (!s->Compile()) throw std::logic_error("minor_signal: look-alike patterns do not compile");
    return s;
  }();
  return *set;
}

}  // namespace

float minor_signal(std::string_view text) {
  const re2::StringPiece sp(text.data(), text.size());
  if (RE2::PartialMatch(sp, minor_regex())) return 1.0f;
  std::vector<int> found;
  if (!lookalike_minor_set().Match(sp, &found)) return 0.0f;
  std::string_view language;
  try {
    language = detect_language(text).language;
  } catch (const error&) {
    return 0.0f;  // invalid UTF-8: no language to tell
  }
  for (const int i : found) {
    for (const std::string_view l : kLookalikeMinorWords[static_cast<std::size_t>(i)].languages) {
      if (!l.empty() && l == language) return 1.0f;
    }
  }
  return 0.0f;
}

// ---------------------------------------------------------------------------------------------
// Monitor.

Monitor::Monitor(std::shared_ptr<const Scorer> scorer, Policy policy, MonitorOptions options)
    : scorer_(std::move(scorer)), options_(std::move(options)) {
  if (!scorer_) throw std::invalid_argument("Monitor: scorer must not be null");
  if (options_.scorer_batch_size == 0) {
    throw std::invalid_argument("Monitor: scorer_batch_size must be >= 1");
  }
  column_.fill(-1);
  const auto& names = scorer_->output_names();
  bool any = false;
  for (std::size_t j = 0; j < names.size(); ++j) {
    if (auto c = parse_category(names[j])) {
      column_[static_cast<std::size_t>(*c)] = static_cast<int>(j);
      any = true;
    } else if (names[j] == "minor_mentioned") {
      minor_column_ = static_cast<int>(j);
    }
  }
  if (!any) {
    throw error(status::format,
                "Monitor: the scorer has none of the category outputs (hate, harassment, sexual, "
                "sexual_minors, violence, self_harm, jailbreak)");
  }
  thresholds_ = builtin_thresholds();
  for (Category c : kAllCategories) {
    const int col = column_[static_cast<std::size_t>(c)];
    if (col < 0) continue;
    const auto t = scorer_->severity_thresholds(static_cast<std::size_t>(col));
    if (!t) continue;
    const auto [lo, mid, hi] = *t;
    if (!(lo > 0.0f && lo <= mid && mid <= hi && hi <= 1.0f)) {
      throw error(status::format, "Monitor: the model's severity cutoffs for \"" +
                                      std::string(to_string(c)) +
                                      "\" must satisfy 0 < low <= medium <= high <= 1");
    }
    thresholds_[static_cast<std::size_t>(c)] = c == Category::jailbreak
                                                   ? SeverityThresholds{mid, mid, mid}
                                                   : SeverityThresholds{lo, mid, hi};
  }
  model_id_ = scorer_->model_id();
  model_version_ = scorer_->model_version();
  routed_ = dynamic_cast<const RoutedScorer*>(scorer_.get());
  if (routed_) {
    for (LanguageRoute r : {LanguageRoute::english, LanguageRoute::multilingual}) {
      const Scorer& m = routed_->scorer(r);
      route_model_[static_cast<std::size_t>(r)] = {m.model_id(), m.model_version()};
    }
    // Consensus verdicts were scored by both models: they name the pair.
    route_model_[static_cast<std::size_t>(LanguageRoute::consensus)] = {model_id_, model_version_};
  }
  policy_ = std::make_shared<const Policy>(std::move(policy));
  gate_ = options_.gate;
  image_model_ = options_.image_model;
}

Monitor::~Monitor() = default;

std::shared_ptr<const Policy> Monitor::current_policy() const {
  std::lock_guard<std::mutex> lock(policy_mutex_);
  return policy_;
}

Policy Monitor::policy() const {
  return *current_policy();
}

void Monitor::set_policy(Policy policy) {
  auto p = std::make_shared<const Policy>(std::move(policy));
  std::lock_guard<std::mutex> lock(policy_mutex_);
  policy_ = std::move(p);
}

void Monitor::set_gate(std::shared_ptr<const CustomerGate> gate) {
  std::lock_guard<std::mutex> lock(policy_mutex_);
  gate_ = std::move(gate);
}

std::shared_ptr<const CustomerGate> Monitor::gate() const {
  std::lock_guard<std::mutex> lock(policy_mutex_);
  return gate_;
}

void Monitor::validate_text(std::string_view text) const {
  if (options_.max_text_bytes != 0 && text.size() > options_.max_text_bytes) {
    throw error(status::limit, "text of " + std::to_string(text.size()) +
                                   " bytes exceeds max_text_bytes (" +
                                   std::to_string(options_.max_text_bytes) + ")");
  }
  const std::size_t valid = detail::utf8_valid_prefix(text);
  if (valid != text.size()) {
    throw error(status::format, "text is not valid UTF-8 (at byte " + std::to_string(valid) + ")");
  }
}

void Monitor::check_batch_size(std::size_t n) const {
  if (options_.max_batch_texts != 0 && n > options_.max_batch_texts) {
    throw error(status::limit, "batch of " + std::to_string(n) +
                                   " texts exceeds max_batch_texts (" +
                                   std::to_string(options_.max_batch_texts) + ")");
  }
}

std::vector<float> Monitor::scores(std::span<const std::string_view> texts) const {
  check_batch_size(texts.size());
  for (auto t : texts) validate_text(t);
  return score_validated(texts);
}

std::vector<float> Monitor::score_validated(std::span<const std::string_view> texts,
                                            std::vector<TextRoute>* routes) const {
  const std::size_t outputs = scorer_->output_names().size();
  std::vector<float> raw;
  std::vector<float> out(texts.size() * kCategoryCount, 0.0f);
  if (routes) routes->assign(routed_ ? texts.size() : 0, TextRoute{});
  const std::size_t chunk = options_.scorer_batch_size;
  for (std::size_t b = 0; b < texts.size(); b += chunk) {
    const std::size_t n = std::min(chunk, texts.size() - b);
    raw.assign(n * outputs, 0.0f);
    if (routes && routed_) {  // one language detection per text gives both route and scores
      routed_->score_routed(texts.subspan(b, n), raw, std::span<TextRoute>(*routes).subspan(b, n));
    } else {
      scorer_->score(texts.subspan(b, n), raw);
    }
    for (std::size_t i = 0; i < n; ++i) {
      const float* row = raw.data() + i * outputs;
      float* dst = out.data() + (b + i) * kCategoryCount;
      for (std::size_t c = 0; c < kCategoryCount; ++c) {
        dst[c] = column_[c] >= 0 ? row[column_[c]] : 0.0f;
      }
      const auto sm = static_cast<std::size_t>(Category::sexual_minors);
      const float p_sexual = dst[static_cast<std::size_t>(Category::sexual)];
      // Only compute the rule when it could raise the score.
      if (p_sexual > dst[sm]) {
        float minor = minor_column_ >= 0 ? row[minor_column_] : 0.0f;
        if (minor < p_sexual) minor = std::max(minor, minor_signal(texts[b + i]));
        dst[sm] = std::max(dst[sm], std::min(p_sexual, minor));
      }
    }
  }
  return out;
}

std::vector<Verdict> Monitor::check_batch(std::span<const std::string_view> texts, Direction d,
                                          std::span<const CheckContext> contexts) const {
  return check_batch_impl(texts, d, contexts, true);
}

Verdict Monitor::check(std::string_view text, Direction d, const CheckContext& ctx) const {
  return std::move(check_batch_impl(std::span<const std::string_view>(&text, 1), d,
                                    std::span<const CheckContext>(&ctx, 1), true)
                       .front());
}

std::vector<Verdict> Monitor::check_batch_impl(std::span<const std::string_view> texts, Direction d,
                                               std::span<const CheckContext> contexts,
                                               bool use_gate) const {
  const auto t0 = std::chrono::steady_clock::now();
  if (!contexts.empty() && contexts.size() != texts.size()) {
    throw std::invalid_argument("Monitor::check_batch: " + std::to_string(contexts.size()) +
                                " contexts for " + std::to_string(texts.size()) + " texts");
  }
  check_batch_size(texts.size());
  for (auto t : texts) validate_text(t);
  static const CheckContext kNoContext;
  auto ctx_of = [&](std::size_t i) -> const CheckContext& {
    return contexts.empty() ? kNoContext : contexts[i];
  };

  std::vector<Verdict> out(texts.size());
  std::vector<std::size_t> admitted;
  admitted.reserve(texts.size());
  // Held for the whole call: set_gate() may replace it meanwhile.
  const std::shared_ptr<const CustomerGate> gate_ref = use_gate ? gate() : nullptr;
  const CustomerGate* gate = gate_ref.get();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (gate) {
      if (auto reason = gate->admit(ctx_of(i), d)) {
        out[i].direction = d;
        out[i].action = Action::block;
        out[i].refusal = std::move(*reason);
        continue;
      }
    }
    admitted.push_back(i);
  }

  if (!admitted.empty()) {
    std::vector<std::string_view> to_score;
    to_score.reserve(admitted.size());
    for (auto i : admitted) to_score.push_back(texts[i]);
    std::vector<TextRoute> routes;
    const std::vector<float> s = score_validated(to_score, &routes);
    const auto policy = current_policy();
    for (std::size_t k = 0; k < admitted.size(); ++k) {
      const std::size_t i = admitted[k];
      out[i] = policy->apply(
          std::span<const float, kCategoryCount>(s.data() + k * kCategoryCount, kCategoryCount), d,
          texts[i], thresholds_);
      if (routed_) set_route(out[i], routes[k]);
    }
  }

  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  for (auto& v : out) {
    if (!v.route) {
      v.model_id = model_id_;
      v.model_version = model_version_;
    }
    v.elapsed_ms = ms;
  }
  if (gate) {
    for (auto i : admitted) gate->record(ctx_of(i), out[i]);
  }
  return out;
}

void Monitor::set_route(Verdict& v, const TextRoute& r) const {
  const auto& model = route_model_[static_cast<std::size_t>(r.route)];
  v.route = r.route;
  v.language = std::string(r.language);
  v.model_id = model[0];
  v.model_version = model[1];
}

void Monitor::set_image_model(std::shared_ptr<const ImageModel> model) {
  std::lock_guard<std::mutex> lock(policy_mutex_);
  image_model_ = std::move(model);
}

std::shared_ptr<const ImageModel> Monitor::image_model() const {
  std::lock_guard<std::mutex> lock(policy_mutex_);
  return image_model_;
}

Verdict Monitor::check_content(std::span<const ContentPart> parts, Direction d,
                               const CheckContext& ctx) const {
  const auto t0 = std::chrono::steady_clock::now();
  if (parts.empty()) throw std::invalid_argument("Monitor::check_content: no parts");
  if (options_.max_parts != 0 && parts.size() > options_.max_parts) {
    throw error(status::limit, "content of " + std::to_string(parts.size()) +
                                   " parts exceeds max_parts (" +
                                   std::to_string(options_.max_parts) + ")");
  }
  // Validate everything before the gate sees the call (bad input loses nothing).
  const auto images = image_model();
  std::vector<std::string_view> texts;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].kind == PartKind::text) {
      validate_text(parts[i].text);
      texts.push_back(parts[i].text);
    } else if (!images) {
      throw error(status::state,
                  "part " + std::to_string(i) + " is an image but the Monitor has no image model");
    } else if (!parts[i].pixels && parts[i].image.empty()) {
      throw error(status::format, "part " + std::to_string(i) + " is an empty image");
    }
  }
  std::vector<RgbImage> decoded(parts.size());
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].kind != PartKind::image || parts[i].pixels) continue;
    try {
      decoded[i] = decode_image(parts[i].image, options_.image_limits);
    } catch (const error& e) {
      throw error(e.code(), "part " + std::to_string(i) + ": " + e.what());
    }
  }
  const std::shared_ptr<const CustomerGate> gate_ref = gate();
  Verdict out;
  out.direction = d;
  if (gate_ref) {
    if (auto reason = gate_ref->admit(ctx, d)) {
      out.action = Action::block;
      out.refusal = std::move(*reason);
      out.model_id = model_id_;
      out.model_version = model_version_;
      return out;
    }
  }
  const auto policy = current_policy();
  std::vector<Verdict> per_part(parts.size());
  float minor = 0.0f;
  if (!texts.empty()) {
    std::vector<Verdict> tv = check_batch_impl(texts, d, {}, false);
    for (std::size_t i = 0, k = 0; i < parts.size(); ++i)
      if (parts[i].kind == PartKind::text) {
        minor = std::max(minor, minor_signal(parts[i].text));
        per_part[i] = std::move(tv[k++]);
      }
  }
  const auto& names = images ? images->outputs() : std::vector<std::string>{};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].kind != PartKind::image) continue;
    const std::vector<float> p = images->classify(parts[i].pixels ? *parts[i].pixels : decoded[i]);
    std::array<float, kCategoryCount> s{};
    for (std::size_t j = 0; j < names.size() && j < p.size(); ++j) {
      if (names[j] == "sexual") s[static_cast<std::size_t>(Category::sexual)] = p[j];
      if (names[j] == "graphic" || names[j] == "violence")
        s[static_cast<std::size_t>(Category::violence)] = p[j];
    }
    const auto sm = static_cast<std::size_t>(Category::sexual_minors);
    s[sm] = std::min(s[static_cast<std::size_t>(Category::sexual)], minor);
    per_part[i] = policy->apply(std::span<const float, kCategoryCount>(s), d, std::string_view{},
                                builtin_thresholds());
  }
  // Merge: per category the most severe part (then the highest score).
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const Verdict& v = per_part[i];
    PartResult pr;
    pr.index = i;
    pr.kind = parts[i].kind;
    pr.action = v.action;
    pr.language = v.language;
    pr.route = v.route;
    for (Category c : kAllCategories) {
      const auto ci = static_cast<std::size_t>(c);
      pr.scores[ci] = v.categories[ci].score;
      const CategoryResult& a = out.categories[ci];
      const CategoryResult& b = v.categories[ci];
      if (i == 0 || b.severity > a.severity || (b.severity == a.severity && b.score > a.score))
        out.categories[ci] = b;
    }
    out.jailbreak_detected = out.jailbreak_detected || v.jailbreak_detected;
    out.jailbreak_filtered = out.jailbreak_filtered || v.jailbreak_filtered;
    out.action = std::max(out.action, v.action);
    out.blocklist_matches.insert(out.blocklist_matches.end(), v.blocklist_matches.begin(),
                                 v.blocklist_matches.end());
    out.parts.push_back(pr);
  }
  out.model_id = model_id_;
  out.model_version = model_version_;
  // The text parts' route (docs/MULTILINGUAL.md, "What a verdict records"): their common route
  // and its model, their common language or "mul"; when the routes differ, no route and the
  // Monitor's ids (both models scored).
  std::optional<LanguageRoute> route;
  bool one_route = true, one_language = true;
  for (const PartResult& p : out.parts) {
    if (!p.route) continue;
    if (!route) {
      route = p.route;
      out.language = p.language;
    }
    one_route = one_route && p.route == route;
    one_language = one_language && p.language == out.language;
  }
  if (route) {
    if (!one_language || !one_route) out.language = "mul";
    if (one_route) set_route(out, TextRoute{*route, out.language});
  }
  out.elapsed_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (gate_ref) gate_ref->record(ctx, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// StreamChecker.

namespace {

// Length of a UTF-8 sequence from its lead byte (0 for a byte that cannot lead).
std::size_t utf8_sequence_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 0;
}

// Valid prefix of `s` starting at `from` (a boundary); a trailing incomplete character is
// allowed when `allow_partial_tail`. Throws error(status::format) otherwise.
std::size_t validated_end(std::string_view s, std::size_t from, bool allow_partial_tail) {
  const std::size_t v = from + detail::utf8_valid_prefix(s.substr(from));
  if (v == s.size()) return v;
  const std::size_t need = utf8_sequence_length(static_cast<unsigned char>(s[v]));
  const std::size_t have = s.size() - v;
  bool partial = allow_partial_tail && need > have;
  for (std::size_t k = 1; partial && k < have; ++k) {
    partial = (static_cast<unsigned char>(s[v + k]) & 0xC0u) == 0x80u;
  }
  if (!partial) {
    throw error(status::format,
                "stream text is not valid UTF-8 (at byte " + std::to_string(v) + ")");
  }
  return v;
}

}  // namespace

StreamChecker::StreamChecker(const Monitor& monitor, StreamOptions options)
    : monitor_(&monitor), options_(std::move(options)) {
  if (options_.window != 0 && options_.window < options_.check_every) {
    throw std::invalid_argument("StreamChecker: window (" + std::to_string(options_.window) +
                                ") must be 0 or >= check_every (" +
                                std::to_string(options_.check_every) + ")");
  }
  next_check_at_ = options_.check_every;
}

std::vector<Verdict> StreamChecker::feed(std::string_view chunk) {
  if (finished_) throw error(status::state, "StreamChecker::feed after finish");
  const std::size_t limit = monitor_->options().max_text_bytes;
  if (limit != 0 && text_.size() + chunk.size() > limit) {
    throw error(status::limit, "stream exceeds max_text_bytes (" + std::to_string(limit) + ")");
  }
  text_.append(chunk);
  try {
    complete_ = validated_end(text_, complete_, true);
  } catch (...) {
    text_.resize(text_.size() - chunk.size());  // leave the stream as it was
    throw;
  }
  const std::size_t complete = complete_;
  if (options_.check_every == 0) return {};

  struct Window {
    std::size_t start, end;
  };
  std::vector<Window> windows;
  while (next_check_at_ <= complete) {
    const std::size_t end = detail::utf8_floor(text_, next_check_at_);
    std::size_t start = 0;
    if (options_.window != 0 && end > options_.window) {
      start = detail::utf8_floor(text_, end - options_.window);
    }
    // Never leave a gap after the previous window (flooring to character boundaries could).
    start = std::min(start, covered_);
    covered_ = end;
    windows.push_back({start, end});
    next_check_at_ += options_.check_every;
  }
  if (windows.empty()) return {};

  std::vector<std::string_view> texts;
  texts.reserve(windows.size());
  const std::string_view all(text_);
  for (const auto& w : windows) texts.push_back(all.substr(w.start, w.end - w.start));
  std::vector<Verdict> out = monitor_->check_batch_impl(texts, Direction::completion, {}, false);
  for (std::size_t i = 0; i < out.size(); ++i) {
    for (auto& m : out[i].blocklist_matches) {
      m.start += windows[i].start;
      m.end += windows[i].start;
    }
    out[i].stream = StreamOffsets{text_.size(), windows[i].start, windows[i].end, false};
    action_ = std::max(action_, out[i].action);
  }
  checks_ += out.size();
  return out;
}

Verdict StreamChecker::finish() {
  if (finished_) throw error(status::state, "StreamChecker::finish called twice");
  validated_end(text_, complete_, false);
  const std::string_view all(text_);
  Verdict v = std::move(
      monitor_
          ->check_batch_impl(std::span<const std::string_view>(&all, 1), Direction::completion,
                             std::span<const CheckContext>(&options_.context, 1), true)
          .front());
  v.stream = StreamOffsets{text_.size(), 0, text_.size(), true};
  action_ = std::max(action_, v.action);
  ++checks_;
  finished_ = true;
  return v;
}

}  // namespace abusemon
