// C ABI, section "tracker": abuse pattern capture.
#include <memory>
#include <string>
#include <vector>

#include "abusemon/tracker.hpp"
#include "am_monitor_internal.hpp"
#include "am_tracker_internal.hpp"
#include "capi_internal.hpp"

namespace {

am_tracker_event default_event() {
  am_tracker_event e{};
  e.size = sizeof e;
  e.direction = AM_DIRECTION_PROMPT;
  e.action = AM_ACTION_ALLOW;
  return e;
}

constexpr size_t kEventFirst = AM_FIRST_SIZE(am_tracker_event, item_id);

abusemon::TrackerEvent event_arg(const am_tracker_event* event) {
  am::require(event, "event");
  const am_tracker_event read =
      am::read_struct(event, default_event(), kEventFirst, "am_tracker_event");
  const am_tracker_event* e = &read;
  abusemon::TrackerEvent ev;
  ev.customer = am::text(e->customer, e->customer_len, "event->customer");
  ev.user = am::text(e->user, e->user_len, "event->user");
  ev.time_ms = e->time_ms;
  if (e->direction != AM_DIRECTION_PROMPT && e->direction != AM_DIRECTION_COMPLETION) {
    throw std::invalid_argument("event->direction out of range: " + std::to_string(e->direction));
  }
  ev.direction = static_cast<abusemon::Direction>(e->direction);
  if (e->action < AM_ACTION_ALLOW || e->action > AM_ACTION_BLOCK) {
    throw std::invalid_argument("event->action out of range: " + std::to_string(e->action));
  }
  ev.action = static_cast<abusemon::Action>(e->action);
  if (e->severity_count != 0) am::require(e->severities, "event->severities");
  for (size_t c = 0; c < e->severity_count; ++c) {
    const uint8_t s = e->severities[c];
    if (s > AM_SEVERITY_HIGH) {
      throw std::invalid_argument("event->severities[" + std::to_string(c) +
                                  "] out of range: " + std::to_string(s));
    }
    if (c >= abusemon::kCategoryCount) {
      // A category this library does not know: only "safe" can be ignored without loss.
      if (s != AM_SEVERITY_SAFE) {
        throw std::invalid_argument("event->severities[" + std::to_string(c) +
                                    "]: this library knows " +
                                    std::to_string(abusemon::kCategoryCount) + " categories");
      }
      continue;
    }
    ev.severity[c] = static_cast<abusemon::Severity>(s);
  }
  ev.jailbreak = e->jailbreak != 0;
  ev.fingerprint = e->fingerprint;
  ev.item_id = e->item_id;
  return ev;
}

am_status not_found(const std::string& what) {
  return am::set_error(AM_E_NOT_FOUND, what);
}

}  // namespace

extern "C" {

AM_API am_status am_tracker_event_init(am_tracker_event* out, size_t size) {
  return am::init_struct(out, size, default_event(), kEventFirst, "am_tracker_event");
}

AM_API uint64_t am_fingerprint(const char* text, size_t len) {
  if (text == nullptr) return 0;
  return abusemon::fingerprint(std::string_view(text, len));
}

AM_API int32_t am_fingerprint_distance(uint64_t a, uint64_t b) {
  return abusemon::hamming_distance(a, b);
}

AM_API am_status am_tracker_new(const char* config_json, size_t config_len, am_tracker** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  const std::string_view json = am::text(config_json, config_len, "config_json");
  abusemon::TrackerConfig cfg =
      json.empty() ? abusemon::parse_tracker_config("{}") : abusemon::parse_tracker_config(json);
  auto t = std::make_unique<am_tracker>();
  t->tracker = std::make_unique<abusemon::Tracker>(std::move(cfg));
  *out = t.release();
  AM_API_END
}

AM_API void am_tracker_free(am_tracker* tracker) {
  delete tracker;
}

AM_API am_status am_tracker_record(am_tracker* tracker, const am_tracker_event* event) {
  AM_API_BEGIN
  am::require(tracker, "tracker");
  tracker->tracker->record(event_arg(event));
  AM_API_END
}

AM_API am_status am_tracker_record_batch(am_tracker* tracker, const am_tracker_event* events,
                                         size_t n, size_t* recorded) {
  if (recorded != nullptr) *recorded = 0;
  AM_API_BEGIN
  am::require(tracker, "tracker");
  if (n > 0) am::require(events, "events");
  // The array's element size is the caller's sizeof(am_tracker_event), not necessarily ours;
  // events[0] is validated (event_arg) before the stride is used to reach events[1].
  size_t stride = 0;
  if (n > 0) std::memcpy(&stride, events, sizeof stride);
  const auto* base = reinterpret_cast<const unsigned char*>(events);
  for (size_t i = 0; i < n; ++i) {
    const auto* ev = reinterpret_cast<const am_tracker_event*>(base + i * stride);
    size_t size;
    std::memcpy(&size, ev, sizeof size);
    if (size != stride) {
      throw std::invalid_argument("events[" + std::to_string(i) + "].size is " +
                                  std::to_string(size) + ", events[0].size " +
                                  std::to_string(stride) + ": every element needs the same size");
    }
    try {
      tracker->tracker->record(event_arg(ev));
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument("events[" + std::to_string(i) + "]: " + e.what());
    }
    if (recorded != nullptr) *recorded = i + 1;
  }
  AM_API_END
}

AM_API am_status am_tracker_record_verdict(am_tracker* tracker, const am_verdict* verdict,
                                           const char* customer, size_t customer_len,
                                           const char* user, size_t user_len, const char* text,
                                           size_t text_len, uint64_t item_id, int64_t time_ms,
                                           int32_t* recorded) {
  if (recorded != nullptr) *recorded = 0;
  AM_API_BEGIN
  am::require(tracker, "tracker");
  am::require(verdict, "verdict");
  const auto c = am::text(customer, customer_len, "customer");
  const auto u = am::text(user, user_len, "user");
  const auto t = am::text(text, text_len, "text");
  if (verdict->verdict.refusal) return AM_OK;  // refused by the gate: never classified
  tracker->tracker->record(
      abusemon::event_from_verdict(verdict->verdict, c, u, t, item_id, time_ms));
  if (recorded != nullptr) *recorded = 1;
  AM_API_END
}

AM_API am_status am_tracker_record_review(am_tracker* tracker, const char* customer,
                                          size_t customer_len, const char* user, size_t user_len,
                                          am_category category, am_review_outcome outcome,
                                          int64_t time_ms, int64_t decision_seq, int32_t* applied) {
  if (applied != nullptr) *applied = 0;
  AM_API_BEGIN
  am::require(tracker, "tracker");
  abusemon::ReviewEvent r;
  r.customer = am::text(customer, customer_len, "customer");
  r.user = am::text(user, user_len, "user");
  const int cat = am::enum_value(category);
  if (cat < 0 || cat >= AM_CATEGORY_COUNT) {
    throw std::invalid_argument("category out of range: " + std::to_string(cat));
  }
  const int out = am::enum_value(outcome);
  if (out < AM_REVIEW_OUTCOME_CONFIRMED || out > AM_REVIEW_OUTCOME_DISMISSED) {
    throw std::invalid_argument("outcome out of range: " + std::to_string(out));
  }
  r.category = static_cast<abusemon::Category>(cat);
  r.outcome = static_cast<abusemon::ReviewOutcome>(out);
  r.time_ms = time_ms;
  r.decision_seq = decision_seq;
  const bool ok = tracker->tracker->record_review(r);
  if (applied != nullptr) *applied = ok ? 1 : 0;
  AM_API_END
}

AM_API am_status am_tracker_drain_signals(am_tracker* tracker, am_tracker_signal_fn fn,
                                          void* user_data, size_t max, size_t* drained) {
  if (drained != nullptr) *drained = 0;
  AM_API_BEGIN
  am::require(tracker, "tracker");
  if (fn == nullptr) throw am::null_argument("argument 'fn' must not be NULL");
  std::vector<abusemon::Signal> sigs;
  tracker->tracker->drain_signals(sigs, max == 0 ? SIZE_MAX : max);
  if (drained != nullptr) *drained = sigs.size();
  // Callbacks run without any tracker lock held.
  for (const auto& s : sigs) {
    const std::string json = abusemon::to_json(s);
    const std::string type(abusemon::to_string(s.type));
    am_tracker_signal cs{};
    cs.size = sizeof cs;
    cs.id = s.id;
    cs.customer = s.customer.c_str();
    cs.user = s.user.c_str();
    cs.detector = s.detector.c_str();
    cs.type = type.c_str();
    cs.priority = static_cast<int32_t>(s.priority);
    cs.category = s.category ? static_cast<int32_t>(*s.category) : -1;
    cs.time_ms = s.time_ms;
    cs.value = s.value;
    cs.threshold = s.threshold;
    cs.window_ms = s.window_ms;
    cs.score = s.score;
    cs.item_ids = s.item_ids.data();
    cs.item_count = s.item_ids.size();
    cs.message = s.message.c_str();
    cs.json = json.c_str();
    cs.source = static_cast<int32_t>(s.source);
    fn(user_data, &cs);
  }
  AM_API_END
}

AM_API am_status am_tracker_acknowledge(am_tracker* tracker, uint64_t signal_id) {
  AM_API_BEGIN
  am::require(tracker, "tracker");
  if (!tracker->tracker->acknowledge(signal_id)) {
    return not_found("no open signal with id " + std::to_string(signal_id));
  }
  AM_API_END
}

AM_API am_status am_tracker_close_signal(am_tracker* tracker, uint64_t signal_id) {
  AM_API_BEGIN
  am::require(tracker, "tracker");
  if (!tracker->tracker->close(signal_id)) {
    return not_found("no open signal with id " + std::to_string(signal_id));
  }
  AM_API_END
}

AM_API am_status am_tracker_open_signals_json(const am_tracker* tracker, char* buf, size_t* len) {
  AM_API_BEGIN
  am::require(tracker, "tracker");
  am::require(len, "len");
  std::string out = "[";
  for (const auto& s : tracker->tracker->open_signals()) {
    if (out.size() > 1) out += ',';
    out += abusemon::to_json(s);
  }
  out += ']';
  return am::write_string(out, buf, len);
  AM_API_END
}

AM_API am_status am_tracker_customer_json(const am_tracker* tracker, const char* customer,
                                          size_t customer_len, const char* user, size_t user_len,
                                          char* buf, size_t* len) {
  AM_API_BEGIN
  am::require(tracker, "tracker");
  am::require(len, "len");
  const auto c = am::text(customer, customer_len, "customer");
  const auto u = am::text(user, user_len, "user");
  const auto v = tracker->tracker->entity(c, u);
  if (!v) {
    return not_found(u.empty() ? "unknown customer '" + std::string(c) + "'"
                               : "unknown user '" + std::string(u) + "' of customer '" +
                                     std::string(c) + "'");
  }
  return am::write_string(abusemon::to_json(*v), buf, len);
  AM_API_END
}

AM_API am_status am_tracker_stats_json(const am_tracker* tracker, char* buf, size_t* len) {
  AM_API_BEGIN
  am::require(tracker, "tracker");
  am::require(len, "len");
  return am::write_string(abusemon::to_json(tracker->tracker->stats()), buf, len);
  AM_API_END
}

AM_API am_status am_tracker_evict_idle(am_tracker* tracker, size_t* evicted) {
  AM_API_BEGIN
  am::require(tracker, "tracker");
  const size_t n = tracker->tracker->evict_idle();
  if (evicted != nullptr) *evicted = n;
  AM_API_END
}

AM_API am_status am_tracker_snapshot(const am_tracker* tracker, const char* path) {
  AM_API_BEGIN
  am::require(tracker, "tracker");
  tracker->tracker->snapshot(std::string(am::cstr(path, "path")));
  AM_API_END
}

AM_API am_status am_tracker_restore(am_tracker* tracker, const char* path) {
  AM_API_BEGIN
  am::require(tracker, "tracker");
  tracker->tracker->restore(std::string(am::cstr(path, "path")));
  AM_API_END
}

AM_API am_status am_tracker_flush_fleet(am_tracker* tracker, int64_t timeout_ms) {
  AM_API_BEGIN
  am::require(tracker, "tracker");
  if (!tracker->tracker->flush_fleet(timeout_ms)) {
    return am::set_error(AM_E_UNAVAILABLE,
                         "fleet buffer not flushed within " + std::to_string(timeout_ms) +
                             " ms (Redis unreachable or slow); deltas stay buffered");
  }
  AM_API_END
}

}  // extern "C"
