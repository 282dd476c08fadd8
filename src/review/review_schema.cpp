// The review component's schema (items, principals, grants, decisions, the hash-chained audit
// and the store's meta), registered with the storage layer (storage/schema.hpp) when a review
// store opens. Append-only: a released migration is never edited; a change goes into a new one at
// the end. Versions 1 and 2 were versions 1 and 3 of the older single sequence (schema.cpp).
#include "review/review_schema.hpp"

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
    {2, "review: the audit chain covers security-relevant rows (digests per record)",
     R"sql(
ALTER TABLE audit ADD COLUMN rows TEXT NOT NULL DEFAULT '';
)sql"},
};

}  // namespace

const sql::SchemaComponent& review_schema() noexcept {
  static const sql::SchemaComponent c{kReviewComponent, kMigrations, std::size(kMigrations)};
  return c;
}

}  // namespace abusemon::detail
