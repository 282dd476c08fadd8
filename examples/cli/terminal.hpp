// Text from customers, end users and hosts (content, ids, reasons) printed for a person: every
// byte that a terminal would act on instead of showing is replaced by a visible escape, so that
// content cannot rewrite what the reviewer sees (e.g. "kill you\r\e[2Khave a nice day").
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace abusemon::cli {

enum class Lines : std::uint8_t {
  keep,    ///< multi-line text (content): '\n' and '\t' are printed as themselves
  escape,  ///< one field of a line or table: '\n' and '\t' are escaped too
};

/// `s` with C0 controls, DEL, C1 controls (U+0080..U+009F), bidirectional overrides and
/// isolates (U+202A..U+202E, U+2066..U+2069) and bytes that are not UTF-8 shown as \xNN or
/// \u{NNNN}.
inline std::string printable(std::string_view s, Lines lines = Lines::escape) {
  std::string out;
  out.reserve(s.size());
  char buf[16];
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      const bool keep = c >= 0x20 && c != 0x7f;
      const bool keep_ws = lines == Lines::keep && (c == '\n' || c == '\t');
      if (keep || keep_ws) {
        out += static_cast<char>(c);
      } else {
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      }
      ++i;
      continue;
    }
    // Decode one UTF-8 sequence (shortest form, no surrogates); anything else is a raw byte.
    std::size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
    if (c > 0xf4) len = 0;
    std::uint32_t cp = len == 4 ? c & 0x07u : len == 3 ? c & 0x0fu : c & 0x1fu;
    bool ok = len != 0 && i + len <= s.size();
    for (std::size_t k = 1; ok && k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      ok = (cc & 0xc0) == 0x80;
      cp = (cp << 6) | (cc & 0x3fu);
    }
    ok = ok && !(len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) &&
         !(len == 4 && (cp < 0x10000 || cp > 0x10ffff));
    if (!ok) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      ++i;
      continue;
    }
    const bool hidden = (cp >= 0x80 && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) ||
                        (cp >= 0x2066 && cp <= 0x2069);
    if (hidden) {
      std::snprintf(buf, sizeof buf, "\\u{%04x}", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace abusemon::cli
