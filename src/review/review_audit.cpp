// The review store: retention (purge) and the hash-chained audit log (head, verification,
// records).
#include "review/review_internal.hpp"

namespace abusemon {

using detail::Denied;
using detail::require_text;
using detail::sql::Stmt;
using detail::sql::Tx;
namespace crypto = detail::crypto;

PurgeResult ReviewStore::purge() {
  PurgeResult r;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    r.cutoff_ms = impl_->now() - impl_->opt.retention_ms;
    std::vector<std::int64_t> ids;
    {
      Stmt s(*impl_->db,
             "SELECT id FROM review_items WHERE purged_ms IS NULL AND created_ms < ? ORDER BY id");
      s.bind(1, r.cutoff_ms);
      while (s.step()) ids.push_back(s.i64(0));
    }
    Stmt u(*impl_->db,
           "UPDATE review_items SET content = NULL, verdict = NULL, purged_ms = ?1, "
           "updated_ms = ?1, status = CASE status WHEN ?2 THEN ?3 ELSE status END WHERE id = ?4");
    const std::string detail = "retention_ms=" + std::to_string(impl_->opt.retention_ms);
    for (std::int64_t id : ids) {
      u.reset();
      u.bind(1, impl_->now()).bind(2, static_cast<int>(ReviewStatus::pending));
      u.bind(3, static_cast<int>(ReviewStatus::expired)).bind(4, id).run();
      impl_->audit(detail::kSystem, "purge", "ok", id, 0, detail, {detail::item_row(id)});
    }
    tx.commit();
    r.purged = ids.size();
    // Old page images of purged rows (this purge's or an earlier one's) live on in the WAL until
    // a checkpoint copies it back and truncates it. A reader holding an old snapshot prevents
    // that (after busy_timeout_ms): report what stays on disk instead of claiming success.
    r.wal_frames_left = impl_->db->checkpoint();
  }
  return r;
}

AuditHead ReviewStore::audit_head() const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt h(*impl_->db, "SELECT seq, hash FROM audit_head WHERE id = 1");
  if (!h.step()) return AuditHead{0, crypto::hex(impl_->genesis())};
  return AuditHead{h.i64(0), crypto::hex(h.blob(1))};
}

AuditVerification ReviewStore::verify_audit(const std::optional<AuditHead>& expected) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  // One read transaction: a consistent snapshot even while other connections append.
  detail::sql::ReadTx snapshot(*impl_->db);

  AuditVerification v;
  std::int64_t head_seq = 0;
  std::string head_hash = impl_->genesis();
  std::string head_mac;
  {
    Stmt h(*impl_->db, "SELECT seq, hash, mac FROM audit_head WHERE id = 1");
    if (h.step()) {
      head_seq = h.i64(0);
      head_hash = h.blob(1);
      head_mac = h.blob(2);
    }
  }
  v.head = AuditHead{head_seq, crypto::hex(head_hash)};
  auto bad = [&v](std::int64_t seq, std::string problem) {
    v.ok = false;
    v.first_bad_seq = seq;
    v.problem = std::move(problem);
    return v;
  };
  if (!impl_->audit_key.empty() && head_seq > 0 &&
      !crypto::equal(head_mac, impl_->head_mac(head_seq, head_hash))) {
    return bad(0, "audit head fails its HMAC: the head was rewritten");
  }
  Stmt s(*impl_->db,
         "SELECT seq, ts_ms, actor, action, outcome, item_id, grant_id, detail, prev_hash, hash, "
         "rows FROM audit ORDER BY seq");
  detail::RowCoverage covered;
  std::int64_t last_ts = 0;
  std::string prev = impl_->genesis();
  std::int64_t expect = 1;
  bool expected_seen = !expected.has_value() || expected->seq == 0;
  while (s.step()) {
    AuditRecord r;
    r.seq = s.i64(0);
    r.ts_ms = s.i64(1);
    r.actor = s.text(2);
    r.action = s.text(3);
    r.outcome = s.text(4);
    r.item_id = s.i64(5);
    r.grant_id = s.i64(6);
    r.detail = s.text(7);
    const std::string stored_prev = s.blob(8);
    const std::string stored = s.blob(9);
    if (r.seq != expect) {
      return bad(expect, "record " + std::to_string(expect) + " is missing (next is " +
                             std::to_string(r.seq) + ")");
    }
    if (!crypto::equal(stored_prev, prev)) {
      return bad(r.seq, "record " + std::to_string(r.seq) +
                            " does not link to its predecessor (deleted or reordered)");
    }
    const std::string rows = s.text(10);
    const std::string h = detail::audit_record_hash(prev, r, rows);
    if (!crypto::equal(h, stored)) {
      return bad(r.seq, "record " + std::to_string(r.seq) + " was altered (hash mismatch)");
    }
    if (r.ts_ms < last_ts) {
      return bad(r.seq, "record " + std::to_string(r.seq) + " goes back in time");
    }
    last_ts = r.ts_ms;
    if (!rows.empty()) {
      if (auto problem = covered.add(r.action, rows)) {
        return bad(r.seq, "record " + std::to_string(r.seq) + " " + *problem);
      }
    }
    if (expected && expected->seq == r.seq) {
      if (crypto::hex(h) != expected->hash_hex) {
        return bad(r.seq, "record " + std::to_string(r.seq) +
                              " differs from the externally anchored head");
      }
      expected_seen = true;
    }
    prev = h;
    ++v.records;
    ++expect;
  }
  const std::int64_t last = expect - 1;
  if (last != head_seq || !crypto::equal(prev, head_hash)) {
    return bad(last < head_seq ? last + 1 : 0,
               "chain ends at record " + std::to_string(last) + " but the head says " +
                   std::to_string(head_seq) + (last < head_seq ? " (truncated)" : ""));
  }
  if (!expected_seen) {
    return bad(0, "the externally anchored head (record " + std::to_string(expected->seq) +
                      ") is not on the chain (truncated)");
  }
  // Every covered row must be as the chain last saw it; rows unknown to the chain were inserted
  // behind its back (or the newest records were cut off and an older head restored).
  if (auto problem = covered.check(*impl_->db)) return bad(0, *problem);
  return v;
}

std::vector<AuditRecord> ReviewStore::audit_records(std::int64_t after_seq,
                                                    std::size_t limit) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(*impl_->db,
         "SELECT seq, ts_ms, actor, action, outcome, item_id, grant_id, detail, hash FROM audit "
         "WHERE seq > ? ORDER BY seq LIMIT ?");
  s.bind(1, after_seq).bind(2, static_cast<std::int64_t>(limit));
  std::vector<AuditRecord> out;
  while (s.step()) {
    AuditRecord r;
    r.seq = s.i64(0);
    r.ts_ms = s.i64(1);
    r.actor = s.text(2);
    r.action = s.text(3);
    r.outcome = s.text(4);
    r.item_id = s.i64(5);
    r.grant_id = s.i64(6);
    r.detail = s.text(7);
    r.hash_hex = crypto::hex(s.blob(8));
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace abusemon
