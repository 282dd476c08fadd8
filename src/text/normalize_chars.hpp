// Private (text): the character classes and look-alike tables of the normaliser: which code
// points are invisible, marks, separators, punctuation around words, leetspeak digits, and which
// letters of other scripts (or of Latin itself) read as a Latin letter. Inline: the passes call
// them once per character.
#pragma once

#include <utf8proc.h>

#include <algorithm>
#include <cstddef>
#include <iterator>

#include "text/unicode.hpp"

namespace abusemon::detail::textchars {

struct Fold {
  char32_t from, to;
};

// Latin-script look-alikes NFKC leaves alone (small capitals, IPA letters, dotless i/j). They are
// Latin letters already, so folding them never touches another script. Sorted by `from`.
inline constexpr Fold kLatinLookalikes[] = {
    {0x0131, 'i'}, {0x01C0, 'l'}, {0x0237, 'j'}, {0x0251, 'a'}, {0x0261, 'g'}, {0x0262, 'g'},
    {0x0269, 'i'}, {0x026A, 'i'}, {0x0274, 'n'}, {0x0280, 'r'}, {0x028F, 'y'}, {0x0299, 'b'},
    {0x029C, 'h'}, {0x029F, 'l'}, {0x1D00, 'a'}, {0x1D04, 'c'}, {0x1D05, 'd'}, {0x1D07, 'e'},
    {0x1D0A, 'j'}, {0x1D0B, 'k'}, {0x1D0D, 'm'}, {0x1D0F, 'o'}, {0x1D18, 'p'}, {0x1D1B, 't'},
    {0x1D1C, 'u'}, {0x1D20, 'v'}, {0x1D21, 'w'}, {0x1D22, 'z'}, {0xA730, 'f'}, {0xA731, 's'},
    {0xA7AF, 'q'},
};

// Cyrillic, Greek and Armenian letters that look like a Latin letter (after Unicode's
// confusables data, restricted to letters a reader takes for Latin). Sorted by `from`.
inline constexpr Fold kScriptLookalikes[] = {
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
inline char32_t lookup(const Fold (&table)[N], char32_t c) noexcept {
  auto it = std::lower_bound(std::begin(table), std::end(table), c,
                             [](const Fold& f, char32_t v) { return f.from < v; });
  return it != std::end(table) && it->from == c ? it->to : 0;
}

inline utf8proc_category_t category(char32_t c) noexcept {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

inline bool is_ascii_alpha(char32_t c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_digit(char32_t c) noexcept {
  return c >= '0' && c <= '9';
}
inline char32_t ascii_lower(char32_t c) noexcept {
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

inline bool is_letter(char32_t c) noexcept {
  if (c < 0x80) return is_ascii_alpha(c);
  auto k = category(c);
  return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

inline bool is_alnum(char32_t c) noexcept {
  if (c < 0x80) return is_ascii_alpha(c) || is_digit(c);
  auto k = category(c);
  return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
         (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}

inline bool is_mark(char32_t c) noexcept {
  if (c < 0x300) return false;
  auto k = category(c);
  return k >= UTF8PROC_CATEGORY_MN && k <= UTF8PROC_CATEGORY_ME;
}

inline bool is_latin_letter(char32_t c) noexcept {
  if (c < 0x80) return is_ascii_alpha(c);
  if (c < 0xC0) return c == 0xAA || c == 0xBA;
  if (c <= 0x24F) return c != 0xD7 && c != 0xF7;
  return (c >= 0x250 && c <= 0x2AF) || (c >= 0x1D00 && c <= 0x1DBF) ||
         (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2C60 && c <= 0x2C7F) ||
         (c >= 0xA720 && c <= 0xA7FF) || (c >= 0xAB30 && c <= 0xAB6F) ||
         (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

// Letters of the scripts whose look-alikes fold only in Latin context.
inline bool is_cga_letter(char32_t c) noexcept {
  bool script = (c >= 0x370 && c <= 0x58F) || (c >= 0x1C80 && c <= 0x1C8F) ||
                (c >= 0x1F00 && c <= 0x1FFF) || (c >= 0x2DE0 && c <= 0x2DFF) ||
                (c >= 0xA640 && c <= 0xA69F);
  return script && is_letter(c);
}

inline char32_t always_latin(char32_t c) noexcept {
  // Enclosed capitals without a compatibility decomposition (squared, negative circled and
  // negative squared A-Z). Regional indicators are left alone: pairs of them are flags.
  if (c >= 0x1F130 && c <= 0x1F149) return 'A' + (c - 0x1F130);
  if (c >= 0x1F150 && c <= 0x1F169) return 'A' + (c - 0x1F150);
  if (c >= 0x1F170 && c <= 0x1F189) return 'A' + (c - 0x1F170);
  if (c < 0x131) return 0;
  return lookup(kLatinLookalikes, c);
}

// Code points that render as nothing (or as blank filler) and only serve to split words.
inline bool is_invisible(char32_t c) noexcept {
  if (c < 0x80) return false;
  if (c == 0x2800 || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0) return true;
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
  return p->ignorable || p->category == UTF8PROC_CATEGORY_CF;
}

// Leetspeak: the letter a digit or symbol stands for ('1' reads as i, or l: see alt below).
inline char32_t leet_letter(char32_t c) noexcept {
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

inline bool is_separator(char32_t c) noexcept {
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

inline bool is_lead_punct(char32_t c) noexcept {
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

inline bool is_trail_punct(char32_t c) noexcept {
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
inline bool is_word_joiner(char32_t c) noexcept {
  return c == '-' || c == '\'' || c == 0x2019;
}

}  // namespace abusemon::detail::textchars
