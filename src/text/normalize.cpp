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

#include "text/unicode.hpp"

namespace abusemon {
namespace {

struct Fold {
  char32_t from, to;
};

// Latin-script look-alikes NFKC leaves alone (small capitals, IPA letters, dotless i/j). They are
// Latin letters already, so folding them never touches another script. Sorted by `from`.
constexpr Fold kLatinLookalikes[] = {
    {0x0131, 'i'}, {0x01C0, 'l'}, {0x0237, 'j'}, {0x0251, 'a'}, {0x0261, 'g'}, {0x0262, 'g'},
    {0x0269, 'i'}, {0x026A, 'i'}, {0x0274, 'n'}, {0x0280, 'r'}, {0x028F, 'y'}, {0x0299, 'b'},
    {0x029C, 'h'}, {0x029F, 'l'}, {0x1D00, 'a'}, {0x1D04, 'c'}, {0x1D05, 'd'}, {0x1D07, 'e'},
    {0x1D0A, 'j'}, {0x1D0B, 'k'}, {0x1D0D, 'm'}, {0x1D0F, 'o'}, {0x1D18, 'p'}, {0x1D1B, 't'},
    {0x1D1C, 'u'}, {0x1D20, 'v'}, {0x1D21, 'w'}, {0x1D22, 'z'}, {0xA730, 'f'}, {0xA731, 's'},
    {0xA7AF, 'q'},
};

// Cyrillic, Greek and Armenian letters that look like a Latin letter (after Unicode's
// confusables data, restricted to letters a reader takes for Latin). Sorted by `from`.
constexpr Fold kScriptLookalikes[] = {
    {0x037F, 'J'},  {0x0391, 'A'}, {0x0392, 'B'},  {0x0395, 'E'},  {0x0396, 'Z'},  {0x0397, 'H'},
    {0x0399, 'I'},  {0x039A, 'K'}, {0x039C, 'M'},  {0x039D, 'N'},  {0x039F, 'O'},  {0x03A1, 'P'},
    {0x03A4, 'T'},  {0x03A5, 'Y'}, {0x03A7, 'X'},  {0x03B1, 'a'},  {0x03B2, 'b'},  {0x03B3, 'y'},
    {0x03B5, 'e'},  {0x03B7, 'n'}, {0x03B9, 'i'},  {0x03BA, 'k'},  {0x03BD, 'v'},  {0x03BF, 'o'},
    {0x03C1, 'p'},  {0x03C4, 't'}, {0x03C5, 'u'},  {0x03C7, 'x'},  {0x03C9, 'w'},  {0x03F2, 'c'},
    {0x03F3, 'j'},  {0x03F9, 'C'}, {0x0401, 0xCB}, {0x0405, 'S'},  {0x0406, 'I'},  {0x0407, 0xCF},
    {0x0408, 'J'},  {0x0410, 'A'}, {0x0412, 'B'},  {0x0415, 'E'},  {0x041A, 'K'},  {0x041C, 'M'},
    {0x041D, 'H'},  {0x041E, 'O'}, {0x0420, 'P'},  {0x0421, 'C'},  {0x0422, 'T'},  {0x0423, 'Y'},
    {0x0425, 'X'},  {0x042C, 'b'}, {0x0430, 'a'},  {0x0432, 'b'},  {0x0435, 'e'},  {0x043A, 'k'},
    {0x043C, 'm'},  {0x043D, 'h'}, {0x043E, 'o'},  {0x0440, 'p'},  {0x0441, 'c'},  {0x0442, 't'},
    {0x0443, 'y'},  {0x0445, 'x'}, {0x044C, 'b'},  {0x0451, 0xEB}, {0x0455, 's'},  {0x0456, 'i'},
    {0x0457, 0xEF}, {0x0458, 'j'}, {0x0474, 'V'},  {0x0475, 'v'},  {0x04AE, 'Y'},  {0x04AF, 'y'},
    {0x04BB, 'h'},  {0x04C0, 'I'}, {0x04CF, 'l'},  {0x04E6, 0xD6}, {0x04E7, 0xF6}, {0x0500, 'D'},
    {0x0501, 'd'},  {0x051A, 'Q'}, {0x051B, 'q'},  {0x051C, 'W'},  {0x051D, 'w'},  {0x054D, 'U'},
    {0x0555, 'O'},  {0x0570, 'h'}, {0x0578, 'n'},  {0x057D, 'u'},  {0x0581, 'g'},  {0x0585, 'o'},
};

template <std::size_t N>
char32_t lookup(const Fold (&table)[N], char32_t c) noexcept {
  auto it = std::lower_bound(std::begin(table), std::end(table), c,
                             [](const Fold& f, char32_t v) { return f.from < v; });
  return it != std::end(table) && it->from == c ? it->to : 0;
}

utf8proc_category_t category(char32_t c) noexcept {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

bool is_ascii_alpha(char32_t c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char32_t c) noexcept {
  return c >= '0' && c <= '9';
}
char32_t ascii_lower(char32_t c) noexcept {
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

bool is_letter(char32_t c) noexcept {
  if (c < 0x80) return is_ascii_alpha(c);
  auto k = category(c);
  return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

bool is_alnum(char32_t c) noexcept {
  if (c < 0x80) return is_ascii_alpha(c) || is_digit(c);
  auto k = category(c);
  return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
         (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}

bool is_mark(char32_t c) noexcept {
  if (c < 0x300) return false;
  auto k = category(c);
  return k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME;
}

bool is_latin_letter(char32_t c) noexcept {
  if (c < 0x80) return is_ascii_alpha(c);
  if (c < 0xC0) return c == 0xAA || c == 0xBA;
  if (c <= 0x24F) return c != 0xD7 && c != 0xF7;
  return (c >= 0x250 && c <= 0x2AF) || (c >= 0x1D00 && c <= 0x1DBF) ||
         (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2C60 && c <= 0x2C7F) ||
         (c >= 0xA720 && c <= 0xA7FF) || (c >= 0xAB30 && c <= 0xAB6F) ||
         (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

// Letters of the scripts whose look-alikes fold only in Latin context.
bool is_cga_letter(char32_t c) noexcept {
  bool script = (c >= 0x370 && c <= 0x58F) || (c >= 0x1C80 && c <= 0x1C8F) ||
                (c >= 0x1F00 && c <= 0x1FFF) || (c >= 0x2DE0 && c <= 0x2DFF) ||
                (c >= 0xA640 && c <= 0xA69F);
  return script && is_letter(c);
}

char32_t always_latin(char32_t c) noexcept {
  // Enclosed capitals without a compatibility decomposition (squared, negative circled and
  // negative squared A-Z). Regional indicators are left alone: pairs of them are flags.
  if (c >= 0x1F130 && c <= 0x1F149) return 'A' + (c - 0x1F130);
  if (c >= 0x1F150 && c <= 0x1F169) return 'A' + (c - 0x1F150);
  if (c >= 0x1F170 && c <= 0x1F189) return 'A' + (c - 0x1F170);
  if (c < 0x131) return 0;
  return lookup(kLatinLookalikes, c);
}

// Code points that render as nothing (or as blank filler) and only serve to split words.
bool is_invisible(char32_t c) noexcept {
  if (c < 0x80) return false;
  if (c == 0x2800 || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0) return true;
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
  return p->ignorable || p->category == UTF8PROC_CATEGORY_CF;
}

// Leetspeak: the letter a digit or symbol stands for ('1' reads as i, or l: see alt below).
char32_t leet_letter(char32_t c) noexcept {
  switch (c) {
    case '0':
      return 'o';
    case '1':
      return 'i';
    case '3':
      return 'e';
    case '4':
      return 'a';
    case '5':
      return 's';
    case '7':
      return 't';
    case '8':
      return 'b';
    case '9':
      return 'g';
    case '@':
      return 'a';
    case '$':
      return 's';
    case '!':
      return 'i';
    case 0x20AC:  // euro sign
      return 'e';
    default:
      return 0;
  }
}

bool is_separator(char32_t c) noexcept {
  switch (c) {
    case ' ':
    case '.':
    case '-':
    case '_':
    case '*':
    case '~':
    case '\'':
    case '`':
    case 0xB7:    // middle dot
    case 0x2022:  // bullet
    case 0x2010:  // hyphen
    case 0x2013:  // en dash
    case 0x2014:  // em dash
      return true;
    default:
      return false;
  }
}

bool is_lead_punct(char32_t c) noexcept {
  switch (c) {
    case '(':
    case '[':
    case '{':
    case '"':
    case '\'':
    case '<':
    case '*':
    case '_':
    case 0xAB:    // «
    case 0xBF:    // ¿
    case 0xA1:    // ¡
    case 0x2018:  // ‘
    case 0x201C:  // “
      return true;
    default:
      return false;
  }
}

bool is_trail_punct(char32_t c) noexcept {
  switch (c) {
    case '.':
    case ',':
    case '!':
    case '?':
    case ';':
    case ':':
    case ')':
    case ']':
    case '}':
    case '"':
    case '\'':
    case '>':
    case '*':
    case '_':
    case 0xBB:    // »
    case 0x2019:  // ’
    case 0x201D:  // ”
    case 0x2026:  // …
      return true;
    default:
      return false;
  }
}

// Splits words inside a token for leetspeak and elongation ("h4te-filled", "d0n't").
bool is_word_joiner(char32_t c) noexcept {
  return c == '-' || c == '\'' || c == 0x2019;
}

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
