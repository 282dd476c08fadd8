#include "storage/audit_chain.hpp"

#include <algorithm>

#include "storage/crypto.hpp"

namespace abusemon::detail {

using sql::Stmt;

std::string audit_genesis(std::string_view store_id) {
  return crypto::sha256("abusemon.audit.v1:" + std::string(store_id));
}

std::string audit_record_hash(const std::string& prev, const AuditRecord& r,
                              std::string_view rows) {
  std::string buf = prev;
  crypto::put_u64(buf, static_cast<std::uint64_t>(r.seq));
  crypto::put_u64(buf, static_cast<std::uint64_t>(r.ts_ms));
  crypto::put_field(buf, r.actor);
  crypto::put_field(buf, r.action);
  crypto::put_field(buf, r.outcome);
  crypto::put_u64(buf, static_cast<std::uint64_t>(r.item_id));
  crypto::put_u64(buf, static_cast<std::uint64_t>(r.grant_id));
  crypto::put_field(buf, r.detail);
  if (!rows.empty()) crypto::put_field(buf, rows);
  return crypto::sha256(buf);
}

std::string audit_head_mac(std::string_view store_id, const std::string& audit_key,
                           std::int64_t seq, const std::string& hash) {
  if (audit_key.empty()) return {};
  std::string buf(store_id);
  crypto::put_u64(buf, static_cast<std::uint64_t>(seq));
  buf += hash;
  return crypto::hmac_sha256(audit_key, buf);
}

std::int64_t audit_now(sql::Db& db, std::int64_t clock_ms) {
  Stmt s(db, "SELECT ts_ms FROM audit ORDER BY seq DESC LIMIT 1");
  return s.step() ? std::max(clock_ms, s.i64(0)) : clock_ms;
}

void append_audit(sql::Db& db, std::string_view store_id, const std::string& audit_key,
                  std::int64_t ts_ms, std::string_view actor, std::string_view action,
                  std::string_view outcome, std::int64_t item_id, std::int64_t grant_id,
                  std::string_view detail, const std::string& rows_json) {
  std::int64_t seq = 0;
  std::string prev = audit_genesis(store_id);
  {
    Stmt h(db, "SELECT seq, hash FROM audit_head WHERE id = 1");
    if (h.step()) {
      seq = h.i64(0);
      prev = h.blob(1);
    }
  }
  AuditRecord r;
  r.seq = seq + 1;
  r.ts_ms = ts_ms;
  r.actor = actor;
  r.action = action;
  r.outcome = outcome;
  r.item_id = item_id;
  r.grant_id = grant_id;
  r.detail = detail;
  const std::string hash = audit_record_hash(prev, r, rows_json);
  Stmt ins(db,
           "INSERT INTO audit(seq, ts_ms, actor, action, outcome, item_id, grant_id, detail, "
           "prev_hash, hash, rows) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
  ins.bind(1, r.seq).bind(2, r.ts_ms).bind_text(3, r.actor).bind_text(4, r.action);
  ins.bind_text(5, r.outcome).bind(6, r.item_id).bind(7, r.grant_id).bind_text(8, r.detail);
  ins.bind_blob(9, prev).bind_blob(10, hash).bind_text(11, rows_json).run();
  Stmt head(db,
            "INSERT INTO audit_head(id, seq, hash, mac) VALUES(1, ?, ?, ?) ON CONFLICT(id) DO "
            "UPDATE SET seq = excluded.seq, hash = excluded.hash, mac = excluded.mac");
  head.bind(1, r.seq).bind_blob(2, hash);
  head.bind_blob(3, audit_head_mac(store_id, audit_key, r.seq, hash)).run();
}

}  // namespace abusemon::detail
