// C ABI: enforcement.
#include <memory>
#include <stdexcept>
#include <string>

#include "abusemon/enforcement.hpp"
#include "abusemon/review.hpp"
#include "am_monitor_internal.hpp"
#include "am_review_internal.hpp"
#include "capi_internal.hpp"

struct am_enforcement {
  std::unique_ptr<abusemon::Clock> clock;  // before `enf`, which points to it
  std::unique_ptr<abusemon::Enforcement> enf;
};

namespace {

abusemon::Enforcement& enf_of(am_enforcement* e) {
  am::require(e, "enf");
  return *e->enf;
}

using am::json_array;

void set_count(size_t* out, std::size_t n) {
  if (out != nullptr) *out = n;
}

am_status report(const abusemon::DeliveryReport& r, size_t* delivered, size_t* failed) {
  set_count(delivered, r.delivered);
  set_count(failed, r.failed);
  return AM_OK;
}

// Not inlined: a second EnforcementOptions in am_enforcement_open trips GCC 12's
// -Wmaybe-uninitialized false positive on the policy's vector initialiser.
[[gnu::noinline]] am_enforcement_options default_options() {
  abusemon::EnforcementOptions d;
  am_enforcement_options o{};
  o.size = sizeof o;
  o.path = nullptr;
  o.policy_json = nullptr;
  o.retry_base_ms = d.retry_base_ms;
  o.retry_max_ms = d.retry_max_ms;
  o.max_attempts = d.max_attempts;
  o.busy_timeout_ms = d.busy_timeout_ms;
  o.clock = nullptr;
  o.clock_user_data = nullptr;
  o.key = nullptr;
  o.key_len = 0;
  o.gate_refresh_ms = d.gate_refresh_ms;
  o.outbox_claim_ms = d.outbox_claim_ms;
  return o;
}

constexpr size_t kOptionsFirst = AM_FIRST_SIZE(am_enforcement_options, clock_user_data);

}  // namespace

extern "C" {

AM_API am_status am_enforcement_options_init(am_enforcement_options* out, size_t size) {
  return am::init_struct(out, size, default_options(), kOptionsFirst, "am_enforcement_options");
}

AM_API am_status am_enforcement_open(const am_enforcement_options* options, am_enforcement** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  am::require(options, "options");
  const am_enforcement_options read =
      am::read_struct(options, default_options(), kOptionsFirst, "am_enforcement_options");
  options = &read;
  auto h = std::make_unique<am_enforcement>();
  abusemon::EnforcementOptions o;
  o.path = am::cstr(options->path, "options->path");
  if (options->policy_json != nullptr) {
    o.policy = abusemon::EnforcementPolicy::from_json(options->policy_json);
  }
  o.retry_base_ms = options->retry_base_ms;
  o.retry_max_ms = options->retry_max_ms;
  o.max_attempts = options->max_attempts;
  o.busy_timeout_ms = options->busy_timeout_ms;
  o.gate_refresh_ms = options->gate_refresh_ms;
  o.outbox_claim_ms = options->outbox_claim_ms;
  if (options->key_len > 0) {
    am::require(options->key, "options->key");
    o.key.assign(options->key, options->key_len);
  }
  if (options->clock != nullptr) {
    h->clock = std::make_unique<am::CallbackClock>(options->clock, options->clock_user_data);
    o.clock = h->clock.get();
  }
  h->enf = std::make_unique<abusemon::Enforcement>(std::move(o));
  *out = h.release();
  AM_API_END
}

AM_API void am_enforcement_free(am_enforcement* enf) {
  delete enf;
}

AM_API am_status am_enforcement_sync(am_enforcement* enf, am_review_store* review,
                                     size_t* transitions_out) {
  AM_API_BEGIN
  auto& e = enf_of(enf);
  am::require(review, "review");
  set_count(transitions_out, e.sync(*review->store).size());
  AM_API_END
}

AM_API am_status am_enforcement_apply_json(am_enforcement* enf, const char* decision_json,
                                           size_t* transitions_out) {
  AM_API_BEGIN
  auto& e = enf_of(enf);
  auto d = abusemon::parse_decision_record(am::cstr(decision_json, "decision_json"));
  set_count(transitions_out, e.apply(d).size());
  AM_API_END
}

AM_API am_status am_enforcement_tick(am_enforcement* enf, size_t* transitions_out) {
  AM_API_BEGIN
  set_count(transitions_out, enf_of(enf).tick().size());
  AM_API_END
}

AM_API am_status am_enforcement_is_allowed(const am_enforcement* enf, const char* customer,
                                           int32_t* allowed_out, am_standing* state_out,
                                           char* reason_buf, size_t* reason_len) {
  return am_enforcement_is_user_allowed(enf, customer, nullptr, allowed_out, state_out, reason_buf,
                                        reason_len);
}

AM_API am_status am_enforcement_is_user_allowed(const am_enforcement* enf, const char* customer,
                                                const char* user, int32_t* allowed_out,
                                                am_standing* state_out, char* reason_buf,
                                                size_t* reason_len) {
  AM_API_BEGIN
  am::require(enf, "enf");
  am::require(allowed_out, "allowed_out");
  auto g = enf->enf->is_allowed(am::cstr(customer, "customer"), user != nullptr ? user : "");
  *allowed_out = g.allowed ? 1 : 0;
  if (state_out != nullptr) *state_out = static_cast<am_standing>(g.state);
  if (reason_buf != nullptr || reason_len != nullptr) {
    am::require(reason_len, "reason_len");
    return am::write_string(g.reason, reason_buf, reason_len);
  }
  AM_API_END
}

AM_API am_status am_enforcement_refresh_gate(am_enforcement* enf) {
  AM_API_BEGIN
  enf_of(enf).refresh_gate();
  AM_API_END
}

AM_API am_status am_monitor_set_enforcement(am_monitor* monitor, const am_enforcement* enf) {
  AM_API_BEGIN
  am::require(monitor, "monitor");
  monitor->monitor->set_gate(enf != nullptr ? enf->enf->customer_gate() : nullptr);
  AM_API_END
}

AM_API am_status am_enforcement_set_contact(am_enforcement* enf, const char* customer,
                                            const char* email) {
  AM_API_BEGIN
  enf_of(enf).set_contact(std::string(am::cstr(customer, "customer")),
                          std::string(am::cstr(email, "email")));
  AM_API_END
}

AM_API am_status am_enforcement_status_json(am_enforcement* enf, const char* customer, char* buf,
                                            size_t* len) {
  AM_API_BEGIN
  auto& e = enf_of(enf);
  am::require(len, "len");
  return am::write_string(
      abusemon::to_json_string(e.status(std::string(am::cstr(customer, "customer")))), buf, len);
  AM_API_END
}

AM_API am_status am_enforcement_history_json(am_enforcement* enf, const char* customer, char* buf,
                                             size_t* len) {
  AM_API_BEGIN
  auto& e = enf_of(enf);
  am::require(len, "len");
  return am::write_string(json_array(e.history(customer != nullptr ? customer : "")), buf, len);
  AM_API_END
}

AM_API am_status am_enforcement_reinstate(am_enforcement* enf, const char* actor,
                                          const char* customer, const char* reason) {
  AM_API_BEGIN
  enf_of(enf).reinstate(std::string(am::cstr(actor, "actor")),
                        std::string(am::cstr(customer, "customer")),
                        std::string(am::cstr(reason, "reason")));
  AM_API_END
}

AM_API am_status am_enforcement_unblock_user(am_enforcement* enf, const char* actor,
                                             const char* customer, const char* user,
                                             const char* reason) {
  AM_API_BEGIN
  enf_of(enf).unblock_user(
      std::string(am::cstr(actor, "actor")), std::string(am::cstr(customer, "customer")),
      std::string(am::cstr(user, "user")), std::string(am::cstr(reason, "reason")));
  AM_API_END
}

AM_API am_status am_enforcement_users_json(am_enforcement* enf, const char* customer, char* buf,
                                           size_t* len) {
  AM_API_BEGIN
  auto& e = enf_of(enf);
  am::require(len, "len");
  return am::write_string(json_array(e.users(customer != nullptr ? customer : "")), buf, len);
  AM_API_END
}

AM_API am_status am_enforcement_file_appeal(am_enforcement* enf, const char* customer,
                                            const char* explanation, int64_t* appeal_id_out) {
  AM_API_BEGIN
  auto id = enf_of(enf).file_appeal(std::string(am::cstr(customer, "customer")),
                                    std::string(am::cstr(explanation, "explanation")));
  if (appeal_id_out != nullptr) *appeal_id_out = id;
  AM_API_END
}

AM_API am_status am_enforcement_resolve_appeal(am_enforcement* enf, const char* actor,
                                               int64_t appeal_id, int32_t grant, const char* note) {
  AM_API_BEGIN
  enf_of(enf).resolve_appeal(std::string(am::cstr(actor, "actor")), appeal_id, grant != 0,
                             std::string(am::cstr(note, "note")));
  AM_API_END
}

AM_API am_status am_enforcement_deliver(am_enforcement* enf, am_notification_fn cb, void* user_data,
                                        size_t max, size_t* delivered_out, size_t* failed_out) {
  AM_API_BEGIN
  auto& e = enf_of(enf);
  if (cb == nullptr) throw am::null_argument("argument 'cb' must not be NULL");
  abusemon::CallbackSink sink([cb, user_data](const abusemon::Notification& n) {
    const std::string j = abusemon::to_json_string(n);
    const int rc = cb(user_data, j.c_str());
    if (rc != 0) throw std::runtime_error("delivery callback returned " + std::to_string(rc));
  });
  return report(e.deliver(sink, max), delivered_out, failed_out);
  AM_API_END
}

AM_API am_status am_enforcement_deliver_jsonl(am_enforcement* enf, const char* path, size_t max,
                                              size_t* delivered_out, size_t* failed_out) {
  AM_API_BEGIN
  auto& e = enf_of(enf);
  abusemon::JsonlOutboxSink sink(std::string(am::cstr(path, "path")));
  return report(e.deliver(sink, max), delivered_out, failed_out);
  AM_API_END
}

AM_API am_status am_enforcement_deliver_maildir(am_enforcement* enf, const char* dir,
                                                const char* from, size_t max, size_t* delivered_out,
                                                size_t* failed_out) {
  AM_API_BEGIN
  auto& e = enf_of(enf);
  abusemon::MaildirOutboxSink sink(std::string(am::cstr(dir, "dir")),
                                   from != nullptr ? std::string(from) : "abusemon@localhost");
  return report(e.deliver(sink, max), delivered_out, failed_out);
  AM_API_END
}

AM_API am_status am_enforcement_outbox_json(am_enforcement* enf, int32_t pending_only, char* buf,
                                            size_t* len) {
  AM_API_BEGIN
  auto& e = enf_of(enf);
  am::require(len, "len");
  return am::write_string(json_array(e.outbox(pending_only != 0)), buf, len);
  AM_API_END
}

}  // extern "C"
