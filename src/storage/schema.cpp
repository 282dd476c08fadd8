#include "storage/schema.hpp"

#include <iterator>

namespace abusemon::detail {

namespace {

constexpr sql::Migration kMigrations[] = {
    {1, "review: items, principals, grants, decisions, hash-chained audit",
     R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE principals(
  id TEXT PRIMARY KEY, role INTEGER NOT NULL, region TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1, created_ms INTEGER NOT NULL);
CREATE TABLE review_items(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customer TEXT NOT NULL, user TEXT NOT NULL, region TEXT NOT NULL, queue TEXT NOT NULL,
  signal TEXT NOT NULL, category INTEGER NOT NULL, severity INTEGER NOT NULL,
  confidence REAL NOT NULL, status INTEGER NOT NULL,
  created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,
  content BLOB, verdict BLOB, purged_ms INTEGER);
CREATE INDEX review_items_queue ON review_items(region, status, id);
CREATE INDEX review_items_retention ON review_items(created_ms) WHERE purged_ms IS NULL;
CREATE TABLE grants(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  requester TEXT NOT NULL REFERENCES principals(id), region TEXT NOT NULL, queue TEXT NOT NULL,
  reason TEXT NOT NULL, requested_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL,
  approver TEXT, approved_ms INTEGER, revoked_by TEXT, revoked_ms INTEGER);
CREATE INDEX grants_requester ON grants(requester, id);
CREATE TABLE decisions(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id INTEGER NOT NULL UNIQUE REFERENCES review_items(id),
  kind INTEGER NOT NULL, category INTEGER NOT NULL, severity INTEGER NOT NULL,
  reason TEXT NOT NULL, decided_by TEXT NOT NULL, automatic INTEGER NOT NULL,
  decided_ms INTEGER NOT NULL);
CREATE TABLE audit(
  seq INTEGER PRIMARY KEY, ts_ms INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  outcome TEXT NOT NULL, item_id INTEGER NOT NULL, grant_id INTEGER NOT NULL,
  detail TEXT NOT NULL, prev_hash BLOB NOT NULL, hash BLOB NOT NULL);
CREATE TABLE audit_head(
  id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash BLOB NOT NULL,
  mac BLOB NOT NULL);
)sql"},
    {2, "enforcement: customer standing, transitions, evidence, appeals, outbox, cursor",
     R"sql(
CREATE TABLE enforcement_customers(
  customer TEXT PRIMARY KEY, state INTEGER NOT NULL, since_ms INTEGER NOT NULL,
  due_ms INTEGER NOT NULL DEFAULT 0, warned_ms INTEGER NOT NULL DEFAULT 0,
  last_warning_ms INTEGER NOT NULL DEFAULT 0, last_abuse_ms INTEGER NOT NULL DEFAULT 0,
  abuse_after_warning INTEGER NOT NULL DEFAULT 0, suspensions INTEGER NOT NULL DEFAULT 0,
  confirmed_items INTEGER NOT NULL DEFAULT 0, reason TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '');
CREATE INDEX enforcement_customers_due ON enforcement_customers(state, due_ms);
CREATE TABLE enforcement_evidence(
  decision_seq INTEGER PRIMARY KEY, customer TEXT NOT NULL, item_id INTEGER NOT NULL,
  category INTEGER NOT NULL, severity INTEGER NOT NULL, occurred_ms INTEGER NOT NULL,
  decided_ms INTEGER NOT NULL, automatic INTEGER NOT NULL);
CREATE INDEX enforcement_evidence_customer ON enforcement_evidence(customer, occurred_ms);
CREATE TABLE enforcement_transitions(
  id INTEGER PRIMARY KEY AUTOINCREMENT, customer TEXT NOT NULL, from_state INTEGER NOT NULL,
  to_state INTEGER NOT NULL, ts_ms INTEGER NOT NULL, reason TEXT NOT NULL, actor TEXT NOT NULL,
  evidence TEXT NOT NULL);
CREATE INDEX enforcement_transitions_customer ON enforcement_transitions(customer, id);
CREATE TABLE enforcement_appeals(
  id INTEGER PRIMARY KEY AUTOINCREMENT, customer TEXT NOT NULL, filed_ms INTEGER NOT NULL,
  explanation TEXT NOT NULL, status TEXT NOT NULL, resolved_by TEXT NOT NULL DEFAULT '',
  resolved_ms INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '');
CREATE TABLE enforcement_outbox(
  id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE,
  customer TEXT NOT NULL, kind INTEGER NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL,
  body TEXT NOT NULL, created_ms INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_ms INTEGER NOT NULL, delivered_ms INTEGER NOT NULL DEFAULT 0,
  dead INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '');
CREATE INDEX enforcement_outbox_due ON enforcement_outbox(delivered_ms, dead, next_attempt_ms);
CREATE TABLE enforcement_cursor(name TEXT PRIMARY KEY, seq INTEGER NOT NULL);
)sql"},
    {3, "review: the audit chain covers security-relevant rows (digests per record)",
     R"sql(
ALTER TABLE audit ADD COLUMN rows TEXT NOT NULL DEFAULT '';
)sql"},
    {4, "enforcement: end-user scope (end-user standing; user of evidence, transitions, outbox)",
     R"sql(
ALTER TABLE enforcement_evidence ADD COLUMN user TEXT NOT NULL DEFAULT '';
ALTER TABLE enforcement_transitions ADD COLUMN user TEXT NOT NULL DEFAULT '';
ALTER TABLE enforcement_outbox ADD COLUMN user TEXT NOT NULL DEFAULT '';
CREATE INDEX enforcement_evidence_user ON enforcement_evidence(customer, user, occurred_ms);
CREATE TABLE enforcement_users(
  customer TEXT NOT NULL, user TEXT NOT NULL, state INTEGER NOT NULL, since_ms INTEGER NOT NULL,
  until_ms INTEGER NOT NULL DEFAULT 0, noticed_ms INTEGER NOT NULL DEFAULT 0,
  notices INTEGER NOT NULL DEFAULT 0, confirmed_items INTEGER NOT NULL DEFAULT 0,
  reason TEXT NOT NULL DEFAULT '', PRIMARY KEY(customer, user));
CREATE INDEX enforcement_users_due ON enforcement_users(state, until_ms);
CREATE INDEX enforcement_users_noticed ON enforcement_users(customer, noticed_ms);
)sql"},
    {5, "enforcement: outbox rows are claimed by one replica while it delivers them",
     R"sql(
ALTER TABLE enforcement_outbox ADD COLUMN claimed_until INTEGER NOT NULL DEFAULT 0;
ALTER TABLE enforcement_outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
)sql"},
};

}  // namespace

const sql::Migration* store_migrations(std::size_t& count) noexcept {
  count = std::size(kMigrations);
  return kMigrations;
}

}  // namespace abusemon::detail
