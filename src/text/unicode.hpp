// Unicode helpers of the text layer (internal): code point decoding and classes, used by the
// tokenizers and the normaliser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace abusemon::detail {

constexpr char32_t kReplacementChar = 0xFFFD;

/// Decodes one code point from [p, p+n) (n > 0). Invalid or truncated sequences yield U+FFFD and
/// consume the maximal invalid subpart (at least one byte), like Python's "replace" handler.
char32_t utf8_next(const unsigned char* p, std::size_t n, std::size_t& consumed) noexcept;

/// Appends the UTF-8 encoding of `cp` (must be a scalar value) to `out`.
void utf8_append(std::string& out, char32_t cp);

// Character classes with Hugging Face `tokenizers` semantics (BertNormalizer/BertPreTokenizer).
// Hugging Face uses older Unicode tables than utf8proc; the few code points whose class
// differs are listed in unicode.cpp so that ids match the reference exactly.
bool hf_is_whitespace(char32_t c) noexcept;
bool hf_is_control(char32_t c) noexcept;
bool hf_is_punctuation(char32_t c) noexcept;
bool hf_is_chinese_char(char32_t c) noexcept;
bool hf_is_nonspacing_mark(char32_t c) noexcept;

/// Canonical decomposition (NFD) of one code point into `out` (capacity 4 is not enough in
/// general: pass 32). Returns the number of code points written.
int nfd_decompose(char32_t c, char32_t* out, int capacity) noexcept;

/// Simple lower-case mapping with HF's exceptions; U+0130 is handled by the caller.
char32_t hf_to_lower(char32_t c) noexcept;

}  // namespace abusemon::detail
