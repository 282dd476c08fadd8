#include "text/unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>

namespace abusemon::detail {
namespace {
#include "unicode_compat.inc"

template <std::size_t N>
bool in(const char32_t (&table)[N], char32_t c) {
  return std::binary_search(std::begin(table), std::end(table), c);
}

utf8proc_category_t category(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

bool is_cont(unsigned char b) {
  return (b & 0xC0) == 0x80;
}
}  // namespace

char32_t utf8_next(const unsigned char* p, std::size_t n, std::size_t& consumed) noexcept {
  unsigned char b0 = p[0];
  if (b0 < 0x80) {
    consumed = 1;
    return b0;
  }
  // Expected length and the valid range of the second byte (Unicode Table 3-7).
  std::size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    consumed = 1;
    return kReplacementChar;
  }
  std::size_t i = 1;
  for (; i < len; ++i) {
    if (i >= n) break;
    unsigned char b = p[i];
    bool ok = i == 1 ? (b >= lo && b <= hi) : is_cont(b);
    if (!ok) break;
    cp = (cp << 6) | (b & 0x3F);
  }
  consumed = i;
  return i == len ? cp : kReplacementChar;
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool hf_is_whitespace(char32_t c) noexcept {
  // Rust's char::is_whitespace (the White_Space property), which HF uses.
  switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool hf_is_control(char32_t c) noexcept {
  if (c == '\t' || c == '\n' || c == '\r') return false;
  auto cat = category(c);
  bool ctrl =
      cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF || cat == UTF8PROC_CATEGORY_CO;
  if (ctrl) return !in(kControlNot, c);
  return in(kControlExtra, c);
}

bool hf_is_punctuation(char32_t c) noexcept {
  if (c < 0x80)
    return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
           (c >= 123 && c <= 126);
  auto cat = category(c);
  bool p = cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO;
  if (p) return !in(kPunctNot, c);
  return in(kPunctExtra, c);
}

bool hf_is_chinese_char(char32_t c) noexcept {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B73F) ||
         (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

bool hf_is_nonspacing_mark(char32_t c) noexcept {
  if (category(c) == UTF8PROC_CATEGORY_MN) return !in(kMarkNot, c);
  return in(kMarkExtra, c);
}

int nfd_decompose(char32_t c, char32_t* out, int capacity) noexcept {
  if (c < 0xC0 || in(kNoDecompose, c)) {  // nothing below U+00C0 decomposes canonically
    out[0] = c;
    return 1;
  }
  utf8proc_int32_t buf[32];
  int last = 0;
  auto n =
      utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), buf, 32, UTF8PROC_DECOMPOSE, &last);
  if (n <= 0 || n > capacity || n > 32) {
    out[0] = c;
    return 1;
  }
  for (int i = 0; i < n; ++i) out[i] = static_cast<char32_t>(buf[i]);
  return static_cast<int>(n);
}

char32_t hf_to_lower(char32_t c) noexcept {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  auto it = std::lower_bound(std::begin(kLowerMap), std::end(kLowerMap), c,
                             [](const char32_t(&e)[2], char32_t v) { return e[0] < v; });
  if (it != std::end(kLowerMap) && (*it)[0] == c) return (*it)[1];
  return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
}

}  // namespace abusemon::detail
