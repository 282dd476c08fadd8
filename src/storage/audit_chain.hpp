// Private: the hash-chained audit log of the store file, shared by the review store and
// enforcement (both append to the one chain of their common file).
#pragma once

#include <abusemon/review.hpp>

#include <cstdint>
#include <string>
#include <string_view>

#include "storage/db.hpp"

namespace abusemon::detail {

/// First "previous hash" of the chain of the store `store_id`.
std::string audit_genesis(std::string_view store_id);
/// SHA-256 of one record chained to `prev`; `rows` (the digests of the rows it vouches for) is
/// hashed only when not empty, so records written before rows were covered hash as they did.
std::string audit_record_hash(const std::string& prev, const AuditRecord& r, std::string_view rows);
/// HMAC of the head with the key derived from the store's key (empty without one).
std::string audit_head_mac(std::string_view store_id, const std::string& audit_key,
                           std::int64_t seq, const std::string& hash);
/// The store's time: `clock_ms`, but never before the newest audit record (no clock rewinds it).
std::int64_t audit_now(sql::Db& db, std::int64_t clock_ms);
/// Appends one record at `ts_ms` (audit_now). Must run inside a write transaction.
void append_audit(sql::Db& db, std::string_view store_id, const std::string& audit_key,
                  std::int64_t ts_ms, std::string_view actor, std::string_view action,
                  std::string_view outcome, std::int64_t item_id, std::int64_t grant_id,
                  std::string_view detail, const std::string& rows_json = {});

}  // namespace abusemon::detail
