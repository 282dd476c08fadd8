// Private (storage layer): the security-relevant rows whose content the audit chain covers —
// review (principals, items, grants, decisions) and enforcement (standing of customers and end
// users, transitions, evidence, appeals, notices). Each audit record that creates or changes one
// carries the SHA-256 of the row as stored (column `rows`, a JSON object
// {"<kind>:<key>": "<hex>"}), and verification checks every row against the latest digest on
// the chain, so an edit made outside the library (a decision flipped, a role changed, a
// suspension lifted, an appeal marked granted), or a row inserted or deleted behind the chain's
// back, fails verification. Explicit column lists: a column added later must not change old
// digests.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "storage/db.hpp"

namespace abusemon::detail {

struct RowKind {
  const char* kind;
  const char* one;  // one row by key (?1, and ?2 for a two-column key)
  const char* all;  // every row, key columns first
  int keys;         // key columns: 1 or 2
  int columns;
};

inline constexpr RowKind kPrincipalRow{
    "principal", "SELECT id, role, region, active FROM principals WHERE id = ?1",
    "SELECT id, role, region, active FROM principals", 1, 4};
inline constexpr RowKind kItemRow{
    "item",
    "SELECT id, customer, \"user\", region, queue, signal, category, severity, confidence, status, "
    "created_ms, updated_ms, content, verdict, purged_ms FROM review_items WHERE id = ?1",
    "SELECT id, customer, \"user\", region, queue, signal, category, severity, confidence, status, "
    "created_ms, updated_ms, content, verdict, purged_ms FROM review_items",
    1, 15};
inline constexpr RowKind kGrantRow{
    "grant",
    "SELECT id, requester, region, queue, reason, requested_ms, duration_ms, approver, "
    "approved_ms, revoked_by, revoked_ms FROM grants WHERE id = ?1",
    "SELECT id, requester, region, queue, reason, requested_ms, duration_ms, approver, "
    "approved_ms, revoked_by, revoked_ms FROM grants",
    1, 11};
inline constexpr RowKind kDecisionRow{
    "decision",
    "SELECT item_id, seq, kind, category, severity, reason, decided_by, automatic, decided_ms "
    "FROM decisions WHERE item_id = ?1",
    "SELECT item_id, seq, kind, category, severity, reason, decided_by, automatic, decided_ms "
    "FROM decisions",
    1, 9};

inline constexpr RowKind kStandingRow{
    "standing",
    "SELECT customer, state, since_ms, due_ms, warned_ms, last_warning_ms, last_abuse_ms, "
    "abuse_after_warning, suspensions, confirmed_items, reason, contact FROM "
    "enforcement_customers WHERE customer = ?1",
    "SELECT customer, state, since_ms, due_ms, warned_ms, last_warning_ms, last_abuse_ms, "
    "abuse_after_warning, suspensions, confirmed_items, reason, contact FROM "
    "enforcement_customers",
    1, 12};
inline constexpr RowKind kUserStandingRow{
    "end_user",
    "SELECT customer, \"user\", state, since_ms, until_ms, noticed_ms, notices, confirmed_items, "
    "reason FROM enforcement_users WHERE customer = ?1 AND \"user\" = ?2",
    "SELECT customer, \"user\", state, since_ms, until_ms, noticed_ms, notices, confirmed_items, "
    "reason FROM enforcement_users",
    2, 9};
inline constexpr RowKind kTransitionRow{
    "transition",
    "SELECT id, customer, \"user\", from_state, to_state, ts_ms, reason, actor, evidence FROM "
    "enforcement_transitions WHERE id = ?1",
    "SELECT id, customer, \"user\", from_state, to_state, ts_ms, reason, actor, evidence FROM "
    "enforcement_transitions",
    1, 9};
inline constexpr RowKind kEvidenceRow{"evidence",
                                      "SELECT decision_seq, customer, \"user\", item_id, category, "
                                      "severity, occurred_ms, decided_ms, "
                                      "automatic FROM enforcement_evidence WHERE decision_seq = ?1",
                                      "SELECT decision_seq, customer, \"user\", item_id, category, "
                                      "severity, occurred_ms, decided_ms, "
                                      "automatic FROM enforcement_evidence",
                                      1, 9};
inline constexpr RowKind kAppealRow{
    "appeal",
    "SELECT id, customer, filed_ms, explanation, status, resolved_by, resolved_ms, note FROM "
    "enforcement_appeals WHERE id = ?1",
    "SELECT id, customer, filed_ms, explanation, status, resolved_by, resolved_ms, note FROM "
    "enforcement_appeals",
    1, 8};
// Delivery state included: marking a notice delivered (or dead) by hand is detected too.
inline constexpr RowKind kNoticeRow{
    "notice",
    "SELECT id, idempotency_key, customer, \"user\", kind, recipient, subject, body, created_ms, "
    "attempts, next_attempt_ms, delivered_ms, dead, last_error FROM enforcement_outbox WHERE "
    "id = ?1",
    "SELECT id, idempotency_key, customer, \"user\", kind, recipient, subject, body, created_ms, "
    "attempts, next_attempt_ms, delivered_ms, dead, last_error FROM enforcement_outbox",
    1, 14};

/// Review kinds (covered since schema 3) and enforcement kinds (covered since row_coverage 2).
inline constexpr const RowKind* kReviewRows[] = {&kPrincipalRow, &kItemRow, &kGrantRow,
                                                 &kDecisionRow};
inline constexpr const RowKind* kEnforcementRows[] = {
    &kStandingRow, &kUserStandingRow, &kTransitionRow, &kEvidenceRow, &kAppealRow, &kNoticeRow};

/// Enforcement's tables as the enforcement kinds above read them: none (only the review store
/// has opened the store: no enforcement row to cover), older (a store of an older release whose
/// enforcement schema has not migrated yet: columns those kinds read are missing), or ready.
enum class EnforcementRows { none, older, ready };
EnforcementRows enforcement_rows(sql::Db& db);

/// A row an audit record vouches for: its kind and key (an id, a principal's name; `key2` for
/// the second key column of an end user).
struct RowRef {
  const RowKind* kind;
  std::string key;
  std::string key2 = {};
};
inline RowRef item_row(std::int64_t id) {
  return {&kItemRow, std::to_string(id)};
}

/// The `rows` JSON of an audit record vouching for `rows` as they are now ("absent" for a row
/// that does not exist). Duplicates are named once. Inside the write transaction.
std::string covered_rows_json(sql::Db& db, const std::vector<RowRef>& rows);
/// The `rows` JSON of a coverage baseline: every row of `kinds` as it is now, and a marker per
/// kind ("coverage:<kind>"), so that no kind can be baselined twice.
std::string baseline_rows_json(sql::Db& db, const std::vector<const RowKind*>& kinds);

/// Replays the row digests of the chain, record by record, and then checks the file against
/// them.
class RowCoverage {
 public:
  /// Adds the `rows` of one record (action `action`); a problem (unreadable digests, a second
  /// baseline of a kind) when the record is not acceptable.
  std::optional<std::string> add(const std::string& action, const std::string& rows);
  /// Every covered row in the file must be as the chain last saw it, none missing or extra; and
  /// the enforcement cursor must not have passed a decision that left no evidence.
  std::optional<std::string> check(sql::Db& db) const;

 private:
  std::map<std::string, std::string> digests_;  // row -> digest of its latest audit record
};

}  // namespace abusemon::detail
