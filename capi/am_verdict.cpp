// C ABI, section "monitor": verdict accessors (am_verdict_*).
#include <cstring>
#include <string>

#include "abusemon/verdict.hpp"
#include "am_monitor_internal.hpp"
#include "capi_internal.hpp"

namespace {

constexpr size_t kBlocklistMatchFirst = AM_FIRST_SIZE(am_blocklist_match, end);
constexpr size_t kVerdictPartFirst = AM_FIRST_SIZE(am_verdict_part, action);

const abusemon::CategoryResult* category_of(const am_verdict* v, am_category c) {
  if (v == nullptr || static_cast<int>(c) < 0 || static_cast<int>(c) >= AM_CATEGORY_COUNT) {
    return nullptr;
  }
  return &v->verdict.categories[static_cast<size_t>(c)];
}

// Stable name of a route (to_string's names are NUL-terminated literals), or NULL.
const char* route_name(const std::optional<abusemon::LanguageRoute>& r) {
  return r ? abusemon::to_string(*r).data() : nullptr;
}

}  // namespace

extern "C" {

// --- verdict --------------------------------------------------------------------------------

void am_verdict_free(am_verdict* verdict) {
  delete verdict;
}

am_direction am_verdict_direction(const am_verdict* v) {
  return v ? static_cast<am_direction>(v->verdict.direction) : AM_DIRECTION_PROMPT;
}

am_action am_verdict_action(const am_verdict* v) {
  return v ? static_cast<am_action>(v->verdict.action) : AM_ACTION_ALLOW;
}

int32_t am_verdict_flagged(const am_verdict* v) {
  return v && v->verdict.flagged() ? 1 : 0;
}

float am_verdict_score(const am_verdict* v, am_category c) {
  const auto* r = category_of(v, c);
  return r ? r->score : 0.0f;
}

am_severity am_verdict_severity(const am_verdict* v, am_category c) {
  const auto* r = category_of(v, c);
  return r ? static_cast<am_severity>(r->severity) : AM_SEVERITY_SAFE;
}

int32_t am_verdict_filtered(const am_verdict* v, am_category c) {
  const auto* r = category_of(v, c);
  return r && r->filtered ? 1 : 0;
}

int32_t am_verdict_annotated(const am_verdict* v, am_category c) {
  const auto* r = category_of(v, c);
  return r && r->annotated ? 1 : 0;
}

int32_t am_verdict_jailbreak_detected(const am_verdict* v) {
  return v && v->verdict.jailbreak_detected ? 1 : 0;
}

int32_t am_verdict_jailbreak_filtered(const am_verdict* v) {
  return v && v->verdict.jailbreak_filtered ? 1 : 0;
}

const char* am_verdict_refusal(const am_verdict* v) {
  return v && v->verdict.refusal ? v->verdict.refusal->c_str() : nullptr;
}

const char* am_verdict_model_id(const am_verdict* v) {
  return v ? v->verdict.model_id.c_str() : nullptr;
}

const char* am_verdict_model_version(const am_verdict* v) {
  return v ? v->verdict.model_version.c_str() : nullptr;
}

const char* am_verdict_language(const am_verdict* v) {
  return v && !v->verdict.language.empty() ? v->verdict.language.c_str() : nullptr;
}

const char* am_verdict_route(const am_verdict* v) {
  return v ? route_name(v->verdict.route) : nullptr;
}

double am_verdict_elapsed_ms(const am_verdict* v) {
  return v ? v->verdict.elapsed_ms : 0.0;
}

size_t am_verdict_match_count(const am_verdict* v) {
  return v ? v->verdict.blocklist_matches.size() : 0;
}

am_status am_verdict_match(const am_verdict* v, size_t index, am_blocklist_match* out) {
  AM_API_BEGIN
  am::require(v, "verdict");
  am::require(out, "out");
  const auto& ms = v->verdict.blocklist_matches;
  if (index >= ms.size()) {
    throw std::invalid_argument("match index " + std::to_string(index) + " out of range (" +
                                std::to_string(ms.size()) + " matches)");
  }
  const auto& m = ms[index];
  size_t size;
  std::memcpy(&size, out, sizeof size);
  am_blocklist_match r{};
  r.blocklist = m.blocklist.c_str();
  r.pattern = m.pattern.c_str();
  r.kind = static_cast<am_match_kind>(m.kind);
  r.action = static_cast<am_action>(m.action);
  r.start = m.start;
  r.end = m.end;
  am::write_struct(out, size, r, kBlocklistMatchFirst, "am_blocklist_match", false);
  AM_API_END
}

am_status am_verdict_stream_offsets(const am_verdict* v, size_t* check_offset, size_t* start_offset,
                                    size_t* end_offset, int32_t* is_final) {
  AM_API_BEGIN
  am::require(v, "verdict");
  if (!v->verdict.stream) {
    throw abusemon::error(abusemon::status::state, "verdict is not from a stream");
  }
  const auto& o = *v->verdict.stream;
  if (check_offset) *check_offset = o.check_offset;
  if (start_offset) *start_offset = o.start_offset;
  if (end_offset) *end_offset = o.end_offset;
  if (is_final) *is_final = o.final ? 1 : 0;
  AM_API_END
}

am_status am_verdict_to_json(const am_verdict* v, am_format format, char* buf, size_t* len) {
  AM_API_BEGIN
  am::require(v, "verdict");
  am::require(len, "len");
  if (format < AM_FORMAT_NATIVE || format > AM_FORMAT_AZURE) {
    throw std::invalid_argument("format out of range: " + std::to_string(static_cast<int>(format)));
  }
  return am::write_string(
      abusemon::to_json(v->verdict, static_cast<abusemon::VerdictFormat>(format)), buf, len);
  AM_API_END
}

size_t am_verdict_part_count(const am_verdict* verdict) {
  return verdict == nullptr ? 0 : verdict->verdict.parts.size();
}

am_status am_verdict_get_part(const am_verdict* verdict, size_t index, am_verdict_part* out) {
  AM_API_BEGIN
  am::require(verdict, "verdict");
  am::require(out, "out");
  size_t size;
  std::memcpy(&size, out, sizeof size);
  if (index >= verdict->verdict.parts.size()) {
    throw std::invalid_argument("part index " + std::to_string(index) + " out of range (" +
                                std::to_string(verdict->verdict.parts.size()) + " parts)");
  }
  const auto& p = verdict->verdict.parts[index];
  am_verdict_part r{};
  r.size = sizeof r;
  r.index = p.index;
  r.kind = static_cast<am_part_kind>(p.kind);
  r.action = static_cast<am_action>(p.action);
  r.language = p.language.empty() ? nullptr : p.language.c_str();
  r.route = route_name(p.route);
  am::write_struct(out, size, r, kVerdictPartFirst, "am_verdict_part", false);
  AM_API_END
}

float am_verdict_part_score(const am_verdict* verdict, size_t index, am_category category) {
  if (verdict == nullptr || index >= verdict->verdict.parts.size() ||
      static_cast<int>(category) < 0 || static_cast<int>(category) >= AM_CATEGORY_COUNT) {
    return 0.0f;
  }
  return verdict->verdict.parts[index].scores[static_cast<size_t>(category)];
}

}  // extern "C"
