// Language detection for routing a text to the English or the multilingual model
// (docs/MULTILINGUAL.md, "Routing by language").
//
// A cheap guess, not a language-ID model: lower-cased words are matched against short lists of
// frequent function words of each language, letters typical of a language add evidence, and text
// written mostly in a non-Latin script is reported as such. Its only job is to choose which of two
// models reads a text, and both read English, so a wrong guess on a short or mixed text costs
// little (see language.cpp for why no packaged language-ID library is used).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "abusemon/export.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// The script most of a text's letters are written in.
enum class Script : std::uint8_t {
  none,   ///< no letters at all (empty, digits, emoji, punctuation)
  latin,  ///< at least as many Latin letters as letters of other scripts
  other,  ///< mostly Cyrillic, Greek, Arabic, Hebrew, CJK, ...
};

/// Stable names: "none", "latin", "other".
std::string_view to_string(Script s) noexcept;

/// What detect_language() found.
struct LanguageGuess {
  /// "en", "fr", "de", "es", "it", "pt", "nl", "pl", "vi" (detectable_languages()), or "und" when
  /// no language has more evidence than every other one, or the text is mostly in a non-Latin
  /// script. Points at static storage.
  std::string_view language = "und";
  Script script = Script::none;
  std::uint32_t words = 0;        ///< words read (runs of letters between other characters)
  std::uint32_t score = 0;        ///< evidence for `language` (0 for "und")
  std::uint32_t runner_up = 0;    ///< the highest evidence of any other language
  std::uint32_t non_english = 0;  ///< the highest evidence of any language but English
};

/// Guesses the language of UTF-8 `text` in one pass, without allocating. Evidence: a
/// function word found in one language's list counts 2 for it, one found in several lists 1 for
/// each; each letter typical of one language (ß, ñ, ã, ł, ơ, ...) 2, of several (ç, è, à, ...) 1.
/// The language with the most evidence wins if it has at least 2 and strictly more than the
/// runner-up. Throws error(status::format) for invalid UTF-8. Thread-safe.
LanguageGuess detect_language(std::string_view text);

/// The codes detect_language() can return besides "und", English first.
std::span<const std::string_view> detectable_languages() noexcept;

}  // namespace abusemon
