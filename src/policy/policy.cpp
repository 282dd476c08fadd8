// Severity policy: rules, thresholds, blocklist compilation and matching, JSON config.
#include "abusemon/policy.hpp"

#include <re2/re2.h>

#include <utf8proc.h>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <utility>

#include "abusemon/error.hpp"
#include "core/json_input.hpp"
#include "monitor/verdict_json.hpp"

namespace abusemon {

using json = nlohmann::json;

std::string_view to_string(Level l) noexcept {
  switch (l) {
    case Level::low:
      return "low";
    case Level::medium:
      return "medium";
    case Level::high:
      return "high";
    case Level::off:
      return "off";
  }
  return "off";
}

std::optional<Level> parse_level(std::string_view name) noexcept {
  if (name == "low") return Level::low;
  if (name == "medium") return Level::medium;
  if (name == "high") return Level::high;
  if (name == "off") return Level::off;
  return std::nullopt;
}

const ThresholdSet& builtin_thresholds() noexcept {
  static const ThresholdSet t = [] {
    ThresholdSet a;
    a.fill(SeverityThresholds{});
    a[static_cast<std::size_t>(Category::jailbreak)] = {0.7f, 0.7f, 0.7f};
    // sexual_minors is composed as min(p_sexual, minor signal): both signals must already be
    // present, and a miss is the costliest error of all, so its bands sit far lower.
    a[static_cast<std::size_t>(Category::sexual_minors)] = {0.2f, 0.3f, 0.45f};
    return a;
  }();
  return t;
}

Severity SeverityThresholds::severity_of(float score) const noexcept {
  if (!(score >= low)) return Severity::safe;  // also NaN
  if (score >= high) return Severity::high;
  if (score >= medium) return Severity::medium;
  return Severity::low;
}

// ---------------------------------------------------------------------------------------------
// Blocklist compilation.

struct Policy::Compiled {
  // Terms and phrases made only of word characters (the usual case): looked up word by word in
  // a hash map keyed by their lower-cased first word; entries with the most words first.
  struct WordEntry {
    MatchKind kind;
    std::string pattern;             // as written
    std::vector<std::string> words;  // lower-cased
  };
  std::unordered_map<std::string, std::vector<WordEntry>> by_first_word;
  // Terms and phrases with other characters ("c++", "e-mail"): one RE2 alternation, longest
  // first, one capture group each. A huge alternation would blow RE2's DFA budget, which is why
  // plain words take the hash path above.
  std::unique_ptr<RE2> words;
  std::vector<std::pair<MatchKind, std::string>> word_entries;  // by capture group - 1
  std::vector<std::unique_ptr<RE2>> regexes;                    // same order as spec.regexes
};

namespace {

[[noreturn]] void fail(status s, const std::string& path, const std::string& problem) {
  throw error(s, "policy: " + path + ": " + problem);
}

bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Escapes a term or phrase for RE2; runs of whitespace become \s+ so that "credit  card" and
// "credit\ncard" match the phrase "credit card".
std::string word_pattern(std::string_view entry) {
  std::string out;
  std::size_t i = 0;
  while (i < entry.size()) {
    if (is_space(static_cast<unsigned char>(entry[i]))) {
      while (i < entry.size() && is_space(static_cast<unsigned char>(entry[i]))) ++i;
      out += "\\s+";
      continue;
    }
    std::size_t j = i;
    while (j < entry.size() && !is_space(static_cast<unsigned char>(entry[j]))) ++j;
    out += RE2::QuoteMeta(re2::StringPiece(entry.data() + i, j - i));
    i = j;
  }
  return out;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && is_space(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// A word character is a letter, a digit or '_' (RE2's [\pL\pN_]).
bool is_word_cp(std::int32_t cp) {
  if (cp < 0x80) return std::isalnum(cp) != 0 || cp == '_';
  const auto cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

}  // namespace

namespace detail {

struct WordToken {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string lower;
};

}  // namespace detail

namespace {

using detail::WordToken;

// Maximal runs of word characters, lower-cased (simple case mapping, as RE2's (?i)). Invalid
// UTF-8 bytes count as non-word characters.
std::vector<WordToken> word_tokens(std::string_view s) {
  std::vector<WordToken> out;
  bool in_word = false;
  std::size_t i = 0;
  while (i < s.size()) {
    std::int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      n = 1;
      cp = -1;
    }
    if (cp >= 0 && is_word_cp(cp)) {
      if (!in_word) out.push_back({i, i, {}});
      in_word = true;
      utf8proc_uint8_t buf[4];
      const auto len = utf8proc_encode_char(utf8proc_tolower(cp), buf);
      out.back().lower.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
      out.back().end = i + static_cast<std::size_t>(n);
    } else {
      in_word = false;
    }
    i += static_cast<std::size_t>(n);
  }
  return out;
}

// True when every non-whitespace character of `entry` is a word character.
bool only_words(std::string_view entry) {
  std::size_t i = 0;
  while (i < entry.size()) {
    std::int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(entry.data() + i),
                                    static_cast<utf8proc_ssize_t>(entry.size() - i), &cp);
    if (n <= 0) return false;
    if (!is_space(static_cast<unsigned char>(entry[i])) && !is_word_cp(cp)) return false;
    i += static_cast<std::size_t>(n);
  }
  return true;
}

bool all_space(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) {
    return is_space(static_cast<unsigned char>(ch));
  });
}

RE2::Options re2_options(bool case_sensitive) {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(BlocklistLimits::kMaxProgramBytes);
  o.set_case_sensitive(case_sensitive);
  return o;
}

std::shared_ptr<const Policy::Compiled> compile_blocklist(const BlocklistSpec& spec,
                                                          const std::string& path) {
  auto c = std::make_shared<Policy::Compiled>();
  const std::size_t total = spec.terms.size() + spec.phrases.size() + spec.regexes.size();
  if (total == 0) fail(status::format, path, "blocklist has no terms, phrases or regexes");
  if (total > BlocklistLimits::kMaxEntriesPerList) {
    fail(status::limit, path,
         "blocklist has " + std::to_string(total) + " entries, the limit is " +
             std::to_string(BlocklistLimits::kMaxEntriesPerList));
  }
  if (spec.regexes.size() > BlocklistLimits::kMaxRegexesPerList) {
    fail(status::limit, path + ".regexes",
         std::to_string(spec.regexes.size()) + " regexes, the limit is " +
             std::to_string(BlocklistLimits::kMaxRegexesPerList));
  }
  auto check_len = [](const std::string& e, const std::string& p) {
    if (e.size() > BlocklistLimits::kMaxEntryBytes) {
      fail(status::limit, p,
           "entry is " + std::to_string(e.size()) + " bytes, the limit is " +
               std::to_string(BlocklistLimits::kMaxEntryBytes));
    }
  };

  struct Word {
    MatchKind kind;
    std::string text;
  };
  std::vector<Word> words;
  for (std::size_t i = 0; i < spec.terms.size(); ++i) {
    const std::string p = path + ".terms[" + std::to_string(i) + "]";
    const std::string t = trim(spec.terms[i]);
    check_len(spec.terms[i], p);
    if (t.empty()) fail(status::format, p, "empty term");
    if (std::any_of(t.begin(), t.end(),
                    [](char ch) { return is_space(static_cast<unsigned char>(ch)); })) {
      fail(status::format, p, "a term is one word; put \"" + t + "\" under phrases");
    }
    words.push_back({MatchKind::term, t});
  }
  for (std::size_t i = 0; i < spec.phrases.size(); ++i) {
    const std::string p = path + ".phrases[" + std::to_string(i) + "]";
    check_len(spec.phrases[i], p);
    const std::string t = trim(spec.phrases[i]);
    if (t.empty()) fail(status::format, p, "empty phrase");
    words.push_back({MatchKind::phrase, t});
  }
  // Entries of word characters go to the hash path; the rest to the RE2 alternation.
  std::vector<Word> odd;
  for (auto& w : words) {
    if (!only_words(w.text)) {
      odd.push_back(std::move(w));
      continue;
    }
    Policy::Compiled::WordEntry e{w.kind, w.text, {}};
    for (auto& t : word_tokens(w.text)) e.words.push_back(std::move(t.lower));
    c->by_first_word[e.words.front()].push_back(std::move(e));
  }
  for (auto& [first, entries] : c->by_first_word) {
    // Most words first, then longest: "credit card number" before "credit card" before "credit".
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
      if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
      return a.pattern.size() > b.pattern.size();
    });
  }
  words = std::move(odd);
  if (!words.empty()) {
    // Longest entry first, so that at one position "credit card number" wins over "credit card".
    std::stable_sort(words.begin(), words.end(),
                     [](const Word& a, const Word& b) { return a.text.size() > b.text.size(); });
    // A word character is a letter, a digit or '_'; an entry matches only when it is not
    // preceded or followed by one. Captured group = the entry; the borders are context.
    std::string pattern = "(?:^|[^\\pL\\pN_])(?:";
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i) pattern += '|';
      pattern += '(';
      pattern += word_pattern(words[i].text);
      pattern += ')';
      c->word_entries.emplace_back(words[i].kind, words[i].text);
    }
    pattern += ")(?:[^\\pL\\pN_]|$)";
    c->words = std::make_unique<RE2>(pattern, re2_options(false));
    if (!c->words->ok()) {
      const bool too_big = c->words->error_code() == RE2::ErrorPatternTooLarge;
      fail(too_big ? status::limit : status::format, path,
           "terms and phrases do not compile: " + c->words->error());
    }
  }
  for (std::size_t i = 0; i < spec.regexes.size(); ++i) {
    const std::string p = path + ".regexes[" + std::to_string(i) + "]";
    check_len(spec.regexes[i], p);
    if (spec.regexes[i].empty()) fail(status::format, p, "empty regex");
    auto re = std::make_unique<RE2>(spec.regexes[i], re2_options(true));
    if (!re->ok()) {
      const bool too_big = re->error_code() == RE2::ErrorPatternTooLarge;
      fail(too_big ? status::limit : status::format, p,
           (too_big ? "regex too complex: " : "invalid regex: ") + re->error());
    }
    // A pattern that can match nothing at all would "match" every text.
    if (RE2::PartialMatch("", *re)) fail(status::format, p, "regex matches the empty string");
    c->regexes.push_back(std::move(re));
  }
  return c;
}

void match_compiled(const Policy::Compiled& c, const BlocklistSpec& spec, std::string_view text,
                    const std::vector<WordToken>& tokens, std::vector<BlocklistMatch>& out) {
  if (!c.by_first_word.empty()) {
    std::size_t i = 0;
    while (i < tokens.size()) {
      std::size_t advance = 1;
      if (auto it = c.by_first_word.find(tokens[i].lower); it != c.by_first_word.end()) {
        for (const auto& e : it->second) {
          const std::size_t k = e.words.size();
          if (i + k > tokens.size()) continue;
          bool ok = true;
          // Later words must follow with only whitespace in between ("credit,card" is no match).
          for (std::size_t j = 1; ok && j < k; ++j) {
            ok = tokens[i + j].lower == e.words[j] &&
                 all_space(text.substr(tokens[i + j - 1].end,
                                       tokens[i + j].start - tokens[i + j - 1].end));
          }
          if (!ok) continue;
          out.push_back(
              {spec.name, e.kind, e.pattern, tokens[i].start, tokens[i + k - 1].end, spec.action});
          advance = k;
          break;
        }
      }
      i += advance;
    }
  }
  const re2::StringPiece sp(text.data(), text.size());
  // The DFA answers "any match?" without submatches; most texts stop here.
  if (c.words && RE2::PartialMatch(sp, *c.words)) {
    const int groups = 1 + static_cast<int>(c.word_entries.size());
    std::vector<re2::StringPiece> sub(static_cast<std::size_t>(groups));
    std::size_t pos = 0;
    while (pos <= text.size() &&
           c.words->Match(sp, pos, text.size(), RE2::UNANCHORED, sub.data(), groups)) {
      std::size_t k = 1;
      while (k < sub.size() && sub[k].data() == nullptr) ++k;
      if (k == sub.size()) break;  // cannot happen: one alternative always captures
      const std::size_t start = static_cast<std::size_t>(sub[k].data() - text.data());
      const std::size_t end = start + sub[k].size();
      const auto& [kind, entry] = c.word_entries[k - 1];
      out.push_back({spec.name, kind, entry, start, end, spec.action});
      // Resume at the end of the entry: the border character after it is the leading border
      // of a possible next match ("foo foo").
      pos = end;
    }
  }
  for (std::size_t i = 0; i < c.regexes.size(); ++i) {
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos <= text.size() &&
           c.regexes[i]->Match(sp, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      const std::size_t start = static_cast<std::size_t>(m.data() - text.data());
      const std::size_t end = start + m.size();
      if (end > start)
        out.push_back({spec.name, MatchKind::regex, spec.regexes[i], start, end, spec.action});
      // Empty matches are possible inside a text even though the pattern cannot match "":
      // step past them by one byte to guarantee progress.
      pos = end > start ? end : end + 1;
    }
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Policy value.

Policy::Policy() {
  for (auto& per_dir : rules_) per_dir = {CategoryRule{}, CategoryRule{}};
  const auto jb = static_cast<std::size_t>(Category::jailbreak);
  rules_[jb][static_cast<std::size_t>(Direction::prompt)] = {Level::low, Level::low};
  rules_[jb][static_cast<std::size_t>(Direction::completion)] = {Level::low, Level::off};
}

Policy::~Policy() = default;
Policy::Policy(const Policy&) = default;
Policy& Policy::operator=(const Policy&) = default;
Policy::Policy(Policy&&) noexcept = default;
Policy& Policy::operator=(Policy&&) noexcept = default;

const CategoryRule& Policy::rule(Category c, Direction d) const noexcept {
  return rules_[static_cast<std::size_t>(c)][static_cast<std::size_t>(d)];
}

void Policy::set_rule(Category c, Direction d, CategoryRule r) noexcept {
  if (c == Category::jailbreak) {
    if (r.annotate_at != Level::off) r.annotate_at = Level::low;
    if (r.block_at != Level::off) r.block_at = Level::low;
  }
  rules_[static_cast<std::size_t>(c)][static_cast<std::size_t>(d)] = r;
}

const std::optional<SeverityThresholds>& Policy::thresholds(Category c) const noexcept {
  return thresholds_[static_cast<std::size_t>(c)];
}

void Policy::clear_thresholds(Category c) noexcept {
  thresholds_[static_cast<std::size_t>(c)].reset();
}

SeverityThresholds Policy::effective_thresholds(Category c,
                                                const ThresholdSet& defaults) const noexcept {
  const auto i = static_cast<std::size_t>(c);
  return thresholds_[i] ? *thresholds_[i] : defaults[i];
}

namespace {
// Returns an empty string when valid, else the problem.
std::string threshold_problem(Category c, const SeverityThresholds& t) {
  auto bad = [](float v) { return !(v > 0.0f && v <= 1.0f); };
  if (bad(t.low) || bad(t.medium) || bad(t.high)) return "thresholds must be in (0, 1]";
  if (c == Category::jailbreak) {
    if (t.low != t.medium || t.medium != t.high) return "jailbreak has one detection threshold";
    return {};
  }
  if (!(t.low <= t.medium && t.medium <= t.high))
    return "thresholds must satisfy low <= medium <= high";
  return {};
}
}  // namespace

void Policy::set_thresholds(Category c, SeverityThresholds t) {
  if (auto p = threshold_problem(c, t); !p.empty()) {
    throw std::invalid_argument("Policy::set_thresholds(" + std::string(to_string(c)) + "): " + p);
  }
  thresholds_[static_cast<std::size_t>(c)] = t;
}

const std::vector<BlocklistSpec>& Policy::blocklists() const noexcept {
  return specs_;
}

void Policy::add_blocklist(BlocklistSpec spec) {
  if (spec.name.empty()) throw std::invalid_argument("Policy::add_blocklist: empty name");
  for (const auto& s : specs_) {
    if (s.name == spec.name) {
      throw std::invalid_argument("Policy::add_blocklist: duplicate name \"" + spec.name + "\"");
    }
  }
  if (spec.action == Action::allow) {
    throw std::invalid_argument("Policy::add_blocklist: action must be annotate or block");
  }
  if (specs_.size() >= BlocklistLimits::kMaxBlocklists) {
    throw error(status::limit, "policy: more than " +
                                   std::to_string(BlocklistLimits::kMaxBlocklists) + " blocklists");
  }
  auto compiled = compile_blocklist(spec, "blocklists[\"" + spec.name + "\"]");
  specs_.push_back(std::move(spec));
  compiled_.push_back(std::move(compiled));
}

std::vector<BlocklistMatch> Policy::match_blocklists(std::string_view text, Direction d) const {
  std::vector<BlocklistMatch> out;
  std::vector<WordToken> tokens;
  bool tokenized = false;
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    const auto& s = specs_[i];
    if (d == Direction::prompt ? !s.prompt : !s.completion) continue;
    if (!tokenized && !compiled_[i]->by_first_word.empty()) {
      tokens = word_tokens(text);  // once per text, shared by every list
      tokenized = true;
    }
    match_compiled(*compiled_[i], s, text, tokens, out);
  }
  // Stable: equal starts keep blocklist, then words-before-regexes, order.
  std::stable_sort(out.begin(), out.end(), [](const BlocklistMatch& a, const BlocklistMatch& b) {
    return a.start < b.start;
  });
  return out;
}

Verdict Policy::apply(std::span<const float, kCategoryCount> scores, Direction d,
                      std::string_view text, const ThresholdSet& defaults) const {
  return apply(scores, d, match_blocklists(text, d), defaults);
}

Verdict Policy::apply(std::span<const float, kCategoryCount> scores, Direction d,
                      std::vector<BlocklistMatch> matches, const ThresholdSet& defaults) const {
  Verdict v;
  v.direction = d;
  Action action = Action::allow;
  for (Category c : kAllCategories) {
    const auto i = static_cast<std::size_t>(c);
    float s = scores[i];
    if (std::isnan(s)) s = 0.0f;
    s = std::clamp(s, 0.0f, 1.0f);
    CategoryResult r;
    r.score = s;
    r.severity = effective_thresholds(c, defaults).severity_of(s);
    const CategoryRule& rule = rules_[i][static_cast<std::size_t>(d)];
    r.filtered = reaches(r.severity, rule.block_at);
    r.annotated = reaches(r.severity, rule.annotate_at);
    if (r.filtered)
      action = Action::block;
    else if (r.annotated && action == Action::allow)
      action = Action::annotate;
    v.categories[i] = r;
  }
  const CategoryResult& jb = v[Category::jailbreak];
  v.jailbreak_detected = jb.severity != Severity::safe;
  v.jailbreak_filtered = jb.filtered;
  for (const auto& m : matches) action = std::max(action, m.action);
  v.blocklist_matches = std::move(matches);
  v.action = action;
  return v;
}

bool Policy::operator==(const Policy& o) const {
  if (rules_ != o.rules_ || thresholds_ != o.thresholds_ || specs_.size() != o.specs_.size()) {
    return false;
  }
  for (std::size_t i = 0; i < specs_.size(); ++i) {
    const auto& a = specs_[i];
    const auto& b = o.specs_[i];
    if (a.name != b.name || a.terms != b.terms || a.phrases != b.phrases ||
        a.regexes != b.regexes || a.action != b.action || a.prompt != b.prompt ||
        a.completion != b.completion) {
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// JSON.

namespace {

std::string type_name(const json& j) {
  switch (j.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "a number";
    case json::value_t::string:
      return "a string";
    case json::value_t::array:
      return "an array";
    case json::value_t::object:
      return "an object";
    default:
      return "an unsupported value";
  }
}

void require_object(const json& j, const std::string& path) {
  if (!j.is_object()) fail(status::format, path, "expected an object, got " + type_name(j));
}

void check_keys(const json& j, const std::string& path,
                std::initializer_list<std::string_view> allowed) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (std::find(allowed.begin(), allowed.end(), it.key()) != allowed.end()) continue;
    std::string list;
    for (auto a : allowed) {
      if (!list.empty()) list += ", ";
      list += a;
    }
    fail(status::format, path.empty() ? it.key() : path + "." + it.key(),
         "unknown key (expected one of: " + list + ")");
  }
}

std::string join_path(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

Level parse_level_at(const json& j, const std::string& path, bool jailbreak) {
  const char* expected = jailbreak ? "expected \"detected\" or \"off\""
                                   : "expected one of \"low\", \"medium\", \"high\", \"off\"";
  if (!j.is_string()) fail(status::format, path, std::string(expected) + ", got " + type_name(j));
  const auto& s = j.get_ref<const std::string&>();
  if (jailbreak) {
    if (s == "detected") return Level::low;
    if (s == "off") return Level::off;
  } else if (auto l = parse_level(s)) {
    return *l;
  }
  fail(status::format, path, std::string(expected) + ", got \"" + s + "\"");
}

void parse_rule(const json& j, const std::string& path, bool jailbreak, CategoryRule& r) {
  require_object(j, path);
  check_keys(j, path, {"annotate_at", "block_at"});
  if (auto it = j.find("annotate_at"); it != j.end()) {
    r.annotate_at = parse_level_at(*it, join_path(path, "annotate_at"), jailbreak);
  }
  if (auto it = j.find("block_at"); it != j.end()) {
    r.block_at = parse_level_at(*it, join_path(path, "block_at"), jailbreak);
  }
}

float parse_probability(const json& j, const std::string& path) {
  if (!j.is_number())
    fail(status::format, path, "expected a number in (0, 1], got " + type_name(j));
  const double v = j.get<double>();
  if (!(v > 0.0 && v <= 1.0)) {
    std::ostringstream os;
    os << "expected a number in (0, 1], got " << v;
    fail(status::format, path, os.str());
  }
  return static_cast<float>(v);
}

std::vector<std::string> parse_strings(const json& j, const std::string& path) {
  if (!j.is_array())
    fail(status::format, path, "expected an array of strings, got " + type_name(j));
  std::vector<std::string> out;
  out.reserve(j.size());
  for (std::size_t i = 0; i < j.size(); ++i) {
    if (!j[i].is_string()) {
      fail(status::format, path + "[" + std::to_string(i) + "]",
           "expected a string, got " + type_name(j[i]));
    }
    out.push_back(j[i].get<std::string>());
  }
  return out;
}

std::string level_json(Level l, bool jailbreak) {
  if (jailbreak) return l == Level::off ? "off" : "detected";
  return std::string(to_string(l));
}

}  // namespace

Policy Policy::from_json(std::string_view text) {
  json doc = detail::parse_json(text, "policy");
  Policy p;
  require_object(doc, "(document)");
  check_keys(doc, "", {"version", "categories", "blocklists"});
  if (auto it = doc.find("version"); it != doc.end()) {
    if (!it->is_number_integer() || it->get<std::int64_t>() != 1) {
      fail(status::format, "version", "expected 1, got " + it->dump());
    }
  }
  if (auto cats = doc.find("categories"); cats != doc.end()) {
    require_object(*cats, "categories");
    for (auto it = cats->begin(); it != cats->end(); ++it) {
      const std::string path = "categories." + it.key();
      auto cat = parse_category(it.key());
      if (!cat) {
        fail(status::format, path,
             "unknown category (expected one of: hate, harassment, sexual, sexual_minors, "
             "violence, self_harm, jailbreak)");
      }
      const bool jb = *cat == Category::jailbreak;
      const json& cj = it.value();
      require_object(cj, path);
      check_keys(cj, path, {"annotate_at", "block_at", "prompt", "completion", "thresholds"});
      const auto ci = static_cast<std::size_t>(*cat);
      // Category-level levels apply to both directions; a direction object overrides them.
      json both = json::object();
      if (auto a = cj.find("annotate_at"); a != cj.end()) both["annotate_at"] = *a;
      if (auto b = cj.find("block_at"); b != cj.end()) both["block_at"] = *b;
      for (Direction d : {Direction::prompt, Direction::completion}) {
        CategoryRule r = p.rules_[ci][static_cast<std::size_t>(d)];
        parse_rule(both, path, jb, r);
        const std::string dname(to_string(d));
        if (auto dj = cj.find(dname); dj != cj.end()) parse_rule(*dj, path + "." + dname, jb, r);
        p.rules_[ci][static_cast<std::size_t>(d)] = r;
      }
      if (auto tj = cj.find("thresholds"); tj != cj.end()) {
        const std::string tpath = path + ".thresholds";
        require_object(*tj, tpath);
        // An override is complete: it replaces the model's cutoffs of the category.
        SeverityThresholds t;
        auto need = [&](std::string_view key) -> const json& {
          auto v = tj->find(std::string(key));
          if (v == tj->end()) {
            fail(status::format, join_path(tpath, key),
                 jb ? "missing (the jailbreak override is {\"detected\": p})"
                    : "missing (an override gives low, medium and high)");
          }
          return *v;
        };
        if (jb) {
          check_keys(*tj, tpath, {"detected"});
          const float f = parse_probability(need("detected"), tpath + ".detected");
          t = {f, f, f};
        } else {
          check_keys(*tj, tpath, {"low", "medium", "high"});
          t.low = parse_probability(need("low"), tpath + ".low");
          t.medium = parse_probability(need("medium"), tpath + ".medium");
          t.high = parse_probability(need("high"), tpath + ".high");
          if (!(t.low <= t.medium && t.medium <= t.high)) {
            std::ostringstream os;
            os << "thresholds must satisfy low <= medium <= high, got low="
               << detail::json_float(t.low) << " medium=" << detail::json_float(t.medium)
               << " high=" << detail::json_float(t.high);
            fail(status::format, tpath, os.str());
          }
        }
        p.thresholds_[ci] = t;
      }
    }
  }
  if (auto bls = doc.find("blocklists"); bls != doc.end()) {
    if (!bls->is_array())
      fail(status::format, "blocklists", "expected an array, got " + type_name(*bls));
    if (bls->size() > BlocklistLimits::kMaxBlocklists) {
      fail(status::limit, "blocklists",
           std::to_string(bls->size()) + " blocklists, the limit is " +
               std::to_string(BlocklistLimits::kMaxBlocklists));
    }
    for (std::size_t i = 0; i < bls->size(); ++i) {
      const std::string path = "blocklists[" + std::to_string(i) + "]";
      const json& bj = (*bls)[i];
      require_object(bj, path);
      check_keys(bj, path, {"name", "terms", "phrases", "regexes", "action", "directions"});
      BlocklistSpec s;
      auto name = bj.find("name");
      if (name == bj.end())
        fail(status::format, path + ".name", "missing (every blocklist needs a name)");
      if (!name->is_string() || name->get_ref<const std::string&>().empty()) {
        fail(status::format, path + ".name", "expected a non-empty string, got " + name->dump());
      }
      s.name = name->get<std::string>();
      for (const auto& other : p.specs_) {
        if (other.name == s.name)
          fail(status::format, path + ".name", "duplicate name \"" + s.name + "\"");
      }
      if (auto v = bj.find("terms"); v != bj.end()) s.terms = parse_strings(*v, path + ".terms");
      if (auto v = bj.find("phrases"); v != bj.end())
        s.phrases = parse_strings(*v, path + ".phrases");
      if (auto v = bj.find("regexes"); v != bj.end())
        s.regexes = parse_strings(*v, path + ".regexes");
      if (auto v = bj.find("action"); v != bj.end()) {
        const auto a =
            v->is_string() ? parse_action(v->get_ref<const std::string&>()) : std::nullopt;
        if (!a || *a == Action::allow) {
          fail(status::format, path + ".action",
               "expected \"annotate\" or \"block\", got " + v->dump());
        }
        s.action = *a;
      }
      if (auto v = bj.find("directions"); v != bj.end()) {
        const auto dirs = parse_strings(*v, path + ".directions");
        if (dirs.empty())
          fail(status::format, path + ".directions", "must name at least one direction");
        s.prompt = s.completion = false;
        for (std::size_t k = 0; k < dirs.size(); ++k) {
          auto d = parse_direction(dirs[k]);
          if (!d) {
            fail(status::format, path + ".directions[" + std::to_string(k) + "]",
                 "expected \"prompt\" or \"completion\", got \"" + dirs[k] + "\"");
          }
          (*d == Direction::prompt ? s.prompt : s.completion) = true;
        }
      }
      auto compiled = compile_blocklist(s, path);
      p.specs_.push_back(std::move(s));
      p.compiled_.push_back(std::move(compiled));
    }
  }
  return p;
}

Policy Policy::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    if (err == ENOENT) throw error(status::not_found, "policy: " + path + ": file not found");
    if (err == EACCES)
      throw error(status::permission_denied, "policy: " + path + ": permission denied");
    throw error(status::io, "policy: " + path + ": cannot open: " + std::strerror(err));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw error(status::io, "policy: " + path + ": read error");
  try {
    return from_json(ss.str());
  } catch (const error& e) {
    // Prefix the file name so that the message says where the bad key lives.
    throw error(e.code(), path + ": " + e.what());
  }
}

std::string Policy::to_json() const {
  json doc = json::object();
  doc["version"] = 1;
  json cats = json::object();
  for (Category c : kAllCategories) {
    const auto ci = static_cast<std::size_t>(c);
    const bool jb = c == Category::jailbreak;
    json cj = json::object();
    for (Direction d : {Direction::prompt, Direction::completion}) {
      const CategoryRule& r = rules_[ci][static_cast<std::size_t>(d)];
      cj[std::string(to_string(d))] = {{"annotate_at", level_json(r.annotate_at, jb)},
                                       {"block_at", level_json(r.block_at, jb)}};
    }
    if (const auto& t = thresholds_[ci]; !t) {
      // No override: the model's cutoffs apply.
    } else if (jb) {
      cj["thresholds"] = {{"detected", detail::json_float(t->high)}};
    } else {
      cj["thresholds"] = {{"low", detail::json_float(t->low)},
                          {"medium", detail::json_float(t->medium)},
                          {"high", detail::json_float(t->high)}};
    }
    cats[std::string(to_string(c))] = std::move(cj);
  }
  doc["categories"] = std::move(cats);
  json bls = json::array();
  for (const auto& s : specs_) {
    json dirs = json::array();
    if (s.prompt) dirs.push_back("prompt");
    if (s.completion) dirs.push_back("completion");
    bls.push_back({{"name", s.name},
                   {"terms", s.terms},
                   {"phrases", s.phrases},
                   {"regexes", s.regexes},
                   {"action", std::string(abusemon::to_string(s.action))},
                   {"directions", dirs}});
  }
  doc["blocklists"] = std::move(bls);
  return doc.dump(2);
}

}  // namespace abusemon
