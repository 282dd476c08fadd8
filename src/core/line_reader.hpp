// Bounded line reading for line-oriented inputs (classify, replay, tracker events) (private).
// std::getline grows its string with the line, so one endless line could take all memory; this
// keeps at most `max_bytes` of a line and skips the rest.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace abusemon::detail {

enum class LineRead { ok, too_long, eof };

/// Reads one '\n'-terminated line (the last may lack it) into `line`, without the '\n'. A line
/// longer than max_bytes (0 = no limit) is consumed to its end and reported as too_long with
/// `line` empty. eof: nothing left (the stream's failbit is set, as getline does).
inline LineRead read_line(std::istream& in, std::string& line, std::size_t max_bytes) {
  line.clear();
  const std::istream::sentry ok(in, true);
  if (!ok) return LineRead::eof;
  std::streambuf* sb = in.rdbuf();
  bool any = false;
  bool too_long = false;
  for (;;) {
    const int c = sb->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(any ? std::ios::eofbit : std::ios::eofbit | std::ios::failbit);
      if (!any) return LineRead::eof;
      break;
    }
    any = true;
    if (c == '\n') break;
    if (too_long) continue;
    if (max_bytes != 0 && line.size() >= max_bytes) {
      too_long = true;
      std::string().swap(line);
      continue;
    }
    line.push_back(static_cast<char>(c));
  }
  return too_long ? LineRead::too_long : LineRead::ok;
}

}  // namespace abusemon::detail
