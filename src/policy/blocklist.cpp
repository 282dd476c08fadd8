// Blocklists: compilation (terms and phrases of plain words to a hash map by first word, the rest
// to one RE2 alternation, regexes one by one) and matching.
#include <re2/re2.h>

#include <utf8proc.h>
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>
#include <utility>

#include "abusemon/error.hpp"
#include "policy/policy_internal.hpp"

namespace abusemon {
namespace detail {

using Compiled = Policy::Compiled;

[[noreturn]] void policy_fail(status s, const std::string& path, const std::string& problem) {
  throw error(s, "policy: " + path + ": " + problem);
}

namespace {

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

namespace {

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

}  // namespace

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

std::shared_ptr<const Policy::Compiled> compile_blocklist(const BlocklistSpec& spec,
                                                          const std::string& path) {
  auto c = std::make_shared<Policy::Compiled>();
  const std::size_t total = spec.terms.size() + spec.phrases.size() + spec.regexes.size();
  if (total == 0) policy_fail(status::format, path, "blocklist has no terms, phrases or regexes");
  if (total > BlocklistLimits::kMaxEntriesPerList) {
    policy_fail(status::limit, path,
                "blocklist has " + std::to_string(total) + " entries, the limit is " +
                    std::to_string(BlocklistLimits::kMaxEntriesPerList));
  }
  if (spec.regexes.size() > BlocklistLimits::kMaxRegexesPerList) {
    policy_fail(status::limit, path + ".regexes",
                std::to_string(spec.regexes.size()) + " regexes, the limit is " +
                    std::to_string(BlocklistLimits::kMaxRegexesPerList));
  }
  auto check_len = [](const std::string& e, const std::string& p) {
    if (e.size() > BlocklistLimits::kMaxEntryBytes) {
      policy_fail(status::limit, p,
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
    if (t.empty()) policy_fail(status::format, p, "empty term");
    if (std::any_of(t.begin(), t.end(),
                    [](char ch) { return is_space(static_cast<unsigned char>(ch)); })) {
      policy_fail(status::format, p, "a term is one word; put \"" + t + "\" under phrases");
    }
    words.push_back({MatchKind::term, t});
  }
  for (std::size_t i = 0; i < spec.phrases.size(); ++i) {
    const std::string p = path + ".phrases[" + std::to_string(i) + "]";
    check_len(spec.phrases[i], p);
    const std::string t = trim(spec.phrases[i]);
    if (t.empty()) policy_fail(status::format, p, "empty phrase");
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
      policy_fail(too_big ? status::limit : status::format, path,
                  "terms and phrases do not compile: " + c->words->error());
    }
  }
  for (std::size_t i = 0; i < spec.regexes.size(); ++i) {
    const std::string p = path + ".regexes[" + std::to_string(i) + "]";
    check_len(spec.regexes[i], p);
    if (spec.regexes[i].empty()) policy_fail(status::format, p, "empty regex");
    auto re = std::make_unique<RE2>(spec.regexes[i], re2_options(true));
    if (!re->ok()) {
      const bool too_big = re->error_code() == RE2::ErrorPatternTooLarge;
      policy_fail(too_big ? status::limit : status::format, p,
                  (too_big ? "regex too complex: " : "invalid regex: ") + re->error());
    }
    // A pattern that can match nothing at all would "match" every text.
    if (RE2::PartialMatch("", *re))
      policy_fail(status::format, p, "regex matches the empty string");
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

}  // namespace detail
}  // namespace abusemon
