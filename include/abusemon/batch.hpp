// Batch classification: JSON Lines in, one verdict record per line out, in order, on several
// threads. The engine of `abusemon classify`; a layer above the Monitor (it only calls its public
// API), so hosts that check one text at a time never link it in their head.
// Reference: docs/CLI.md (`abusemon classify`).
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>

#include "abusemon/export.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/types.hpp"
#include "abusemon/verdict.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// Options of classify_jsonl() (the engine of `abusemon classify`).
struct JsonlOptions {
  /// Direction of lines that do not name one.
  Direction direction = Direction::prompt;
  /// Shape of each output record (VerdictFormat); error records are the same in every format.
  VerdictFormat format = VerdictFormat::native;
  /// Each input line is a text (id = its line number) instead of a JSON object.
  bool text_lines = false;
  /// Threads scoring in parallel (1 = the calling thread only). Output order never changes.
  unsigned threads = 1;
  /// Lines per scoring batch and thread.
  std::size_t batch_size = 64;
  /// Image references in "image" / "content" lines may be file paths (the CLI); otherwise only
  /// data: URLs are accepted.
  bool image_files = false;
  /// Longest input line kept in memory (bytes); a longer line is skipped to its end and gets an
  /// error record, so memory stays bounded by batch_size * threads * this. 0 = no limit.
  std::size_t max_line_bytes = 16u << 20;
  /// Called on the calling thread after each block of lines is written, with the totals so far.
  std::function<void(std::size_t lines, std::size_t errors)> progress;
};

/// Totals of a classify_jsonl() run.
struct JsonlSummary {
  std::size_t lines = 0;    ///< input lines read (= output records written)
  std::size_t errors = 0;   ///< error records among them
  std::size_t flagged = 0;  ///< verdicts with action block
};

/// Mixed lines carry `"image": "<data: URL or path>"` (with an optional "text") or
/// `"content": [{"type": "text", "text": ...}, {"type": "image_url", "image_url": {"url": ...}}]`
/// and are checked with Monitor::check_content (an undecodable image is an error record).
/// Classifies JSON Lines: each input line `{"id": any, "text": string, "direction"?: "prompt"|
/// "completion", "customer"?: string, "user"?: string}` (or a plain text with text_lines)
/// gives exactly one output line, in input order: the verdict in `options.format` with "id"
/// (the input's, null when absent) and "line" (1-based) first. A line that cannot be classified
/// (bad JSON, missing text, bad direction, text over the Monitor's limits, blank line) gives
/// `{"id": ..., "line": N, "error": "..."}` and the run goes on. Scorer failures and stream
/// errors propagate. Reference: docs/CLI.md (`abusemon classify`).
JsonlSummary classify_jsonl(const Monitor& monitor, std::istream& in, std::ostream& out,
                            const JsonlOptions& options = {});

}  // namespace abusemon
