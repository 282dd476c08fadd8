// Text normalisation against adversarial spelling, applied before tokenisation.
//
// Attackers slip content past a classifier by writing it so that it still reads the same to a
// person but tokenises differently: look-alike letters from other scripts or Unicode blocks
// ("һаtе", "ｈａｔｅ", "𝐡𝐚𝐭𝐞"), leetspeak ("h4te", "$ex"), spaced letters ("k i l l",
// "k.i.l.l"), elongation ("kiiiiill"), invisible characters ("ki\u200Bll") and stacked
// combining marks. normalize_text() undoes these while leaving ordinary text alone:
//
//  1. nfkc: Unicode NFKC (fullwidth, mathematical alphanumerics, ligatures, circled letters →
//     plain characters; composed accents stay composed).
//  2. strip_invisible: drops zero-width, bidi, other format (Cf) and default-ignorable code
//     points and C0/C1 controls; keeps \t \n \r and turns the other whitespace controls (VT,
//     FF, NEL, ...) into a space.
//  3. strip_marks: drops combining marks left on a Latin letter or digit after NFKC (zalgo text,
//     strike-through overlays). Marks on other scripts (Devanagari, Arabic, Cyrillic stress) stay.
//  4. fold_confusables: Latin look-alikes to Latin. Latin small capitals and IPA letters
//     ("ʜᴀᴛᴇ", "ɡ", "ı") and enclosed letters that NFKC keeps ("🅷🅰🆃🅴") always fold.
//     Cyrillic, Greek and Armenian look-alikes fold only inside a word that also has a Latin
//     letter and no letter of those scripts without a Latin look-alike. A word made of
//     look-alikes only ("аѕѕ") folds when the text has Latin letters and no such other letter
//     and the lexicon knows the folded word (so "Москва" stays). Genuine Russian or Greek text
//     contains letters without look-alikes (л, д, я, λ, π, ...), so it is left untouched.
//  5. join_spaced: three or more single letters separated by the same separator of one to three
//     characters (spaces, . - _ * ~ ' ` · • dashes; not + / | , which join terms in code and
//     lists) are joined: "k i l l", "k.i.l.l", "K - I - L
//     - L" → "kill". At least two of them must be Latin letters ("1 2 3" stays).
//  6. fold_leetspeak: digits and symbols used as letters (0 o, 1 i/l, 3 e, 4 a, 5 s, 7 t, 8 b,
//     9 g, @ a, $ s, ! i, € e) inside words that mix them with letters. A leet character
//     between letters folds when the word has at least three letters ("h4te", "k1ll",
//     "sh!t"); everything else ("$ex", "@ss", "1diot", "he11", words with two letters) folds
//     only when a lexicon is given and knows the folded word. Tokens without letters ("2024",
//     "$5", "4 people") and tokens with other symbols ("C++", "a@b.com", "v1.2") are left
//     alone, and so are number + unit forms ("1st", "10am", "covid19", "mp3").
//  7. collapse_elongation: a run of three or more of the same letter is shortened: to the form
//     (runs of two or one) the lexicon knows, else to one for letters English rarely doubles
//     (a h i j k q u v w x y) and two for the rest ("kiiiill" → "kill", "gooood" → "good").
//     Words of one repeated letter ("zzz", "www", "XXX") and Roman numerals ("VIII") stay.
//
// Ordinary words never contain what steps 3–7 act on, so clean English text comes out
// unchanged (only NFKC and invisible characters can change it). Case is preserved.
//
// Invalid UTF-8: each maximal invalid subpart becomes U+FFFD first, as the tokenizers do
// (tokenizer.hpp); never an error.
//
// Threading: normalize_text() is reentrant; it keeps per-thread scratch buffers, so after
// warm-up it allocates only the output string. A Lexicon must be safe to query concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include "abusemon/export.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// Which steps normalize_text() runs (see the file comment); all on by default.
struct NormalizeOptions {
  bool nfkc = true;                 ///< Unicode NFKC
  bool strip_invisible = true;      ///< zero-width, bidi, format and control characters
  bool strip_marks = true;          ///< combining marks on Latin letters and digits
  bool fold_confusables = true;     ///< look-alike letters → Latin
  bool join_spaced = true;          ///< "k i l l" / "k.i.l.l" → "kill"
  bool fold_leetspeak = true;       ///< "h4te" → "hate"
  bool collapse_elongation = true;  ///< "kiiiill" → "kill"

  /// Every step off: normalize_text() only repairs invalid UTF-8.
  static NormalizeOptions none() { return {false, false, false, false, false, false, false}; }
  bool operator==(const NormalizeOptions&) const = default;
};

/// Replaces invalid UTF-8 in `text` by U+FFFD (maximal-subpart rule). Returns true if `text`
/// was already valid (then `out` is an exact copy).
bool sanitize_utf8(std::string_view text, std::string& out);

/// A set of known words, used to choose between candidate spellings ("he11" → "hell", not
/// "heii"; "nooooo" → "no"). Queried with lower-case ASCII words. Must be thread-safe.
class Lexicon {
 public:
  virtual ~Lexicon() = default;
  virtual bool contains(std::string_view lower_word) const noexcept = 0;
};

/// Returns the normalised UTF-8 text. `lexicon` may be null (then only the built-in rules
/// decide; see the file comment). Throws only std::bad_alloc.
std::string normalize_text(std::string_view text, const NormalizeOptions& options = {},
                           const Lexicon* lexicon = nullptr);

/// Same, into `out` (its previous content is replaced; its capacity is reused).
void normalize_text(std::string_view text, std::string& out, const NormalizeOptions& options = {},
                    const Lexicon* lexicon = nullptr);

}  // namespace abusemon
