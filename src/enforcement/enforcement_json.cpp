// Enforcement: the JSON views of its records (docs/ENFORCEMENT.md).
#include "enforcement/enforcement_internal.hpp"

namespace abusemon {

using detail::Row;
using detail::Stmt;
using detail::Tx;

// ----- JSON views -----

std::string to_json_string(const CustomerStatus& s) {
  return detail::dump({{"customer", s.customer},
                       {"state", to_string(s.state)},
                       {"since_ms", s.since_ms},
                       {"remediation_due_ms", s.remediation_due_ms},
                       {"last_warning_ms", s.last_warning_ms},
                       {"suspensions", s.suspensions},
                       {"confirmed_items", s.confirmed_items},
                       {"reason", s.reason},
                       {"contact", s.contact}});
}

std::string to_json_string(const EndUserStatus& s) {
  return detail::dump({{"customer", s.customer},
                       {"user", s.user},
                       {"state", to_string(s.state)},
                       {"since_ms", s.since_ms},
                       {"blocked_until_ms", s.blocked_until_ms},
                       {"last_notice_ms", s.last_notice_ms},
                       {"notices", s.notices},
                       {"confirmed_items", s.confirmed_items},
                       {"reason", s.reason}});
}

std::string to_json_string(const Transition& t) {
  nlohmann::json ev;
  try {
    ev = detail::parse_json(t.evidence_json);
  } catch (const error&) {
    ev = nlohmann::json(nlohmann::json::value_t::discarded);
  }
  return detail::dump({{"id", t.id},
                       {"customer", t.customer},
                       {"user", t.user},
                       {"from", to_string(t.from)},
                       {"to", to_string(t.to)},
                       {"ts_ms", t.ts_ms},
                       {"time", detail::rfc3339(t.ts_ms)},
                       {"reason", t.reason},
                       {"actor", t.actor},
                       {"evidence", ev.is_discarded() ? nlohmann::json(nullptr) : ev}});
}

std::string to_json_string(const Notification& n) {
  return detail::dump({{"id", n.id},
                       {"idempotency_key", n.idempotency_key},
                       {"customer", n.customer},
                       {"user", n.user},
                       {"kind", to_string(n.kind)},
                       {"to", n.recipient},
                       {"subject", n.subject},
                       {"body", n.body},
                       {"created_ms", n.created_ms},
                       {"attempts", n.attempts},
                       {"next_attempt_ms", n.next_attempt_ms},
                       {"delivered_ms", n.delivered_ms},
                       {"dead", n.dead},
                       {"last_error", n.last_error}});
}

std::string to_json_string(const Appeal& a) {
  return detail::dump({{"id", a.id},
                       {"customer", a.customer},
                       {"filed_ms", a.filed_ms},
                       {"explanation", a.explanation},
                       {"status", a.status},
                       {"resolved_by", a.resolved_by},
                       {"resolved_ms", a.resolved_ms},
                       {"note", a.note}});
}

std::string to_json_string(const GateDecision& g) {
  return detail::dump(
      {{"allowed", g.allowed}, {"state", to_string(g.state)}, {"reason", g.reason}});
}

}  // namespace abusemon
