// Private to src/review/: ReviewStoreImpl (the SQLite-backed state, access checks and the audit
// chain) and the row helpers that review_store.cpp, review_access.cpp, review_items.cpp and
// review_audit.cpp share.
#pragma once

#include <abusemon/error.hpp>
#include <abusemon/review.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <mutex>
#include <ostream>
#include <stdexcept>
#include <utility>

#include "core/format.hpp"
#include "core/json_input.hpp"
#include "review/review_schema.hpp"
#include "storage/audit_chain.hpp"
#include "storage/covered_rows.hpp"
#include "storage/crypto.hpp"
#include "storage/db.hpp"
#include "storage/staff.hpp"

namespace abusemon {

namespace detail {

using sql::Stmt;
using sql::Tx;

constexpr const char* kItemColumns =
    "i.id, i.customer, i.\"user\", i.region, i.queue, i.signal, i.category, i.severity, "
    "i.confidence, i.status, i.created_ms, i.updated_ms, i.purged_ms, "
    "d.seq, d.kind, d.category, d.severity, d.reason, d.decided_by, d.automatic, d.decided_ms "
    "FROM review_items i LEFT JOIN decisions d ON d.item_id = i.id ";

constexpr const char* kGrantColumns =
    "SELECT id, requester, region, queue, reason, requested_ms, duration_ms, approver, "
    "approved_ms, revoked_by, revoked_ms FROM grants ";

constexpr std::string_view kAuto = "auto";
constexpr std::int64_t kMaxGrantCeilingMs = kMaxGrantMs;
constexpr std::string_view kSystem = "system";
constexpr std::string_view kAdmin = "admin";

inline ReviewItem read_item(const Stmt& s) {
  ReviewItem it;
  it.id = s.i64(0);
  it.customer = s.text(1);
  it.user = s.text(2);
  it.region = s.text(3);
  it.queue = s.text(4);
  it.signal = s.text(5);
  it.category = static_cast<Category>(s.i64(6));
  it.severity = static_cast<Severity>(s.i64(7));
  it.confidence = s.f64(8);
  it.status = static_cast<ReviewStatus>(s.i64(9));
  it.created_ms = s.i64(10);
  it.updated_ms = s.i64(11);
  it.content_purged = !s.is_null(12);
  if (!s.is_null(13)) {
    DecisionRecord d;
    d.seq = s.i64(13);
    d.item_id = it.id;
    d.kind = static_cast<DecisionKind>(s.i64(14));
    d.category = static_cast<Category>(s.i64(15));
    d.severity = static_cast<Severity>(s.i64(16));
    d.reason = s.text(17);
    d.decided_by = s.text(18);
    d.automatic = s.i64(19) != 0;
    d.decided_ms = s.i64(20);
    d.customer = it.customer;
    d.user = it.user;
    d.region = it.region;
    d.signal = it.signal;
    d.occurred_ms = it.created_ms;
    it.decision = std::move(d);
  }
  return it;
}

// `limit`: the store's max_grant_ms. A row whose duration exceeds it (written by an older
// version, or edited in the file) is only ever active for `limit`.
inline Grant read_grant(const Stmt& s, std::int64_t now, std::int64_t limit) {
  Grant g;
  g.id = s.i64(0);
  g.requester = s.text(1);
  g.region = s.text(2);
  g.queue = s.text(3);
  g.reason = s.text(4);
  g.requested_ms = s.i64(5);
  g.duration_ms = s.i64(6);
  g.approver = s.text(7);
  g.approved_ms = s.opt_i64(8).value_or(0);
  g.revoked_by = s.text(9);
  g.revoked_ms = s.opt_i64(10).value_or(0);
  if (!s.is_null(8)) g.expires_ms = g.approved_ms + std::min(g.duration_ms, limit);
  if (!s.is_null(10)) {
    g.state = GrantState::revoked;
  } else if (s.is_null(8)) {
    g.state = GrantState::pending;
  } else {
    g.state = now < g.expires_ms ? GrantState::active : GrantState::expired;
  }
  return g;
}

inline void require_text(const std::string& v, const char* what) {
  if (v.empty()) throw std::invalid_argument(std::string(what) + " must not be empty");
}

/// Raised inside a transaction when access control refuses: the caller audits, commits, rethrows.
struct Denied {
  std::string reason;
};

struct ReviewStoreImpl {
  ReviewStoreOptions opt;
  const Clock* clock = nullptr;
  std::unique_ptr<sql::Db> db;
  mutable std::mutex mu;
  std::string store_id;     // random, per file: binds ciphertexts and the chain to this store
  std::string content_key;  // derived from opt.key; empty = plain
  std::string audit_key;    // derived from opt.key; empty = head not authenticated
  int version = 0;
  std::mutex listener_mu;
  DecisionListener listener;  // set_decision_listener()
  std::vector<std::pair<std::uint64_t, DecisionListener>> extra_listeners;  // add_...()
  std::uint64_t next_listener_id = 1;

  explicit ReviewStoreImpl(ReviewStoreOptions o) : opt(std::move(o)) {
    if (opt.path.empty()) throw std::invalid_argument("ReviewStoreOptions.path must not be empty");
    if (!opt.key.empty() && opt.key.size() != 32) {
      throw std::invalid_argument("ReviewStoreOptions.key must be exactly 32 bytes (or empty)");
    }
    if (opt.retention_ms <= 0) throw std::invalid_argument("retention_ms must be positive");
    if (opt.max_grant_ms <= 0 || opt.max_grant_ms > kMaxGrantCeilingMs) {
      throw std::invalid_argument("max_grant_ms must be in 1.." +
                                  std::to_string(kMaxGrantCeilingMs));
    }
    if (!(opt.auto_confirm_confidence >= 0.0 && opt.auto_confirm_confidence <= 1.0)) {
      throw std::invalid_argument("auto_confirm_confidence must be 0 (off) or in (0, 1]");
    }
    if (opt.busy_timeout_ms < 0) throw std::invalid_argument("busy_timeout_ms must be >= 0");
    crypto::init();
    clock = opt.clock != nullptr ? opt.clock : &SystemClock::instance();
    if (!opt.key.empty()) {
      content_key = crypto::derive_key(opt.key, "abusemon.review.content.v1");
      audit_key = crypto::derive_key(opt.key, "abusemon.review.audit.v1");
    }
    db = sql::open(opt.path, opt.busy_timeout_ms);
    version = sql::migrate(*db, review_schema(), clock->now_ms());
    init_meta();
  }

  ~ReviewStoreImpl() {
    crypto::wipe(opt.key);
    crypto::wipe(content_key);
    crypto::wipe(audit_key);
  }

  // The store's time: the injected clock, but never before the newest audit record, so that no
  // clock (a host's, a test's, a skewed one) can rewind the store: a grant that has expired
  // stays expired, and audit timestamps never go backwards.
  std::int64_t now() const { return audit_now(*db, clock->now_ms()); }

  // The store's grant limit (meta "max_grant_ms"), read on every use: another process may have
  // changed it. An unreadable value fails closed (1 ms).
  // With a key, the limit carries an HMAC so that editing the file cannot raise it.
  std::string grant_limit_mac(std::string_view value) const {
    return crypto::hex(
        crypto::hmac_sha256(audit_key, store_id + ":max_grant_ms:" + std::string(value)));
  }

  void store_grant_limit(std::int64_t ms) {
    const std::string v = std::to_string(ms);
    set_meta("max_grant_ms", v);
    if (!audit_key.empty()) set_meta("max_grant_mac", grant_limit_mac(v));
  }

  std::int64_t grant_limit() {
    const std::string v = meta("max_grant_ms").value_or("");
    if (!audit_key.empty() &&
        !crypto::equal(meta("max_grant_mac").value_or(""), grant_limit_mac(v))) {
      return 1;
    }
    char* end = nullptr;
    const long long ms = std::strtoll(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || ms <= 0 || ms > kMaxGrantCeilingMs) return 1;
    return ms;
  }

  std::optional<std::string> meta(const char* key) {
    Stmt s(*db, "SELECT value FROM meta WHERE key = ?");
    s.bind_text(1, key);
    if (!s.step()) return std::nullopt;
    return s.blob(0);
  }

  void put_meta(const char* key, std::string_view value) {
    Stmt s(*db, "INSERT INTO meta(key, value) VALUES(?, ?)");
    s.bind_text(1, key).bind_blob(2, value).run();
  }

  void set_meta(const char* key, std::string_view value) {
    Stmt s(*db,
           "INSERT INTO meta(key, value) VALUES(?, ?) "
           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind_text(1, key).bind_blob(2, value).run();
  }

  // Which rows the chain covers: "2" = review and enforcement rows (absent: none, "1": review
  // rows only). With a key the marker carries an HMAC, so that resetting it in the file cannot
  // make the next opener baseline rows that were changed behind the chain's back.
  static constexpr std::string_view kRowCoverage = "2";
  std::string row_coverage_mac() const {
    return crypto::hex(
        crypto::hmac_sha256(audit_key, store_id + ":row_coverage:" + std::string(kRowCoverage)));
  }
  bool row_coverage_vouched() {
    return !audit_key.empty() &&
           crypto::equal(meta("row_coverage_mac").value_or(""), row_coverage_mac());
  }
  void store_row_coverage() {
    set_meta("row_coverage", kRowCoverage);
    if (!audit_key.empty()) set_meta("row_coverage_mac", row_coverage_mac());
  }

  // The first opener fixes the store id and the encryption mode; later openers must match.
  void init_meta() {
    static constexpr std::string_view kCheck = "abusemon review key check";
    Tx tx(*db);
    auto id = meta("store_id");
    if (!id) {
      store_id = crypto::hex(crypto::random_bytes(16));
      put_meta("store_id", store_id);
      put_meta("encrypted", content_key.empty() ? "0" : "1");
      store_grant_limit(opt.max_grant_ms);
      store_row_coverage();
      if (!content_key.empty()) {
        put_meta("key_check", crypto::seal(content_key, kCheck, "key_check:" + store_id));
      }
      tx.commit();
      return;
    }
    store_id = *id;
    const bool encrypted = meta("encrypted").value_or("0") == "1";
    if (encrypted && content_key.empty()) {
      throw error(status::state, "review store '" + db->location() +
                                     "' is encrypted: a 32-byte key is required to open it");
    }
    if (!encrypted && !content_key.empty()) {
      throw error(status::state, "review store '" + db->location() +
                                     "' was created without encryption; open it without a key");
    }
    if (encrypted) {
      std::string plain;
      auto box = meta("key_check").value_or("");
      if (!crypto::open(content_key, box, "key_check:" + store_id, plain) || plain != kCheck) {
        throw error(status::permission_denied,
                    "wrong key for review store '" + db->location() + "'");
      }
    }
    // Stores made before the limit was persisted adopt the first opener's value.
    if (!meta("max_grant_ms")) store_grant_limit(opt.max_grant_ms);
    const std::string coverage = meta("row_coverage").value_or("");
    // Enforcement tables of an older schema: the baseline waits until enforcement has migrated
    // them (Enforcement opens the review store again then).
    const EnforcementRows enforcement = enforcement_rows(*db);
    if (enforcement == EnforcementRows::older) {
      tx.commit();
      return;
    }
    if (coverage != kRowCoverage && !row_coverage_vouched()) {
      // A store made before rows (or enforcement rows) were covered: one record vouches for
      // every row of the kinds not yet covered, as it is now.
      std::vector<const RowKind*> kinds;
      if (enforcement == EnforcementRows::ready) {
        kinds.assign(std::begin(kEnforcementRows), std::end(kEnforcementRows));
      }
      if (coverage.empty()) {
        kinds.insert(kinds.begin(), std::begin(kReviewRows), std::end(kReviewRows));
      }
      if (!kinds.empty()) {
        audit_rows(kSystem, "coverage", "ok", 0, 0, "rows covered by the chain from here",
                   baseline_rows_json(*db, kinds));
      }
    }
    if (coverage != kRowCoverage) store_row_coverage();
    tx.commit();
  }

  // ----- field encryption -----
  std::string field_ad(std::int64_t id, std::string_view field) const {
    return store_id + ":" + std::to_string(id) + ":" + std::string(field);
  }
  std::string protect(std::int64_t id, std::string_view field, std::string_view plain) const {
    if (content_key.empty()) return std::string(plain);
    return crypto::seal(content_key, plain, field_ad(id, field));
  }
  std::string unprotect(std::int64_t id, std::string_view field, const std::string& stored) const {
    if (content_key.empty()) return stored;
    std::string plain;
    if (!crypto::open(content_key, stored, field_ad(id, field), plain)) {
      throw error(status::format, "item " + std::to_string(id) + ": " + std::string(field) +
                                      " fails authentication (altered or moved ciphertext)");
    }
    return plain;
  }

  // ----- audit chain -----
  std::string genesis() const { return audit_genesis(store_id); }

  std::string head_mac(std::int64_t seq, const std::string& hash) const {
    return audit_head_mac(store_id, audit_key, seq, hash);
  }

  // Must run inside a write transaction: the head row is read and replaced under the lock.
  void audit(std::string_view actor, std::string_view action, std::string_view outcome,
             std::int64_t item_id, std::int64_t grant_id, std::string_view detail,
             std::initializer_list<RowRef> rows = {}) {
    audit_rows(actor, action, outcome, item_id, grant_id, detail,
               rows.size() == 0 ? std::string() : covered_rows_json(*db, rows));
  }

  void audit_rows(std::string_view actor, std::string_view action, std::string_view outcome,
                  std::int64_t item_id, std::int64_t grant_id, std::string_view detail,
                  const std::string& rows_json) {
    append_audit(*db, store_id, audit_key, now(), actor, action, outcome, item_id, grant_id, detail,
                 rows_json);
  }

  // ----- lookups -----
  std::optional<Principal> load_principal(const std::string& id) { return find_principal(*db, id); }

  Principal require_principal(const std::string& id) {
    auto p = load_principal(id);
    if (!p) throw Denied{"unknown principal '" + id + "'"};
    if (!p->active) throw Denied{"principal '" + id + "' is disabled"};
    return *p;
  }

  std::optional<ReviewItem> load_item(std::int64_t id) {
    Stmt s(*db, (std::string("SELECT ") + kItemColumns + "WHERE i.id = ?").c_str());
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return read_item(s);
  }

  ReviewItem require_item(std::int64_t id) {
    auto it = load_item(id);
    if (!it) throw error(status::not_found, "no review item " + std::to_string(id));
    return *it;
  }

  std::optional<Grant> load_grant(std::int64_t id) {
    Stmt s(*db, (std::string(kGrantColumns) + "WHERE id = ?").c_str());
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return read_grant(s, now(), grant_limit());
  }

  /// The id of an active grant of `p` covering `item`; throws Denied with the most specific
  /// reason otherwise. Residency first: a principal never reads another region's data.
  std::int64_t authorize(const Principal& p, const ReviewItem& item) {
    if (p.region != item.region) {
      throw Denied{"residency: principal region '" + p.region +
                   "' may not access an item of region '" + item.region + "'"};
    }
    Stmt s(*db, (std::string(kGrantColumns) + "WHERE requester = ? ORDER BY id DESC").c_str());
    s.bind_text(1, p.id);
    const std::int64_t t = now();
    const std::int64_t limit = grant_limit();
    std::optional<Grant> in_scope;  // most recent grant whose scope covers the item
    bool any = false;
    while (s.step()) {
      Grant g = read_grant(s, t, limit);
      any = true;
      if (g.region != item.region || (!g.queue.empty() && g.queue != item.queue)) continue;
      if (g.state == GrantState::active) return g.id;
      if (!in_scope) in_scope = std::move(g);
    }
    if (in_scope) {
      const std::string gid = "grant " + std::to_string(in_scope->id);
      switch (in_scope->state) {
        case GrantState::pending:
          throw Denied{gid + " is not approved"};
        case GrantState::expired:
          throw Denied{gid + " expired"};
        default:
          throw Denied{gid + " was revoked"};
      }
    }
    if (any) {
      throw Denied{"no grant of '" + p.id + "' covers region '" + item.region + "' queue '" +
                   item.queue + "'"};
    }
    throw Denied{"no access grant for '" + p.id + "'"};
  }

  void notify(const std::vector<DecisionRecord>& records) {
    if (records.empty()) return;
    std::vector<DecisionListener> ls;
    {
      std::lock_guard<std::mutex> g(listener_mu);
      for (const auto& [id, l] : extra_listeners) ls.push_back(l);
      if (listener) ls.push_back(listener);
    }
    for (const auto& r : records) {
      for (const auto& l : ls) l(r);
    }
  }

  DecisionRecord insert_decision(const ReviewItem& item, DecisionKind kind, Category cat,
                                 Severity sev, const std::string& reason, std::string_view by,
                                 bool automatic) {
    DecisionRecord d;
    d.item_id = item.id;
    d.kind = kind;
    d.category = cat;
    d.severity = sev;
    d.reason = reason;
    d.decided_by = by;
    d.automatic = automatic;
    d.decided_ms = now();
    d.customer = item.customer;
    d.user = item.user;
    d.region = item.region;
    d.signal = item.signal;
    d.occurred_ms = item.created_ms;
    Stmt s(*db,
           "INSERT INTO decisions(item_id, kind, category, severity, reason, decided_by, "
           "automatic, decided_ms) VALUES(?,?,?,?,?,?,?,?) RETURNING seq");
    s.bind(1, d.item_id).bind(2, static_cast<int>(kind)).bind(3, static_cast<int>(cat));
    s.bind(4, static_cast<int>(sev)).bind_text(5, reason).bind_text(6, by);
    s.bind(7, automatic ? 1 : 0).bind(8, d.decided_ms);
    d.seq = s.insert_id();
    const ReviewStatus st = kind == DecisionKind::confirm   ? ReviewStatus::confirmed
                            : kind == DecisionKind::correct ? ReviewStatus::corrected
                                                            : ReviewStatus::dismissed;
    Stmt u(*db, "UPDATE review_items SET status = ?, updated_ms = ? WHERE id = ?");
    u.bind(1, static_cast<int>(st)).bind(2, d.decided_ms).bind(3, item.id).run();
    return d;
  }

  std::int64_t insert_item(const ReviewSubmission& s, std::vector<DecisionRecord>& decided) {
    require_text(s.customer, "ReviewSubmission.customer");
    require_text(s.region, "ReviewSubmission.region");
    require_text(s.signal, "ReviewSubmission.signal");
    require_text(s.queue, "ReviewSubmission.queue");
    if (!(s.confidence >= 0.0 && s.confidence <= 1.0)) {
      throw std::invalid_argument("ReviewSubmission.confidence must be in [0, 1]");
    }
    if (static_cast<std::size_t>(s.category) >= kCategoryCount ||
        static_cast<std::size_t>(s.severity) >= kSeverityCount) {
      throw std::invalid_argument("ReviewSubmission category/severity out of range");
    }
    detail::parse_json(s.verdict_json, "ReviewSubmission.verdict_json");
    if (opt.max_content_bytes != 0 && s.content.size() > opt.max_content_bytes) {
      throw error(status::limit, "ReviewSubmission.content is " + std::to_string(s.content.size()) +
                                     " bytes, over max_content_bytes (" +
                                     std::to_string(opt.max_content_bytes) + ")");
    }
    if (opt.max_pending_items != 0) {
      // Bounded by the limit itself (index review_items_queue), not by the table size.
      Stmt c(*db,
             "SELECT COUNT(*) FROM (SELECT 1 FROM review_items WHERE region = ? AND status = ? "
             "LIMIT ?) AS pending");
      c.bind_text(1, s.region).bind(2, static_cast<int>(ReviewStatus::pending));
      c.bind(3, static_cast<std::int64_t>(opt.max_pending_items));
      if (c.step() && static_cast<std::size_t>(c.i64(0)) >= opt.max_pending_items) {
        throw error(status::limit, "review queue of region \"" + s.region + "\" already has " +
                                       std::to_string(opt.max_pending_items) +
                                       " pending items (max_pending_items)");
      }
    }
    const std::int64_t t = now();
    Stmt ins(
        *db,
        "INSERT INTO review_items(customer, \"user\", region, queue, signal, category, severity, "
        "confidence, status, created_ms, updated_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?) "
        "RETURNING id");
    ins.bind_text(1, s.customer).bind_text(2, s.user).bind_text(3, s.region);
    ins.bind_text(4, s.queue).bind_text(5, s.signal).bind(6, static_cast<int>(s.category));
    ins.bind(7, static_cast<int>(s.severity)).bind(8, s.confidence);
    ins.bind(9, static_cast<int>(ReviewStatus::pending)).bind(10, t).bind(11, t);
    const std::int64_t id = ins.insert_id();
    // The id is the associated data, so the content can only be sealed once the row exists.
    Stmt up(*db, "UPDATE review_items SET content = ?, verdict = ? WHERE id = ?");
    up.bind_blob(1, protect(id, "content", s.content));
    up.bind_blob(2, protect(id, "verdict", s.verdict_json)).bind(3, id).run();
    audit(kSystem, "submit", "ok", id, 0,
          "customer=" + s.customer + " signal=" + s.signal +
              " category=" + std::string(to_string(s.category)) +
              " severity=" + std::string(to_string(s.severity)),
          {item_row(id)});
    const double bar = opt.auto_confirm_confidence;
    if (bar > 0.0 && s.confidence >= bar) {
      ReviewItem item = require_item(id);
      const std::string why = "automated pre-review: confidence " + std::to_string(s.confidence) +
                              " >= " + std::to_string(bar);
      decided.push_back(
          insert_decision(item, DecisionKind::confirm, s.category, s.severity, why, kAuto, true));
      audit(kAuto, "decide", "ok", id, 0, "confirm (automatic) " + why,
            {item_row(id), {&kDecisionRow, std::to_string(id)}});
    }
    return id;
  }
};

}  // namespace detail

}  // namespace abusemon
