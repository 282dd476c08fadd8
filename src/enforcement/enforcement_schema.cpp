// The enforcement component's schema (standings of customers and end users, transitions,
// evidence, appeals, the notice outbox and the review cursor), registered with the storage layer
// (storage/schema.hpp) when enforcement opens. It needs the review component's tables (decisions,
// the audit chain, meta), so it declares review as the component migrated before it.
// Append-only: a released migration is never edited; a change goes into a new one at the end.
// Versions 1, 2 and 3 were versions 2, 4 and 5 of the older single sequence (storage/schema.cpp).
#include "enforcement/enforcement_schema.hpp"

#include <iterator>

namespace abusemon::detail {

namespace {

constexpr sql::Migration kMigrations[] = {
    {1, "enforcement: customer standing, transitions, evidence, appeals, outbox, cursor",
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
    {2, "enforcement: end-user scope (end-user standing; user of evidence, transitions, outbox)",
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
    {3, "enforcement: outbox rows are claimed by one replica while it delivers them",
     R"sql(
ALTER TABLE enforcement_outbox ADD COLUMN claimed_until INTEGER NOT NULL DEFAULT 0;
ALTER TABLE enforcement_outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
)sql"},
};

}  // namespace

const sql::SchemaComponent& enforcement_schema() noexcept {
  static const sql::SchemaComponent c{kEnforcementComponent, kMigrations, std::size(kMigrations),
                                      "review", 1};
  return c;
}

}  // namespace abusemon::detail
