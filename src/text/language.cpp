// Language guess by function words and typical letters (language.hpp).
//
// Why a stop-word scorer is enough: the guess only picks which of two models reads a text, and
// the multilingual one reads English too, so the one costly mistake is sending a non-English text
// to the English model. That needs evidence of English and none of another language; running
// text in the languages served is full of their function words. Why not a library: of the
// language-ID libraries, fastText's needs a model file downloaded at run time, CLD3 is not packaged
// as a library in Debian, libexttextcat reads fingerprint files from a data directory at run
// time; CLD2 (libcld2-dev, Apache-2.0, tables compiled in) is in Debian but unmaintained since
// 2015 and would add a run-time dependency to the library, the wheel and monitor-only hosts for a
// decision that a few hundred words make as well on sentences (it also refuses to call short
// texts, which the router must route anyway).
#include "abusemon/language.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "abusemon/error.hpp"
#include "core/enum_names.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

namespace abusemon {
namespace {

constexpr std::array<std::string_view, 9> kLanguages{"en", "fr", "de", "es", "it",
                                                     "pt", "nl", "pl", "vi"};
constexpr detail::EnumNames<Script, 3> kScriptNames{{"none", "latin", "other"}};

// Frequent function words per language, in the order of kLanguages. A word in several lists is
// evidence for each of them (weight 1 instead of 2). Lists are lower case, NFC; the apostrophe
// splits words, so French "c'est" is read as "c" and "est".
constexpr std::array<std::string_view, 9> kWordLists{
    // en
    "the and of to is are was were you your it its this that these those what how why with for "
    "have has had be been being not my i he she they them we our their will would should could "
    "can just about from who which there when an if or but do does did all some any please "
    "me on in am die yourself myself him his her want make know get like going a tell write give "
    "explain describe create show find need use story joke time people one way new more than then "
    "into out up so us let where here now good very only other because",
    // fr
    "le la les des du un une est et je tu il elle nous vous ils elles sont pas ne que qui pour "
    "dans sur avec mais ou où ce cette ces c qu j l d n s mon ma mes ton ta tes son sa au aux "
    "être avoir fait très comment pourquoi moi toi lui leur y en de a se si on me te suis vais "
    "veux peux sais ai avez êtes était va vont faire tout tous rien aussi alors ici quoi chez",
    // de
    "der die das und ist nicht ich du er sie wir ihr es ein eine einen einem dem den des mit auf "
    "für von zu auch wie was wenn aber oder kann bin bist sind hat haben dass noch nur schon mich "
    "dich sich mir dir kein keine hier warum bitte sehr diese dieser im am um ja nein habe "
    "hast war wird werden soll muss kannst möchte gibt alle nichts etwas jetzt heute",
    // es
    "el la los las un una es y que qué de del en por para con no lo le se su sus al como cómo "
    "pero más muy este esta está están estoy yo tú mi me te hay porque también ser son fue eso "
    "esto ella ellos nosotros usted puedo quiero cuando donde dónde nos mas tengo tiene estás "
    "eres soy hace todo nada algo aquí ahora sí sé ya bien",
    // it
    "il lo la gli le i un una uno di da del della delle dei che non è e ma per con come sono sei "
    "siamo ho hai ha perché anche questo questa quello nel nella alla al sul mio mia tuo ti mi "
    "ci si io lui lei noi voi loro più cosa molto essere fare voglio puoi l d no sto stai "
    "fatto tutto niente qualcosa qui adesso ora bene vai",
    // pt
    "o os a as um uma de do da dos das em no na nos nas que não é e com para por mais mas se eu "
    "você ele ela eles isso isto este esta está estou são foi ser muito como ao aos pelo pela "
    "também porque meu minha seu sua tem tenho quero pode sou vou vai fazer tudo nada aqui "
    "agora bem já",
    // nl
    "de het een en is van ik je jij niet dat die op te met voor zijn er maar om ook als aan bij "
    "dit wat we hij zij ze mijn jouw naar uit nog wel geen kan moet wil heb heeft hebben worden "
    "wordt waarom hoe omdat alle niets iets hier ja was ben bent hebt ga gaat doe doen alles "
    "niks nu goed",
    // pl
    "i w z na nie się to jest że do o jak a ale co tak czy po ja ty on ona my wy mnie mi ci jego "
    "jej ich ten ta te tego tym już może bardzo tylko przez dla od są być mam chcę jestem "
    "dlaczego proszę który która które gdzie kiedy jesteś masz będzie wszystko nic tutaj "
    "teraz dobrze cię ciebie",
    // vi: a word is a syllable; none that is also a frequent word of the lists above
    "và của là có không những được cho với một này người các trong để tôi bạn đã sẽ đang thì "
    "nhưng khi nếu vì làm gì sao như rất cũng ở đó đây vào nào mình họ chúng hãy cách muốn "
    "biết nói viết giúp về từ bị đi",
};

using Mask = std::uint16_t;  // bit i = kLanguages[i]

struct WordEntry {
  std::string_view word;
  Mask mask;
};

// The lists above, merged and sorted once (the only allocation, at first use).
const std::vector<WordEntry>& word_table() {
  static const std::vector<WordEntry> table = [] {
    std::vector<WordEntry> t;
    for (std::size_t lang = 0; lang < kWordLists.size(); ++lang) {
      std::string_view list = kWordLists[lang];
      while (!list.empty()) {
        const std::size_t end = std::min(list.find(' '), list.size());
        if (end > 0) t.push_back({list.substr(0, end), static_cast<Mask>(1u << lang)});
        list.remove_prefix(std::min(end + 1, list.size()));
      }
    }
    std::sort(t.begin(), t.end(),
              [](const WordEntry& a, const WordEntry& b) { return a.word < b.word; });
    std::vector<WordEntry> merged;
    for (const WordEntry& e : t) {
      if (!merged.empty() && merged.back().word == e.word) {
        merged.back().mask |= e.mask;
      } else {
        merged.push_back(e);
      }
    }
    return merged;
  }();
  return table;
}

constexpr Mask bit(std::size_t lang) {
  return static_cast<Mask>(1u << lang);
}
constexpr Mask kFr = bit(1), kDe = bit(2), kEs = bit(3), kIt = bit(4), kPt = bit(5), kNl = bit(6),
               kPl = bit(7), kVi = bit(8);

struct LetterEntry {
  char32_t cp;
  Mask mask;
};

// Lower-case letters (and Spanish inverted marks) typical of some of the languages; sorted.
// Besides ơ and ư, Vietnamese letters are one range (vietnamese_letter), not 90 entries.
constexpr std::array<LetterEntry, 39> kLetters{{
    {U'\u00A1', kEs},                    // ¡
    {U'\u00BF', kEs},                    // ¿
    {U'\u00DF', kDe},                    // ß
    {U'\u00E0', kFr | kIt | kPt},        // à
    {U'\u00E1', kEs | kPt},              // á
    {U'\u00E2', kFr | kPt},              // â
    {U'\u00E3', kPt},                    // ã
    {U'\u00E4', kDe},                    // ä
    {U'\u00E7', kFr | kPt},              // ç
    {U'\u00E8', kFr | kIt},              // è
    {U'\u00E9', kFr | kEs | kIt | kPt},  // é
    {U'\u00EA', kFr | kPt},              // ê
    {U'\u00EB', kFr | kNl},              // ë
    {U'\u00EC', kIt},                    // ì
    {U'\u00ED', kEs | kPt},              // í
    {U'\u00EE', kFr},                    // î
    {U'\u00EF', kFr | kNl},              // ï
    {U'\u00F1', kEs},                    // ñ
    {U'\u00F2', kIt},                    // ò
    {U'\u00F3', kEs | kPt | kPl},        // ó
    {U'\u00F4', kFr | kPt},              // ô
    {U'\u00F5', kPt},                    // õ
    {U'\u00F6', kDe},                    // ö
    {U'\u00F9', kFr | kIt},              // ù
    {U'\u00FA', kEs | kPt},              // ú
    {U'\u00FB', kFr},                    // û
    {U'\u00FC', kDe},                    // ü
    {U'\u0105', kPl},                    // ą
    {U'\u0107', kPl},                    // ć
    {U'\u0119', kPl},                    // ę
    {U'\u0133', kNl},                    // ĳ
    {U'\u0142', kPl},                    // ł
    {U'\u0144', kPl},                    // ń
    {U'\u0153', kFr},                    // œ
    {U'\u015B', kPl},                    // ś
    {U'\u017A', kPl},                    // ź
    {U'\u017C', kPl},                    // ż
    {U'\u01A1', kVi},                    // ơ
    {U'\u01B0', kVi},                    // ư
}};

// Only Vietnamese uses the tone-marked vowels of U+1EA0..U+1EF9 (ạ ả ấ ... ỹ). ă and đ are left
// out: Romanian and Croatian write them too.
bool vietnamese_letter(char32_t cp) noexcept {
  return cp >= 0x1EA0 && cp <= 0x1EF9;
}

Mask letter_mask(char32_t cp) noexcept {
  if (vietnamese_letter(cp)) return kVi;
  const auto it = std::lower_bound(kLetters.begin(), kLetters.end(), cp,
                                   [](const LetterEntry& e, char32_t c) { return e.cp < c; });
  return it != kLetters.end() && it->cp == cp ? it->mask : Mask{0};
}

bool is_latin(char32_t c) noexcept {
  return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || c == 0xAA || c == 0xBA ||
         (c >= 0xC0 && c <= 0x2AF && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF) ||
         (c >= 0x2C60 && c <= 0x2C7F) || (c >= 0xA720 && c <= 0xA7FF) ||
         (c >= 0xAB30 && c <= 0xAB6F) || (c >= 0xFB00 && c <= 0xFB06) ||
         (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

void add(std::array<std::uint32_t, kLanguages.size()>& score, Mask mask) noexcept {
  if (mask == 0) return;
  const std::uint32_t w = (mask & (mask - 1)) == 0 ? 2 : 1;  // one language: 2, several: 1
  for (std::size_t i = 0; i < score.size(); ++i) {
    if ((mask & bit(i)) != 0) score[i] += w;
  }
}

// One word being read: its code points (composed and lower-cased at the end) and UTF-8 bytes.
class Word {
 public:
  void push(char32_t c, bool mark) noexcept {
    if (n_ < cps_.size()) {
      cps_[n_] = static_cast<utf8proc_int32_t>(c);
    }
    ++n_;
    has_mark_ = has_mark_ || mark;
  }
  bool empty() const noexcept { return n_ == 0; }

  // Adds the word's evidence (letters, then the function-word lists) and starts a new word.
  void finish(std::array<std::uint32_t, kLanguages.size()>& score) noexcept {
    if (n_ > 0 && n_ <= cps_.size()) {
      auto len = static_cast<utf8proc_ssize_t>(n_);
      if (has_mark_) {  // decomposed accents ("e" + U+0301): compose so "é" is read as one letter
        len = utf8proc_normalize_utf32(
            cps_.data(), len, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
      }
      std::size_t bytes = 0;
      bool fits = true;
      for (utf8proc_ssize_t i = 0; len > 0 && i < len; ++i) {
        const auto lower = utf8proc_tolower(cps_[static_cast<std::size_t>(i)]);
        add(score, letter_mask(static_cast<char32_t>(lower)));
        if (fits && bytes + 4 <= utf8_.size()) {
          bytes += static_cast<std::size_t>(utf8proc_encode_char(
              lower, reinterpret_cast<utf8proc_uint8_t*>(utf8_.data() + bytes)));
        } else {
          fits = false;
        }
      }
      if (fits && len > 0) {
        const std::string_view w(utf8_.data(), bytes);
        const auto& table = word_table();
        const auto it =
            std::lower_bound(table.begin(), table.end(), w,
                             [](const WordEntry& e, std::string_view s) { return e.word < s; });
        if (it != table.end() && it->word == w) add(score, it->mask);
      }
    }
    n_ = 0;
    has_mark_ = false;
  }

 private:
  std::array<utf8proc_int32_t, 32> cps_{};  // longer words are no function words: not looked up
  std::array<char, 32 * 4> utf8_{};
  std::size_t n_ = 0;
  bool has_mark_ = false;
};

}  // namespace

std::string_view to_string(Script s) noexcept {
  return kScriptNames.name(s);
}

std::span<const std::string_view> detectable_languages() noexcept {
  return kLanguages;
}

LanguageGuess detect_language(std::string_view text) {
  if (const std::size_t valid = detail::utf8_valid_prefix(text); valid != text.size()) {
    throw error(status::format, "detect_language: invalid UTF-8 at byte " + std::to_string(valid));
  }
  std::array<std::uint32_t, kLanguages.size()> score{};
  std::size_t latin = 0, other = 0;
  LanguageGuess g;
  Word word;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t used = 0;
    const char32_t c = detail::utf8_next(p + i, text.size() - i, used);
    i += used;
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    const bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
    const bool mark = cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME;
    if (letter) {
      (is_latin(c) ? latin : other) += 1;
      if (word.empty()) ++g.words;
      word.push(c, false);
    } else if (mark && !word.empty()) {
      word.push(c, true);
    } else {
      word.finish(score);
      add(score, letter_mask(c));  // ¡ and ¿
    }
  }
  word.finish(score);

  g.script = latin + other == 0 ? Script::none : latin >= other ? Script::latin : Script::other;
  std::size_t best = 0;
  for (std::size_t l = 1; l < score.size(); ++l) {  // kLanguages[0] is English
    if (score[l] > score[best]) best = l;
    g.non_english = std::max(g.non_english, score[l]);
  }
  for (std::size_t l = 0; l < score.size(); ++l) {
    if (l != best) g.runner_up = std::max(g.runner_up, score[l]);
  }
  if (g.script != Script::other && score[best] >= 2 && score[best] > g.runner_up) {
    g.language = kLanguages[best];
    g.score = score[best];
  }
  return g;
}

}  // namespace abusemon
