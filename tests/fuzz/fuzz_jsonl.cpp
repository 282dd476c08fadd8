// Fuzz target: the JSON Lines readers on arbitrary bytes: classify_jsonl (the `abusemon classify`
// engine, over a deterministic keyword scorer), the traffic-log record parser of replay, and the
// verdict parser (verdict_from_json) in every format. The first byte picks options.
// Invariants: one output line per input line; a verdict that parses re-serialises and parses to
// the same value (native format).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "abusemon/batch.hpp"
#include "abusemon/error.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/replay.hpp"
#include "abusemon/verdict.hpp"
#include "keyword_scorer.hpp"

namespace {

const abusemon::Monitor& monitor() {
  static const abusemon::Monitor m = [] {
    abusemon::MonitorOptions o;
    o.max_text_bytes = 4096;  // lets the fuzzer reach the limit path
    o.max_batch_texts = 16;
    o.scorer_batch_size = 3;
    abusemon::Policy p = abusemon::Policy::from_json(
        R"({"blocklists":[{"name":"b","terms":["acme"],"phrases":["bad phrase"],)"
        R"("regexes":["(?i)k[i1]ll"],"action":"block"}]})");
    return abusemon::Monitor(std::make_shared<abusemon::test::KeywordScorer>(), p, o);
  }();
  return m;
}

void fuzz_classify(std::string_view input, std::uint8_t flags) {
  abusemon::JsonlOptions o;
  o.text_lines = (flags & 2) != 0;
  o.format = static_cast<abusemon::VerdictFormat>((flags >> 2) % 3);
  o.direction = (flags & 16) != 0 ? abusemon::Direction::completion : abusemon::Direction::prompt;
  o.batch_size = 1 + (flags >> 5);
  std::istringstream in{std::string(input)};
  std::ostringstream out;
  const auto summary = abusemon::classify_jsonl(monitor(), in, out, o);
  std::size_t newlines = 0;
  for (char c : out.str()) newlines += c == '\n';
  if (newlines != summary.lines) std::abort();
}

void fuzz_lines(std::string_view input, std::uint8_t flags) {
  std::size_t start = 0;
  while (start <= input.size()) {
    std::size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view line = input.substr(start, end - start);
    start = end + 1;
    if ((flags & 2) != 0) {
      try {
        (void)abusemon::parse_traffic_record(line);
      } catch (const abusemon::error&) {
      }
      (void)abusemon::parse_rfc3339(line);
      continue;
    }
    const auto format = static_cast<abusemon::VerdictFormat>((flags >> 2) % 3);
    abusemon::Verdict v;
    try {
      v = abusemon::verdict_from_json(line, format);
    } catch (const abusemon::error&) {
      continue;
    }
    const std::string again = abusemon::to_json(v, format);
    const abusemon::Verdict back = abusemon::verdict_from_json(again, format);
    if (format == abusemon::VerdictFormat::native && !(back == v)) {
      // NaN scores never compare equal; everything else must survive the round trip.
      bool nan = false;
      for (const auto& c : v.categories) nan |= c.score != c.score;
      if (!nan && v.elapsed_ms == v.elapsed_ms) std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  if ((data[0] & 1) == 0) {
    fuzz_classify(input, data[0]);
  } else {
    fuzz_lines(input, data[0]);
  }
  return 0;
}
