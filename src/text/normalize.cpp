// Adversarial-text normaliser (include/abusemon/normalize.hpp).
//
// The text is decoded once into code points (invalid UTF-8 → U+FFFD), run through NFKC by
// utf8proc, then through three passes over per-thread scratch buffers: a character pass
// (invisibles, marks, Latin look-alikes), the spaced-letter join, and a token pass (script-aware
// confusable folding, leetspeak, elongation). Only the output string is allocated per call.
#include "abusemon/normalize.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <vector>

#include "text/normalize_chars.hpp"
#include "text/unicode.hpp"

namespace abusemon {
namespace {

using namespace detail::textchars;  // the character classes (normalize_chars.hpp)

using Buf = std::vector<char32_t>;

struct Scratch {
  std::string valid;                   // input with invalid UTF-8 repaired
  std::vector<utf8proc_int32_t> nfkc;  // NFKC code points
  Buf a, b, token, cand;               // pass buffers and one token
  std::string lower;                   // lexicon query
};

Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

// Decodes `text` into s.a, applying NFKC when asked. Invalid UTF-8 → U+FFFD first.
void decode(std::string_view text, bool nfkc, Scratch& s) {
  s.a.clear();
  if (!nfkc) {
    auto p = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0, used = 0; i < text.size(); i += used)
      s.a.push_back(detail::utf8_next(p + i, text.size() - i, used));
    return;
  }
  sanitize_utf8(text, s.valid);
  // COMPOSE makes utf8proc_decompose decompose (and order marks canonically); the compose step
  // itself is utf8proc_normalize_utf32 below, as in utf8proc_NFKC().
  const auto opts =
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE);
  const auto* src = reinterpret_cast<const utf8proc_uint8_t*>(s.valid.data());
  const auto len = static_cast<utf8proc_ssize_t>(s.valid.size());
  if (s.nfkc.size() < s.valid.size() + 16) s.nfkc.resize(s.valid.size() + 16);
  utf8proc_ssize_t n = 0;
  for (;;) {
    n = utf8proc_decompose(src, len, s.nfkc.data(), static_cast<utf8proc_ssize_t>(s.nfkc.size()),
                           opts);
    if (n < 0) break;  // cannot happen for repaired UTF-8; fall back below
    if (static_cast<std::size_t>(n) <= s.nfkc.size()) break;
    s.nfkc.resize(static_cast<std::size_t>(n));
  }
  if (n < 0) {
    decode(text, false, s);
    return;
  }
  n = utf8proc_normalize_utf32(s.nfkc.data(), n, opts);
  if (n < 0) {
    decode(text, false, s);
    return;
  }
  s.a.assign(s.nfkc.begin(), s.nfkc.begin() + n);
}

// Pass 1 (s.a → s.b): invisible and control characters, Latin look-alikes, stray marks.
void character_pass(const NormalizeOptions& o, Scratch& s) {
  s.b.clear();
  bool latin_base = false;  // the last kept non-mark character is a Latin letter or a digit
  for (char32_t c : s.a) {
    if (o.strip_invisible && c != '\t' && c != '\n' && c != '\r') {
      if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        // Vertical tab, form feed, file/group/record/unit separators and NEL separate words.
        if (c == 0x0B || c == 0x0C || c == 0x85 || (c >= 0x1C && c <= 0x1F))
          c = ' ';
        else
          continue;
      } else if (is_invisible(c)) {
        continue;
      }
    }
    if (o.fold_confusables) {
      if (char32_t m = always_latin(c)) c = m;
    }
    if (is_mark(c)) {
      if (o.strip_marks && latin_base) continue;
    } else {
      latin_base = is_latin_letter(c) || is_digit(c);
    }
    s.b.push_back(c);
  }
}

bool is_lookalike(char32_t c) noexcept {
  return c >= 0x37F && c <= 0x585 && lookup(kScriptLookalikes, c) != 0;
}

// Letters (and leet characters) that may be spelled out one by one.
bool joinable(char32_t c) noexcept {
  return is_latin_letter(c) || is_lookalike(c) || is_digit(c) || c == '$' || c == '@';
}

// Pass 2 (s.b → s.a): "k i l l", "k.i.l.l", "k - i - l - l" → "kill".
void join_pass(Scratch& s) {
  const Buf& in = s.b;
  Buf& out = s.a;
  out.clear();
  const std::size_t n = in.size();
  auto single_end = [&](std::size_t p) {  // nothing word-like follows position p
    return p + 1 >= n || !(is_alnum(in[p + 1]) || joinable(in[p + 1]) || is_mark(in[p + 1]));
  };
  std::size_t i = 0;
  while (i < n) {
    const char32_t c = in[i];
    if (joinable(c) && (i == 0 || !(is_alnum(in[i - 1]) || joinable(in[i - 1])))) {
      std::size_t j = i + 1;
      while (j < n && j - (i + 1) < 4 && is_separator(in[j])) ++j;
      const std::size_t sep = j - (i + 1);
      if (sep >= 1 && sep <= 3 && j < n && joinable(in[j])) {
        // Only Latin letters count, so Russian one-letter words ("а в к о с у") never join.
        std::size_t last = i, count = 1, letters = is_latin_letter(c) ? 1 : 0;
        for (;;) {
          const std::size_t next = last + 1 + sep;
          if (next >= n || !joinable(in[next]) || !single_end(next)) break;
          if (!std::equal(in.begin() + static_cast<std::ptrdiff_t>(last + 1),
                          in.begin() + static_cast<std::ptrdiff_t>(next),
                          in.begin() + static_cast<std::ptrdiff_t>(i + 1)))
            break;
          last = next;
          ++count;
          if (is_latin_letter(in[next])) ++letters;
        }
        if (count >= 3 && letters >= 2) {
          for (std::size_t p = i; p <= last; p += 1 + sep) out.push_back(in[p]);
          i = last + 1;
          continue;
        }
      }
    }
    out.push_back(c);
    ++i;
  }
}

// Lower-case ASCII spelling of w[b, e) for the lexicon; false if it has other characters.
bool lexicon_key(const Buf& w, std::size_t b, std::size_t e, std::string& key) {
  key.clear();
  for (std::size_t i = b; i < e; ++i) {
    if (!is_ascii_alpha(w[i])) return false;
    key.push_back(static_cast<char>(ascii_lower(w[i])));
  }
  return true;
}

bool known(const Lexicon* lex, const Buf& w, std::size_t b, std::size_t e, std::string& key) {
  return lex != nullptr && lexicon_key(w, b, e, key) && lex->contains(key);
}

bool is_upper_ascii(char32_t c) noexcept {
  return c >= 'A' && c <= 'Z';
}

// Leetspeak in one word w[b, e): see the header for the rules.
void fold_leet_word(Buf& w, std::size_t b, std::size_t e, const Lexicon* lex, Scratch& s) {
  std::size_t letters = 0, leets = 0, first = e, last = b;
  bool has_one = false;
  for (std::size_t i = b; i < e; ++i) {
    if (is_letter(w[i])) {
      ++letters;
      if (first == e) first = i;
      last = i;
    } else if (leet_letter(w[i])) {
      ++leets;
      has_one = has_one || w[i] == '1';
    } else {
      return;  // other symbols: not leetspeak ("C++", "v1.2")
    }
  }
  if (leets == 0 || letters < 2) return;
  bool inner = false, edge_digit = false;
  for (std::size_t i = b; i < e; ++i) {
    if (is_letter(w[i])) continue;
    if (i > first && i < last)
      inner = true;
    else if (is_digit(w[i]))
      edge_digit = true;
  }
  // A lone edge digit is a number with a unit ("1st", "mp3") unless the word is long.
  const bool full_ok = !edge_digit || letters >= 3 || leets >= 2;
  Buf& c = s.cand;
  auto build = [&](bool all, char32_t one) {
    c.assign(w.begin() + static_cast<std::ptrdiff_t>(b),
             w.begin() + static_cast<std::ptrdiff_t>(e));
    char32_t prev_letter = 0;
    for (std::size_t i = 0; i < c.size(); ++i) {
      const std::size_t at = b + i;
      if (is_letter(c[i])) {
        prev_letter = c[i];
        continue;
      }
      if (!all && !(at > first && at < last)) continue;
      char32_t l = c[i] == '1' ? one : leet_letter(c[i]);
      c[i] = is_upper_ascii(prev_letter) ? l - 32 : l;
    }
  };
  auto apply = [&] { std::copy(c.begin(), c.end(), w.begin() + static_cast<std::ptrdiff_t>(b)); };
  if (lex) {
    for (bool all : {true, false}) {
      if (all ? !full_ok : !inner) continue;
      for (char32_t one : {U'i', U'l'}) {
        if (one == U'l' && !has_one) continue;
        build(all, one);
        if (known(lex, c, 0, c.size(), s.lower)) return apply();
      }
    }
  }
  if (inner && letters >= 3) {
    build(false, U'i');
    apply();
  }
}

bool rarely_doubled(char32_t c) noexcept {
  switch (ascii_lower(c)) {
    case 'a':
    case 'h':
    case 'i':
    case 'j':
    case 'k':
    case 'q':
    case 'u':
    case 'v':
    case 'w':
    case 'x':
    case 'y':
      return true;
    default:
      return false;
  }
}

bool same_letter(char32_t x, char32_t y) noexcept {
  return ascii_lower(x) == ascii_lower(y);
}

// Elongation in one word w[b, e), shortening it in place; returns the new end.
std::size_t collapse_word(Buf& w, std::size_t b, std::size_t e, const Lexicon* lex, Scratch& s) {
  bool run3 = false, one_letter = true, roman = true;
  for (std::size_t i = b; i < e; ++i) {
    if (!is_letter(w[i])) return e;
    if (i + 2 < e && same_letter(w[i], w[i + 1]) && same_letter(w[i], w[i + 2])) run3 = true;
    if (!same_letter(w[i], w[b])) one_letter = false;
    switch (ascii_lower(w[i])) {
      case 'i':
      case 'v':
      case 'x':
      case 'l':
      case 'c':
      case 'd':
      case 'm':
        break;
      default:
        roman = false;
    }
  }
  if (!run3 || one_letter || roman) return e;
  // keep(run letter) → how many letters of a run of >= 3 survive: 1, 2 or the rule.
  Buf& c = s.cand;
  auto build = [&](int keep) {
    c.clear();
    for (std::size_t i = b; i < e;) {
      std::size_t j = i + 1;
      while (j < e && same_letter(w[j], w[i])) ++j;
      std::size_t k = j - i;
      if (k >= 3) k = keep > 0 ? static_cast<std::size_t>(keep) : (rarely_doubled(w[i]) ? 1 : 2);
      c.insert(c.end(), w.begin() + static_cast<std::ptrdiff_t>(i),
               w.begin() + static_cast<std::ptrdiff_t>(i + k));
      i = j;
    }
  };
  bool chosen = false;
  if (lex) {
    for (int keep : {2, 1}) {
      build(keep);
      if (known(lex, c, 0, c.size(), s.lower)) {
        chosen = true;
        break;
      }
    }
  }
  if (!chosen) build(0);
  std::copy(c.begin(), c.end(), w.begin() + static_cast<std::ptrdiff_t>(b));
  w.erase(w.begin() + static_cast<std::ptrdiff_t>(b + c.size()),
          w.begin() + static_cast<std::ptrdiff_t>(e));
  return b + c.size();
}

struct TextScripts {
  bool latin = false;  // some Latin letter
  bool other = false;  // some Cyrillic/Greek/Armenian letter without a Latin look-alike
};

TextScripts scan_scripts(const Buf& t) {
  TextScripts r;
  for (char32_t c : t) {
    if (is_latin_letter(c))
      r.latin = true;
    else if (is_cga_letter(c) && !is_lookalike(c))
      r.other = true;
  }
  return r;
}

// Cyrillic/Greek/Armenian look-alikes in token w: folded when the token is Latin apart from them,
// or when it is made of look-alikes only, the text is Latin and the lexicon knows the word.
void fold_token_confusables(Buf& w, const TextScripts& text, const Lexicon* lex, Scratch& s) {
  std::size_t latin = 0, look = 0;
  for (char32_t c : w) {
    if (is_latin_letter(c)) {
      ++latin;
    } else if (is_lookalike(c)) {
      ++look;
    } else if (is_cga_letter(c)) {
      return;  // a genuine Cyrillic/Greek/Armenian word
    }
  }
  if (look == 0) return;
  if (latin == 0 && (!text.latin || text.other || lex == nullptr)) return;
  Buf& c = s.cand;
  c.clear();
  for (char32_t x : w) {
    if (char32_t m = is_lookalike(x) ? lookup(kScriptLookalikes, x) : 0) x = m;
    c.push_back(x);
  }
  if (latin == 0) {
    // Only the letters form the word ("аѕѕ!" → "ass").
    s.lower.clear();
    for (char32_t x : c)
      if (is_letter(x)) {
        if (!is_ascii_alpha(x)) return;
        s.lower.push_back(static_cast<char>(ascii_lower(x)));
      }
    if (!lex->contains(s.lower)) return;
  }
  w.swap(c);
}

// Leetspeak and elongation on the words of one token (between its leading/trailing punctuation).
void fold_token_words(Buf& w, const NormalizeOptions& o, const Lexicon* lex, Scratch& s) {
  std::size_t b = 0, e = w.size();
  while (b < e && is_lead_punct(w[b])) ++b;
  while (e > b && is_trail_punct(w[e - 1])) --e;
  if (b == e) return;
  for (std::size_t i = b; i < e; ++i) {
    char32_t c = w[i];
    if (!(is_letter(c) || leet_letter(c) || is_word_joiner(c) || is_mark(c))) return;
  }
  for (std::size_t i = b; i < e;) {
    std::size_t j = i;
    while (j < e && !is_word_joiner(w[j])) ++j;
    if (o.fold_leetspeak) fold_leet_word(w, i, j, lex, s);
    if (o.collapse_elongation) {
      const std::size_t nj = collapse_word(w, i, j, lex, s);
      e -= j - nj;
      j = nj;
    }
    i = j + 1;
  }
}

}  // namespace

void normalize_text(std::string_view text, std::string& out, const NormalizeOptions& o,
                    const Lexicon* lexicon) {
  Scratch& s = scratch();
  decode(text, o.nfkc, s);
  character_pass(o, s);  // s.a → s.b
  if (o.join_spaced) {
    join_pass(s);  // s.b → s.a
    s.b.swap(s.a);
  }
  const Buf& t = s.b;
  const bool tokens = o.fold_confusables || o.fold_leetspeak || o.collapse_elongation;
  const TextScripts scripts = o.fold_confusables ? scan_scripts(t) : TextScripts{};
  out.clear();
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < t.size();) {
    if (!tokens || detail::hf_is_whitespace(t[i])) {
      detail::utf8_append(out, t[i++]);
      continue;
    }
    std::size_t j = i;
    while (j < t.size() && !detail::hf_is_whitespace(t[j])) ++j;
    s.token.assign(t.begin() + static_cast<std::ptrdiff_t>(i),
                   t.begin() + static_cast<std::ptrdiff_t>(j));
    if (o.fold_confusables) fold_token_confusables(s.token, scripts, lexicon, s);
    if (o.fold_leetspeak || o.collapse_elongation) fold_token_words(s.token, o, lexicon, s);
    for (char32_t c : s.token) detail::utf8_append(out, c);
    i = j;
  }
}

std::string normalize_text(std::string_view text, const NormalizeOptions& options,
                           const Lexicon* lexicon) {
  std::string out;
  normalize_text(text, out, options, lexicon);
  return out;
}

}  // namespace abusemon
