// C ABI: review store.
#include <fstream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "abusemon/review.hpp"
#include "am_review_internal.hpp"
#include "am_tracker_internal.hpp"
#include "capi_internal.hpp"
#include "core/json_input.hpp"

struct am_review_item {
  std::string content;
  std::string json;
};

namespace {

using abusemon::ReviewStore;

ReviewStore& store_of(am_review_store* s) {
  am::require(s, "store");
  return *s->store;
}

std::string str_or(const char* s, const char* fallback) {
  return s != nullptr ? std::string(s) : std::string(fallback);
}

using am::json_array;

abusemon::QueueFilter parse_filter(const char* filter_json) {
  abusemon::QueueFilter f;
  if (filter_json == nullptr) return f;
  auto j = abusemon::detail::parse_json(filter_json, "queue filter");
  if (!j.is_object()) {
    throw abusemon::error(abusemon::status::format, "queue filter must be a JSON object");
  }
  try {
    if (j.contains("status")) {
      if (j["status"].is_null()) {
        f.status.reset();
      } else {
        auto st = abusemon::parse_review_status(j["status"].get<std::string>());
        if (!st) throw std::invalid_argument("unknown review status in filter");
        f.status = *st;
      }
    }
    f.queue = j.value("queue", std::string());
    f.customer = j.value("customer", std::string());
    f.after_id = j.value("after_id", std::int64_t{0});
    f.limit = j.value("limit", std::size_t{100});
  } catch (const nlohmann::json::exception& e) {
    throw abusemon::error(abusemon::status::format, std::string("queue filter: ") + e.what());
  }
  return f;
}

am_review_options default_options() {
  abusemon::ReviewStoreOptions d;
  am_review_options o{};
  o.size = sizeof o;
  o.path = nullptr;
  o.key = nullptr;
  o.key_len = 0;
  o.retention_ms = d.retention_ms;
  o.max_grant_ms = d.max_grant_ms;
  o.auto_confirm_confidence = d.auto_confirm_confidence;
  o.busy_timeout_ms = d.busy_timeout_ms;
  o.max_content_bytes = d.max_content_bytes;
  o.max_pending_items = d.max_pending_items;
  o.clock = nullptr;
  o.clock_user_data = nullptr;
  return o;
}

am_review_submission default_submission() {
  am_review_submission s{};
  s.size = sizeof s;
  return s;
}

constexpr size_t kOptionsFirst = AM_FIRST_SIZE(am_review_options, max_pending_items);
constexpr size_t kSubmissionFirst = AM_FIRST_SIZE(am_review_submission, confidence);

}  // namespace

extern "C" {

AM_API am_status am_review_options_init(am_review_options* out, size_t size) {
  return am::init_struct(out, size, default_options(), kOptionsFirst, "am_review_options");
}

AM_API am_status am_review_submission_init(am_review_submission* out, size_t size) {
  return am::init_struct(out, size, default_submission(), kSubmissionFirst, "am_review_submission");
}

AM_API am_status am_review_open(const am_review_options* options, am_review_store** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  am::require(options, "options");
  const am_review_options read =
      am::read_struct(options, default_options(), kOptionsFirst, "am_review_options");
  options = &read;
  am::require(options->path, "options->path");
  if (options->key == nullptr && options->key_len != 0) {
    throw am::null_argument("options->key is NULL with non-zero key_len");
  }
  auto h = std::make_unique<am_review_store>();
  abusemon::ReviewStoreOptions o;
  o.path = options->path;
  if (options->key != nullptr) {
    o.key.assign(reinterpret_cast<const char*>(options->key), options->key_len);
  }
  o.retention_ms = options->retention_ms;
  o.max_grant_ms = options->max_grant_ms;
  o.auto_confirm_confidence = options->auto_confirm_confidence;
  o.busy_timeout_ms = options->busy_timeout_ms;
  o.max_content_bytes = options->max_content_bytes;
  o.max_pending_items = options->max_pending_items;
  if (options->clock != nullptr) {
    h->clock = std::make_unique<am::CallbackClock>(options->clock, options->clock_user_data);
    o.clock = h->clock.get();
  }
  h->store = std::make_unique<ReviewStore>(std::move(o));
  *out = h.release();
  AM_API_END
}

AM_API void am_review_store_free(am_review_store* store) {
  delete store;
}

AM_API void am_review_free(am_review_store* store) {
  am_review_store_free(store);
}

AM_API am_status am_review_add_principal(am_review_store* store, const char* id,
                                         am_review_role role, const char* region) {
  AM_API_BEGIN
  auto& s = store_of(store);
  if (role != AM_REVIEW_ROLE_REVIEWER && role != AM_REVIEW_ROLE_MANAGER) {
    throw std::invalid_argument("role must be AM_REVIEW_ROLE_REVIEWER or AM_REVIEW_ROLE_MANAGER");
  }
  s.add_principal({std::string(am::cstr(id, "id")), static_cast<abusemon::Role>(role),
                   std::string(am::cstr(region, "region")), true});
  AM_API_END
}

AM_API am_status am_review_set_principal_active(am_review_store* store, const char* id,
                                                int32_t active) {
  AM_API_BEGIN
  store_of(store).set_principal_active(std::string(am::cstr(id, "id")), active != 0);
  AM_API_END
}

AM_API am_status am_review_max_grant_ms(am_review_store* store, int64_t* out) {
  AM_API_BEGIN
  auto& s = store_of(store);
  am::require(out, "out");
  *out = s.max_grant_ms();
  AM_API_END
}

AM_API am_status am_review_set_max_grant_ms(am_review_store* store, int64_t max_grant_ms) {
  AM_API_BEGIN
  store_of(store).set_max_grant_ms(max_grant_ms);
  AM_API_END
}

AM_API am_status am_review_submit(am_review_store* store, const am_review_submission* item,
                                  int64_t* id_out) {
  AM_API_BEGIN
  auto& s = store_of(store);
  am::require(item, "item");
  const am_review_submission read =
      am::read_struct(item, default_submission(), kSubmissionFirst, "am_review_submission");
  item = &read;
  abusemon::ReviewSubmission sub;
  sub.content = std::string(am::text(item->content, item->content_len, "item->content"));
  sub.verdict_json = str_or(item->verdict_json, "{}");
  sub.customer = am::cstr(item->customer, "item->customer");
  sub.user = str_or(item->user, "");
  sub.region = am::cstr(item->region, "item->region");
  sub.signal = am::cstr(item->signal, "item->signal");
  sub.queue = str_or(item->queue, "default");
  const int category = am::enum_value(item->category);
  const int severity = am::enum_value(item->severity);
  if (category < 0 || category >= AM_CATEGORY_COUNT) {
    throw std::invalid_argument("item->category out of range");
  }
  if (severity < AM_SEVERITY_SAFE || severity > AM_SEVERITY_HIGH) {
    throw std::invalid_argument("item->severity out of range");
  }
  sub.category = static_cast<abusemon::Category>(category);
  sub.severity = static_cast<abusemon::Severity>(severity);
  sub.confidence = item->confidence;
  const auto id = s.submit(sub);
  if (id_out != nullptr) *id_out = id;
  AM_API_END
}

AM_API am_status am_review_queue(am_review_store* store, const char* principal,
                                 const char* filter_json, char* buf, size_t* len) {
  AM_API_BEGIN
  auto& s = store_of(store);
  am::require(len, "len");
  auto items = s.queue(std::string(am::cstr(principal, "principal")), parse_filter(filter_json));
  return am::write_string(json_array(items), buf, len);
  AM_API_END
}

AM_API am_status am_review_request_access(am_review_store* store, const char* requester,
                                          const char* region, const char* queue, const char* reason,
                                          int64_t duration_ms, int64_t* grant_id_out) {
  AM_API_BEGIN
  auto& s = store_of(store);
  abusemon::GrantRequest r;
  r.region = str_or(region, "");
  r.queue = str_or(queue, "");
  r.reason = am::cstr(reason, "reason");
  r.duration_ms = duration_ms;
  const auto id = s.request_access(std::string(am::cstr(requester, "requester")), r);
  if (grant_id_out != nullptr) *grant_id_out = id;
  AM_API_END
}

AM_API am_status am_review_approve_access(am_review_store* store, const char* manager,
                                          int64_t grant_id) {
  AM_API_BEGIN
  store_of(store).approve_access(std::string(am::cstr(manager, "manager")), grant_id);
  AM_API_END
}

AM_API am_status am_review_revoke_access(am_review_store* store, const char* actor,
                                         int64_t grant_id) {
  AM_API_BEGIN
  store_of(store).revoke_access(std::string(am::cstr(actor, "actor")), grant_id);
  AM_API_END
}

AM_API am_status am_review_grant_json(am_review_store* store, int64_t grant_id, char* buf,
                                      size_t* len) {
  AM_API_BEGIN
  auto& s = store_of(store);
  am::require(len, "len");
  return am::write_string(abusemon::to_json_string(s.grant(grant_id)), buf, len);
  AM_API_END
}

AM_API am_status am_review_open_item(am_review_store* store, const char* principal, int64_t item_id,
                                     am_review_item** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  auto& s = store_of(store);
  auto c = s.open_item(std::string(am::cstr(principal, "principal")), item_id);
  auto item = std::make_unique<am_review_item>();
  item->json = abusemon::to_json_string(c);
  item->content = std::move(c.content);
  *out = item.release();
  AM_API_END
}

AM_API const char* am_review_item_content(const am_review_item* item, size_t* len) {
  if (item == nullptr) {
    if (len != nullptr) *len = 0;
    return nullptr;
  }
  if (len != nullptr) *len = item->content.size();
  return item->content.data();
}

AM_API const char* am_review_item_json(const am_review_item* item) {
  return item != nullptr ? item->json.c_str() : nullptr;
}

AM_API void am_review_item_free(am_review_item* item) {
  delete item;
}

AM_API am_status am_review_decide(am_review_store* store, const char* principal, int64_t item_id,
                                  am_review_decision decision, int32_t category, int32_t severity,
                                  const char* reason, int64_t* decision_seq_out) {
  AM_API_BEGIN
  auto& s = store_of(store);
  if (am::enum_value(decision) < AM_REVIEW_CONFIRM ||
      am::enum_value(decision) > AM_REVIEW_DISMISS) {
    throw std::invalid_argument("decision out of range");
  }
  if (category < -1 || category >= AM_CATEGORY_COUNT) {
    throw std::invalid_argument("category must be -1 or an am_category");
  }
  if (severity < -1 || severity > AM_SEVERITY_HIGH) {
    throw std::invalid_argument("severity must be -1 or an am_severity");
  }
  abusemon::Decision d;
  d.kind = static_cast<abusemon::DecisionKind>(decision);
  if (category >= 0) d.category = static_cast<abusemon::Category>(category);
  if (severity >= 0) d.severity = static_cast<abusemon::Severity>(severity);
  d.reason = am::cstr(reason, "reason");
  auto rec = s.decide(std::string(am::cstr(principal, "principal")), item_id, d);
  if (decision_seq_out != nullptr) *decision_seq_out = rec.seq;
  AM_API_END
}

AM_API am_status am_review_decisions_after(am_review_store* store, int64_t after_seq, size_t limit,
                                           char* buf, size_t* len) {
  AM_API_BEGIN
  auto& s = store_of(store);
  am::require(len, "len");
  return am::write_string(json_array(s.decisions_after(after_seq, limit)), buf, len);
  AM_API_END
}

AM_API am_status am_review_set_decision_callback(am_review_store* store, am_review_decision_fn cb,
                                                 void* user_data) {
  AM_API_BEGIN
  auto& s = store_of(store);
  if (cb == nullptr) {
    s.set_decision_listener({});
  } else {
    s.set_decision_listener([cb, user_data](const abusemon::DecisionRecord& d) {
      const std::string j = abusemon::to_json_string(d);
      cb(user_data, j.c_str());
    });
  }
  AM_API_END
}

AM_API am_status am_review_export_labels(am_review_store* store, const char* principal,
                                         const char* out_path, uint32_t flags, int64_t since_ms,
                                         size_t* exported_out) {
  AM_API_BEGIN
  auto& s = store_of(store);
  const std::string who(am::cstr(principal, "principal"));
  const std::string path(am::cstr(out_path, "out_path"));
  if ((flags & ~(AM_REVIEW_EXPORT_CORRECTIONS_ONLY | AM_REVIEW_EXPORT_INCLUDE_AUTOMATIC)) != 0) {
    throw std::invalid_argument("unknown export flags");
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw abusemon::error(abusemon::status::io, "cannot write '" + path + "'");
  abusemon::ExportOptions o;
  o.corrections_only = (flags & AM_REVIEW_EXPORT_CORRECTIONS_ONLY) != 0;
  o.include_automatic = (flags & AM_REVIEW_EXPORT_INCLUDE_AUTOMATIC) != 0;
  o.since_ms = since_ms;
  auto r = s.export_labels(who, out, o);
  out.close();
  if (!out) throw abusemon::error(abusemon::status::io, "cannot write '" + path + "'");
  if (exported_out != nullptr) *exported_out = r.exported;
  AM_API_END
}

AM_API am_status am_review_purge(am_review_store* store, size_t* purged_out) {
  AM_API_BEGIN
  auto r = store_of(store).purge();
  if (purged_out != nullptr) *purged_out = r.purged;
  if (r.wal_frames_left > 0) {
    throw abusemon::error(abusemon::status::unavailable,
                          "purge committed, but " + std::to_string(r.wal_frames_left) +
                              " write-ahead-log frames with old copies remain on disk (a reader "
                              "holds an old snapshot): run purge again");
  }
  AM_API_END
}

AM_API am_status am_review_verify_audit(am_review_store* store, const char* expected_head_json,
                                        int32_t* ok_out, char* buf, size_t* len) {
  AM_API_BEGIN
  auto& s = store_of(store);
  am::require(ok_out, "ok_out");
  std::optional<abusemon::AuditHead> expected;
  if (expected_head_json != nullptr) expected = abusemon::parse_audit_head(expected_head_json);
  auto v = s.verify_audit(expected);
  *ok_out = v.ok ? 1 : 0;
  if (len != nullptr) return am::write_string(abusemon::to_json_string(v), buf, len);
  if (buf != nullptr) throw am::null_argument("argument 'len' must not be NULL with a buffer");
  AM_API_END
}

AM_API am_status am_review_audit_head(am_review_store* store, char* buf, size_t* len) {
  AM_API_BEGIN
  auto& s = store_of(store);
  am::require(len, "len");
  return am::write_string(abusemon::to_json_string(s.audit_head()), buf, len);
  AM_API_END
}

AM_API am_status am_review_audit_records(am_review_store* store, int64_t after_seq, size_t limit,
                                         char* buf, size_t* len) {
  AM_API_BEGIN
  auto& s = store_of(store);
  am::require(len, "len");
  return am::write_string(json_array(s.audit_records(after_seq, limit)), buf, len);
  AM_API_END
}

// Tracker half of the review feed: here, with review's parser, so that the tracker's C API
// builds without the review component.
AM_API am_status am_tracker_record_decision_json(am_tracker* tracker, const char* decision_json,
                                                 int32_t* applied) {
  if (applied != nullptr) *applied = 0;
  AM_API_BEGIN
  am::require(tracker, "tracker");
  const auto d = abusemon::parse_decision_record(am::cstr(decision_json, "decision_json"));
  const bool ok = tracker->tracker->record_decision(d);
  if (applied != nullptr) *applied = ok ? 1 : 0;
  AM_API_END
}

}  // extern "C"
