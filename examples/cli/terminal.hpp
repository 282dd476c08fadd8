// Text from customers, end users and hosts (content, ids, reasons) printed for a person: every
// byte that a terminal would act on instead of showing is replaced by a visible escape, so that
// content cannot rewrite what the reviewer sees (e.g. "kill you\r\e[2Khave a nice day").
#pragma once

#include <cstdint>
#include <cstdio>
#include <streambuf>
#include <string>
#include <string_view>

namespace abusemon::cli {

enum class Lines : std::uint8_t {
  keep,    ///< multi-line text (content): '\n' and '\t' are printed as themselves
  escape,  ///< one field of a line or table: '\n' and '\t' are escaped too
};

/// `s` with C0 controls, DEL, C1 controls (U+0080..U+009F), bidirectional overrides and
/// isolates (U+202A..U+202E, U+2066..U+2069) shown as \uNNNN (a JSON escape, so that JSON output
/// stays valid and means the same), and bytes that are not UTF-8 as \xNN.
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
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
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
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

/// A filter in front of a stream buffer: whole lines pass through printable(Lines::keep). The CLI
/// puts it in front of stdout, so that no command can print raw control characters; JSON output
/// is unchanged in meaning (nlohmann already escapes C0; DEL, C1 and bidi controls become \u
/// escapes).
class TerminalSafeBuf final : public std::streambuf {
 public:
  explicit TerminalSafeBuf(std::streambuf* out) : out_(out) {}
  ~TerminalSafeBuf() override { flush_line(); }

 protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    line_.push_back(traits_type::to_char_type(ch));
    if (ch == '\n' && !flush_line()) return traits_type::eof();
    return ch;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    for (std::streamsize i = 0; i < n; ++i) {
      if (traits_type::eq_int_type(overflow(traits_type::to_int_type(s[i])), traits_type::eof())) {
        return i;
      }
    }
    return n;
  }
  int sync() override { return flush_line() && out_->pubsync() == 0 ? 0 : -1; }

 private:
  bool flush_line() {
    if (line_.empty()) return true;
    const std::string safe = printable(line_, Lines::keep);
    line_.clear();
    return out_->sputn(safe.data(), static_cast<std::streamsize>(safe.size())) ==
           static_cast<std::streamsize>(safe.size());
  }

  std::streambuf* out_;
  std::string line_;
};

}  // namespace abusemon::cli
