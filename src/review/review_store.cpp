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
#include "storage/audit_chain.hpp"
#include "storage/crypto.hpp"
#include "storage/schema.hpp"
#include "storage/sqlite_db.hpp"

namespace abusemon {

namespace {

constexpr std::array<std::string_view, 2> kRoleNames = {"reviewer", "manager"};
constexpr std::array<std::string_view, 5> kStatusNames = {"pending", "confirmed", "corrected",
                                                          "dismissed", "expired"};
constexpr std::array<std::string_view, 3> kKindNames = {"confirm", "correct", "dismiss"};
constexpr std::array<std::string_view, 4> kGrantNames = {"pending", "active", "expired", "revoked"};

template <typename E, std::size_t N>
std::string_view name_of(const std::array<std::string_view, N>& names, E v) noexcept {
  auto i = static_cast<std::size_t>(v);
  return i < N ? names[i] : std::string_view("unknown");
}

template <typename E, std::size_t N>
std::optional<E> parse_name(const std::array<std::string_view, N>& names,
                            std::string_view s) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == s) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(Role r) noexcept {
  return name_of(kRoleNames, r);
}
std::string_view to_string(ReviewStatus s) noexcept {
  return name_of(kStatusNames, s);
}
std::string_view to_string(DecisionKind k) noexcept {
  return name_of(kKindNames, k);
}
std::string_view to_string(GrantState s) noexcept {
  return name_of(kGrantNames, s);
}
std::optional<Role> parse_role(std::string_view n) noexcept {
  return parse_name<Role>(kRoleNames, n);
}
std::optional<ReviewStatus> parse_review_status(std::string_view n) noexcept {
  return parse_name<ReviewStatus>(kStatusNames, n);
}
std::optional<DecisionKind> parse_decision_kind(std::string_view n) noexcept {
  return parse_name<DecisionKind>(kKindNames, n);
}

namespace detail {

using sql::Stmt;
using sql::Tx;
namespace crypto = detail::crypto;

namespace {

constexpr const char* kItemColumns =
    "i.id, i.customer, i.user, i.region, i.queue, i.signal, i.category, i.severity, "
    "i.confidence, i.status, i.created_ms, i.updated_ms, i.purged_ms, "
    "d.seq, d.kind, d.category, d.severity, d.reason, d.decided_by, d.automatic, d.decided_ms "
    "FROM review_items i LEFT JOIN decisions d ON d.item_id = i.id ";

constexpr const char* kGrantColumns =
    "SELECT id, requester, region, queue, reason, requested_ms, duration_ms, approver, "
    "approved_ms, revoked_by, revoked_ms FROM grants ";

// Security-relevant rows whose content the audit chain covers: each audit record that creates or
// changes one carries the SHA-256 of the row as stored (column `rows`, a JSON object
// {"<kind>:<key>": "<hex>"}), and verify_audit() checks every row against the latest digest on
// the chain, so an edit made outside the library (a decision flipped, an approver or role
// changed, an item moved to another region) or a row inserted or deleted behind the chain's back
// fails verification. Explicit column lists: a column added later must not change old digests.
struct RowKind {
  const char* kind;
  const char* one;  // one row by key (?1)
  const char* all;  // every row, key first
  int columns;
};
constexpr RowKind kPrincipalRow{"principal",
                                "SELECT id, role, region, active FROM principals WHERE id = ?1",
                                "SELECT id, role, region, active FROM principals", 4};
constexpr RowKind kItemRow{
    "item",
    "SELECT id, customer, user, region, queue, signal, category, severity, confidence, status, "
    "created_ms, updated_ms, content, verdict, purged_ms FROM review_items WHERE id = ?1",
    "SELECT id, customer, user, region, queue, signal, category, severity, confidence, status, "
    "created_ms, updated_ms, content, verdict, purged_ms FROM review_items",
    15};
constexpr RowKind kGrantRow{
    "grant",
    "SELECT id, requester, region, queue, reason, requested_ms, duration_ms, approver, "
    "approved_ms, revoked_by, revoked_ms FROM grants WHERE id = ?1",
    "SELECT id, requester, region, queue, reason, requested_ms, duration_ms, approver, "
    "approved_ms, revoked_by, revoked_ms FROM grants",
    11};
constexpr RowKind kDecisionRow{
    "decision",
    "SELECT item_id, seq, kind, category, severity, reason, decided_by, automatic, decided_ms "
    "FROM decisions WHERE item_id = ?1",
    "SELECT item_id, seq, kind, category, severity, reason, decided_by, automatic, decided_ms "
    "FROM decisions",
    9};
constexpr const RowKind* kCoveredRows[] = {&kPrincipalRow, &kItemRow, &kGrantRow, &kDecisionRow};

/// A row an audit record vouches for: its kind and key (an id, or a principal's name).
struct RowRef {
  const RowKind* kind;
  std::string key;
};
RowRef item_row(std::int64_t id) {
  return {&kItemRow, std::to_string(id)};
}

// SHA-256 of the current row (columns as SQLite stores them, NULL marked apart from "").
std::string row_digest(const Stmt& s, int columns) {
  std::string buf;
  for (int c = 0; c < columns; ++c) {
    if (s.is_null(c)) {
      crypto::put_u64(buf, ~std::uint64_t{0});
    } else {
      crypto::put_field(buf, s.blob(c));
    }
  }
  return crypto::hex(crypto::sha256(buf));
}

constexpr std::string_view kAuto = "auto";
constexpr std::int64_t kMaxGrantCeilingMs = kMaxGrantMs;
constexpr std::string_view kSystem = "system";
constexpr std::string_view kAdmin = "admin";

ReviewItem read_item(const Stmt& s) {
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
Grant read_grant(const Stmt& s, std::int64_t now, std::int64_t limit) {
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

void require_text(const std::string& v, const char* what) {
  if (v.empty()) throw std::invalid_argument(std::string(what) + " must not be empty");
}

/// Raised inside a transaction when access control refuses: the caller audits, commits, rethrows.
struct Denied {
  std::string reason;
};

}  // namespace

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
    db = std::make_unique<sql::Db>(opt.path, opt.busy_timeout_ms);
    std::size_t n = 0;
    const sql::Migration* m = store_migrations(n);
    version = sql::migrate(*db, m, n, clock->now_ms());
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
    Stmt s(*db, "INSERT OR REPLACE INTO meta(key, value) VALUES('max_grant_ms', ?)");
    s.bind_blob(1, v).run();
    if (!audit_key.empty()) {
      Stmt m(*db, "INSERT OR REPLACE INTO meta(key, value) VALUES('max_grant_mac', ?)");
      m.bind_blob(1, grant_limit_mac(v)).run();
    }
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
      put_meta("row_coverage", "1");
      if (!content_key.empty()) {
        put_meta("key_check", crypto::seal(content_key, kCheck, "key_check:" + store_id));
      }
      tx.commit();
      return;
    }
    store_id = *id;
    const bool encrypted = meta("encrypted").value_or("0") == "1";
    if (encrypted && content_key.empty()) {
      throw error(status::state, "review store '" + opt.path +
                                     "' is encrypted: a 32-byte key is required to open it");
    }
    if (!encrypted && !content_key.empty()) {
      throw error(status::state, "review store '" + opt.path +
                                     "' was created without encryption; open it without a key");
    }
    if (encrypted) {
      std::string plain;
      auto box = meta("key_check").value_or("");
      if (!crypto::open(content_key, box, "key_check:" + store_id, plain) || plain != kCheck) {
        throw error(status::permission_denied, "wrong key for review store '" + opt.path + "'");
      }
    }
    // Stores made before the limit was persisted adopt the first opener's value.
    if (!meta("max_grant_ms")) store_grant_limit(opt.max_grant_ms);
    if (!meta("row_coverage")) {
      // A store made before rows were covered: one record vouches for every row as it is now.
      nlohmann::json j = nlohmann::json::object();
      for (const RowKind* k : kCoveredRows) {
        Stmt s(*db, k->all);
        while (s.step()) j[std::string(k->kind) + ":" + s.text(0)] = row_digest(s, k->columns);
      }
      if (!j.empty()) {
        audit_rows(kSystem, "coverage", "ok", 0, 0, "rows covered by the chain from here",
                   j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      }
      put_meta("row_coverage", "1");
    }
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
  std::string digest_of(const RowRef& r) {
    Stmt s(*db, r.kind->one);
    s.bind_text(1, r.key);
    return s.step() ? row_digest(s, r.kind->columns) : std::string("absent");
  }

  void audit(std::string_view actor, std::string_view action, std::string_view outcome,
             std::int64_t item_id, std::int64_t grant_id, std::string_view detail,
             std::initializer_list<RowRef> rows = {}) {
    std::string rows_json;
    if (rows.size() != 0) {
      nlohmann::json j = nlohmann::json::object();
      for (const RowRef& r : rows) j[std::string(r.kind->kind) + ":" + r.key] = digest_of(r);
      rows_json = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    audit_rows(actor, action, outcome, item_id, grant_id, detail, rows_json);
  }

  void audit_rows(std::string_view actor, std::string_view action, std::string_view outcome,
                  std::int64_t item_id, std::int64_t grant_id, std::string_view detail,
                  const std::string& rows_json) {
    append_audit(*db, store_id, audit_key, now(), actor, action, outcome, item_id, grant_id, detail,
                 rows_json);
  }

  // ----- lookups -----
  std::optional<Principal> load_principal(const std::string& id) {
    Stmt s(*db, "SELECT id, role, region, active FROM principals WHERE id = ?");
    s.bind_text(1, id);
    if (!s.step()) return std::nullopt;
    return Principal{s.text(0), static_cast<Role>(s.i64(1)), s.text(2), s.i64(3) != 0};
  }

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
           "automatic, decided_ms) VALUES(?,?,?,?,?,?,?,?)");
    s.bind(1, d.item_id).bind(2, static_cast<int>(kind)).bind(3, static_cast<int>(cat));
    s.bind(4, static_cast<int>(sev)).bind_text(5, reason).bind_text(6, by);
    s.bind(7, automatic ? 1 : 0).bind(8, d.decided_ms).run();
    d.seq = db->last_insert_id();
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
             "LIMIT ?)");
      c.bind_text(1, s.region).bind(2, static_cast<int>(ReviewStatus::pending));
      c.bind(3, static_cast<std::int64_t>(opt.max_pending_items));
      if (c.step() && static_cast<std::size_t>(c.i64(0)) >= opt.max_pending_items) {
        throw error(status::limit, "review queue of region \"" + s.region + "\" already has " +
                                       std::to_string(opt.max_pending_items) +
                                       " pending items (max_pending_items)");
      }
    }
    const std::int64_t t = now();
    Stmt ins(*db,
             "INSERT INTO review_items(customer, user, region, queue, signal, category, severity, "
             "confidence, status, created_ms, updated_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    ins.bind_text(1, s.customer).bind_text(2, s.user).bind_text(3, s.region);
    ins.bind_text(4, s.queue).bind_text(5, s.signal).bind(6, static_cast<int>(s.category));
    ins.bind(7, static_cast<int>(s.severity)).bind(8, s.confidence);
    ins.bind(9, static_cast<int>(ReviewStatus::pending)).bind(10, t).bind(11, t).run();
    const std::int64_t id = db->last_insert_id();
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

using detail::Denied;
using detail::require_text;
using detail::sql::Stmt;
using detail::sql::Tx;
namespace crypto = detail::crypto;

ReviewStore::ReviewStore(ReviewStoreOptions options)
    : impl_(std::make_unique<detail::ReviewStoreImpl>(std::move(options))) {}
ReviewStore::~ReviewStore() = default;
ReviewStore::ReviewStore(ReviewStore&&) noexcept = default;
ReviewStore& ReviewStore::operator=(ReviewStore&&) noexcept = default;

int ReviewStore::schema_version() const {
  return impl_->version;
}
bool ReviewStore::encrypted() const noexcept {
  return !impl_->content_key.empty();
}
const std::string& ReviewStore::path() const noexcept {
  return impl_->opt.path;
}

void ReviewStore::add_principal(const Principal& p) {
  require_text(p.id, "Principal.id");
  // The audit log names the store's own actors this way: a principal must not pass for them.
  for (std::string_view reserved : {detail::kAdmin, detail::kAuto, detail::kSystem}) {
    if (p.id == reserved) {
      throw std::invalid_argument("Principal.id '" + p.id +
                                  "' is reserved for the audit log's own actors");
    }
  }
  require_text(p.region, "Principal.region");
  if (static_cast<int>(p.role) > static_cast<int>(Role::manager)) {
    throw std::invalid_argument("Principal.role out of range");
  }
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  if (impl_->load_principal(p.id)) {
    throw error(status::state, "principal '" + p.id + "' already exists");
  }
  Stmt s(*impl_->db,
         "INSERT INTO principals(id, role, region, active, created_ms) VALUES(?,?,?,?,?)");
  s.bind_text(1, p.id).bind(2, static_cast<int>(p.role)).bind_text(3, p.region);
  s.bind(4, p.active ? 1 : 0).bind(5, impl_->now()).run();
  impl_->audit(detail::kAdmin, "principal_add", "ok", 0, 0,
               "id=" + p.id + " role=" + std::string(to_string(p.role)) + " region=" + p.region,
               {{&detail::kPrincipalRow, p.id}});
  tx.commit();
}

void ReviewStore::set_principal_active(const std::string& id, bool active) {
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  Stmt s(*impl_->db, "UPDATE principals SET active = ? WHERE id = ?");
  s.bind(1, active ? 1 : 0).bind_text(2, id).run();
  if (impl_->db->changes() == 0) throw error(status::not_found, "unknown principal '" + id + "'");
  impl_->audit(detail::kAdmin, active ? "principal_enable" : "principal_disable", "ok", 0, 0,
               "id=" + id, {{&detail::kPrincipalRow, id}});
  if (!active) {
    // Disabling ends the principal's grants: re-enabling must not silently bring them back.
    std::vector<std::int64_t> live;
    {
      Stmt q(*impl_->db, (std::string(detail::kGrantColumns) + "WHERE requester = ?").c_str());
      q.bind_text(1, id);
      const std::int64_t t = impl_->now();
      const std::int64_t limit = impl_->grant_limit();
      while (q.step()) {
        const Grant gr = detail::read_grant(q, t, limit);
        if (gr.state == GrantState::pending || gr.state == GrantState::active)
          live.push_back(gr.id);
      }
    }
    for (std::int64_t gid : live) {
      Stmt u(*impl_->db, "UPDATE grants SET revoked_by = ?, revoked_ms = ? WHERE id = ?");
      u.bind_text(1, detail::kAdmin).bind(2, impl_->now()).bind(3, gid).run();
      impl_->audit(detail::kAdmin, "revoke", "ok", 0, gid, "principal " + id + " disabled",
                   {{&detail::kGrantRow, std::to_string(gid)}});
    }
  }
  tx.commit();
}

std::int64_t ReviewStore::max_grant_ms() const {
  std::lock_guard<std::mutex> g(impl_->mu);
  return impl_->grant_limit();
}

void ReviewStore::set_max_grant_ms(std::int64_t ms) {
  if (ms <= 0 || ms > kMaxGrantMs) {
    throw std::invalid_argument("max_grant_ms must be in 1.." + std::to_string(kMaxGrantMs));
  }
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  const std::int64_t before = impl_->grant_limit();
  impl_->store_grant_limit(ms);
  impl_->audit(detail::kAdmin, "policy", "ok", 0, 0,
               "max_grant_ms " + std::to_string(before) + " -> " + std::to_string(ms));
  tx.commit();
}

std::optional<Principal> ReviewStore::principal(const std::string& id) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  return impl_->load_principal(id);
}

std::vector<Principal> ReviewStore::principals() const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(*impl_->db, "SELECT id, role, region, active FROM principals ORDER BY id");
  std::vector<Principal> out;
  while (s.step()) {
    out.push_back(Principal{s.text(0), static_cast<Role>(s.i64(1)), s.text(2), s.i64(3) != 0});
  }
  return out;
}

std::int64_t ReviewStore::submit(const ReviewSubmission& item) {
  return submit_batch(std::span<const ReviewSubmission>(&item, 1)).front();
}

std::vector<std::int64_t> ReviewStore::submit_batch(std::span<const ReviewSubmission> items) {
  std::vector<std::int64_t> ids;
  std::vector<DecisionRecord> decided;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    ids.reserve(items.size());
    for (const auto& s : items) ids.push_back(impl_->insert_item(s, decided));
    tx.commit();
  }
  impl_->notify(decided);
  return ids;
}

std::vector<ReviewItem> ReviewStore::queue(const std::string& principal,
                                           const QueueFilter& filter) {
  if (filter.limit == 0 || filter.limit > 10000) {
    throw std::invalid_argument("QueueFilter.limit must be in 1..10000");
  }
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  Principal p;
  try {
    p = impl_->require_principal(principal);
  } catch (const Denied& d) {
    impl_->audit(principal, "list", "denied", 0, 0, d.reason);
    tx.commit();
    throw error(status::permission_denied, d.reason);
  }
  Stmt s(*impl_->db, (std::string("SELECT ") + detail::kItemColumns +
                      "WHERE i.region = ?1 AND (?2 < 0 OR i.status = ?2) AND (?3 = '' OR i.queue "
                      "= ?3) AND (?4 = '' OR i.customer = ?4) AND i.id > ?5 ORDER BY i.id LIMIT ?6")
                         .c_str());
  s.bind_text(1, p.region);
  s.bind(2, filter.status ? static_cast<int>(*filter.status) : -1);
  s.bind_text(3, filter.queue).bind_text(4, filter.customer).bind(5, filter.after_id);
  s.bind(6, static_cast<std::int64_t>(filter.limit));
  std::vector<ReviewItem> out;
  while (s.step()) out.push_back(detail::read_item(s));
  impl_->audit(principal, "list", "allowed", 0, 0,
               "region=" + p.region + " items=" + std::to_string(out.size()));
  tx.commit();
  return out;
}

std::int64_t ReviewStore::request_access(const std::string& requester, const GrantRequest& req) {
  require_text(req.reason, "GrantRequest.reason");
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  const std::int64_t limit = impl_->grant_limit();
  if (req.duration_ms <= 0 || req.duration_ms > limit) {
    throw std::invalid_argument("GrantRequest.duration_ms must be in 1.." + std::to_string(limit) +
                                " (the store's max_grant_ms)");
  }
  std::string region = req.region;
  try {
    Principal p = impl_->require_principal(requester);
    if (region.empty()) region = p.region;
    if (region != p.region) {
      throw Denied{"residency: principal region '" + p.region + "' may not request region '" +
                   region + "'"};
    }
  } catch (const Denied& d) {
    impl_->audit(requester, "request", "denied", 0, 0, d.reason);
    tx.commit();
    throw error(status::permission_denied, d.reason);
  }
  Stmt s(*impl_->db,
         "INSERT INTO grants(requester, region, queue, reason, requested_ms, duration_ms) "
         "VALUES(?,?,?,?,?,?)");
  s.bind_text(1, requester).bind_text(2, region).bind_text(3, req.queue);
  s.bind_text(4, req.reason).bind(5, impl_->now()).bind(6, req.duration_ms).run();
  const std::int64_t id = impl_->db->last_insert_id();
  impl_->audit(requester, "request", "ok", 0, id,
               "region=" + region + " queue=" + (req.queue.empty() ? "*" : req.queue) +
                   " duration_ms=" + std::to_string(req.duration_ms) + " reason=" + req.reason,
               {{&detail::kGrantRow, std::to_string(id)}});
  tx.commit();
  return id;
}

void ReviewStore::approve_access(const std::string& manager, std::int64_t grant_id) {
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  auto gr = impl_->load_grant(grant_id);
  if (!gr) throw error(status::not_found, "no grant " + std::to_string(grant_id));
  try {
    Principal m = impl_->require_principal(manager);
    if (m.role != Role::manager) throw Denied{"'" + manager + "' is not a manager"};
    if (m.id == gr->requester) throw Denied{"self-approval: a grant needs another manager"};
    const std::int64_t limit = impl_->grant_limit();
    if (gr->duration_ms > limit) {
      throw Denied{"grant asks for " + std::to_string(gr->duration_ms) +
                   " ms, over the store's max_grant_ms (" + std::to_string(limit) + ")"};
    }
  } catch (const Denied& d) {
    impl_->audit(manager, "approve", "denied", 0, grant_id, d.reason);
    tx.commit();
    throw error(status::permission_denied, d.reason);
  }
  if (gr->state != GrantState::pending) {
    throw error(status::state, "grant " + std::to_string(grant_id) + " is " +
                                   std::string(to_string(gr->state)) + ", not pending");
  }
  Stmt s(*impl_->db, "UPDATE grants SET approver = ?, approved_ms = ? WHERE id = ?");
  s.bind_text(1, manager).bind(2, impl_->now()).bind(3, grant_id).run();
  impl_->audit(manager, "approve", "ok", 0, grant_id, "requester=" + gr->requester,
               {{&detail::kGrantRow, std::to_string(grant_id)}});
  tx.commit();
}

void ReviewStore::revoke_access(const std::string& actor, std::int64_t grant_id) {
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  auto gr = impl_->load_grant(grant_id);
  if (!gr) throw error(status::not_found, "no grant " + std::to_string(grant_id));
  try {
    Principal p = impl_->require_principal(actor);
    if (p.role != Role::manager && p.id != gr->requester) {
      throw Denied{"only the requester or a manager may revoke a grant"};
    }
  } catch (const Denied& d) {
    impl_->audit(actor, "revoke", "denied", 0, grant_id, d.reason);
    tx.commit();
    throw error(status::permission_denied, d.reason);
  }
  if (gr->state == GrantState::revoked || gr->state == GrantState::expired) {
    throw error(status::state, "grant " + std::to_string(grant_id) + " is already " +
                                   std::string(to_string(gr->state)));
  }
  Stmt s(*impl_->db, "UPDATE grants SET revoked_by = ?, revoked_ms = ? WHERE id = ?");
  s.bind_text(1, actor).bind(2, impl_->now()).bind(3, grant_id).run();
  impl_->audit(actor, "revoke", "ok", 0, grant_id, "requester=" + gr->requester,
               {{&detail::kGrantRow, std::to_string(grant_id)}});
  tx.commit();
}

Grant ReviewStore::grant(std::int64_t grant_id) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  auto gr = impl_->load_grant(grant_id);
  if (!gr) throw error(status::not_found, "no grant " + std::to_string(grant_id));
  return *gr;
}

std::vector<Grant> ReviewStore::grants(const std::string& requester) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(*impl_->db,
         (std::string(detail::kGrantColumns) + "WHERE ?1 = '' OR requester = ?1 ORDER BY id DESC")
             .c_str());
  s.bind_text(1, requester);
  std::vector<Grant> out;
  const std::int64_t t = impl_->now();
  const std::int64_t limit = impl_->grant_limit();
  while (s.step()) out.push_back(detail::read_grant(s, t, limit));
  return out;
}

ReviewContent ReviewStore::open_item(const std::string& principal, std::int64_t item_id) {
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  ReviewItem item = impl_->require_item(item_id);
  std::int64_t grant_id = 0;
  try {
    grant_id = impl_->authorize(impl_->require_principal(principal), item);
  } catch (const Denied& d) {
    impl_->audit(principal, "show", "denied", item_id, 0, d.reason);
    tx.commit();
    throw error(status::permission_denied, d.reason);
  }
  if (item.content_purged) {
    impl_->audit(principal, "show", "allowed", item_id, grant_id, "content purged");
    tx.commit();
    throw error(status::state,
                "item " + std::to_string(item_id) + ": content was purged by retention");
  }
  Stmt s(*impl_->db, "SELECT content, verdict FROM review_items WHERE id = ?");
  s.bind(1, item_id);
  if (!s.step()) throw error(status::internal, "item vanished inside a transaction");
  ReviewContent out;
  out.content = impl_->unprotect(item_id, "content", s.blob(0));
  out.verdict_json = impl_->unprotect(item_id, "verdict", s.blob(1));
  out.item = std::move(item);
  impl_->audit(principal, "show", "allowed", item_id, grant_id, "");
  tx.commit();
  return out;
}

DecisionRecord ReviewStore::decide(const std::string& principal, std::int64_t item_id,
                                   const Decision& d) {
  require_text(d.reason, "Decision.reason");
  if (static_cast<int>(d.kind) > static_cast<int>(DecisionKind::dismiss)) {
    throw std::invalid_argument("Decision.kind out of range");
  }
  if (d.kind == DecisionKind::correct && !d.category && !d.severity) {
    throw std::invalid_argument("a correction needs a category and/or a severity");
  }
  if (d.severity && *d.severity == Severity::safe && d.kind == DecisionKind::correct) {
    throw std::invalid_argument("a correction to severity 'safe' is a dismissal: use dismiss");
  }
  DecisionRecord rec;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    ReviewItem item = impl_->require_item(item_id);
    std::int64_t grant_id = 0;
    try {
      grant_id = impl_->authorize(impl_->require_principal(principal), item);
    } catch (const Denied& den) {
      impl_->audit(principal, "decide", "denied", item_id, 0, den.reason);
      tx.commit();
      throw error(status::permission_denied, den.reason);
    }
    if (item.status != ReviewStatus::pending) {
      throw error(status::state, "item " + std::to_string(item_id) + " is " +
                                     std::string(to_string(item.status)) + ", not pending");
    }
    Category cat = item.category;
    Severity sev = item.severity;
    if (d.kind == DecisionKind::correct) {
      cat = d.category.value_or(cat);
      sev = d.severity.value_or(sev);
    } else if (d.kind == DecisionKind::dismiss) {
      sev = Severity::safe;
    }
    rec = impl_->insert_decision(item, d.kind, cat, sev, d.reason, principal, false);
    // The reason stays in the decisions table; the audit carries the labels, not free text.
    impl_->audit(principal, "decide", "allowed", item_id, grant_id,
                 std::string(to_string(d.kind)) + " -> " + std::string(to_string(cat)) + "/" +
                     std::string(to_string(sev)),
                 {detail::item_row(item_id), {&detail::kDecisionRow, std::to_string(item_id)}});
    tx.commit();
  }
  impl_->notify({rec});
  return rec;
}

std::vector<DecisionRecord> ReviewStore::decisions_after(std::int64_t after_seq,
                                                         std::size_t limit) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(*impl_->db,
         (std::string("SELECT ") + detail::kItemColumns + "WHERE d.seq > ? ORDER BY d.seq LIMIT ?")
             .c_str());
  s.bind(1, after_seq).bind(2, static_cast<std::int64_t>(limit));
  std::vector<DecisionRecord> out;
  while (s.step()) out.push_back(*detail::read_item(s).decision);
  return out;
}

void ReviewStore::set_decision_listener(DecisionListener listener) {
  std::lock_guard<std::mutex> g(impl_->listener_mu);
  impl_->listener = std::move(listener);
}

std::uint64_t ReviewStore::add_decision_listener(DecisionListener listener) {
  if (!listener) throw std::invalid_argument("add_decision_listener: empty listener");
  std::lock_guard<std::mutex> g(impl_->listener_mu);
  const std::uint64_t id = impl_->next_listener_id++;
  impl_->extra_listeners.emplace_back(id, std::move(listener));
  return id;
}

bool ReviewStore::remove_decision_listener(std::uint64_t id) {
  std::lock_guard<std::mutex> g(impl_->listener_mu);
  auto& v = impl_->extra_listeners;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (it->first == id) {
      v.erase(it);
      return true;
    }
  }
  return false;
}

ExportResult ReviewStore::export_labels(const std::string& principal, std::ostream& out,
                                        const ExportOptions& options) {
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  Principal p;
  try {
    p = impl_->require_principal(principal);
  } catch (const Denied& d) {
    impl_->audit(principal, "export", "denied", 0, 0, d.reason);
    tx.commit();
    throw error(status::permission_denied, d.reason);
  }
  Stmt s(*impl_->db, (std::string("SELECT ") + detail::kItemColumns +
                      "WHERE d.seq IS NOT NULL AND d.decided_ms >= ?1 AND (?2 OR d.automatic = 0) "
                      "AND (NOT ?3 OR d.kind = ?4) ORDER BY d.seq")
                         .c_str());
  s.bind(1, options.since_ms).bind(2, options.include_automatic ? 1 : 0);
  s.bind(3, options.corrections_only ? 1 : 0).bind(4, static_cast<int>(DecisionKind::correct));
  std::vector<ReviewItem> items;
  while (s.step()) items.push_back(detail::read_item(s));
  ExportResult r;
  for (const auto& item : items) {
    std::int64_t grant_id = 0;
    try {
      grant_id = impl_->authorize(p, item);
    } catch (const Denied&) {
      ++r.skipped_no_grant;
      continue;
    }
    if (item.content_purged) {
      ++r.skipped_purged;
      continue;
    }
    Stmt c(*impl_->db, "SELECT content FROM review_items WHERE id = ?");
    c.bind(1, item.id);
    if (!c.step()) continue;
    const DecisionRecord& d = *item.decision;
    nlohmann::json j;
    j["id"] = item.id;
    j["text"] = impl_->unprotect(item.id, "content", c.blob(0));
    j["label"] = d.kind == DecisionKind::dismiss ? "not_abuse" : "abuse";
    j["category"] = d.kind == DecisionKind::dismiss ? nlohmann::json(nullptr)
                                                    : nlohmann::json(to_string(d.category));
    j["severity"] = to_string(d.severity);
    j["decision"] = to_string(d.kind);
    j["automatic"] = d.automatic;
    j["original"] = {{"category", to_string(item.category)},
                     {"severity", to_string(item.severity)},
                     {"confidence", item.confidence}};
    j["region"] = item.region;
    j["decided_ms"] = d.decided_ms;
    out << detail::dump_json(j) << '\n';
    impl_->audit(principal, "export", "allowed", item.id, grant_id, "");
    ++r.exported;
  }
  if (!out) throw error(status::io, "writing the label export failed");
  tx.commit();
  return r;
}

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
    int log = 0;
    int done = 0;
    const int rc = sqlite3_wal_checkpoint_v2(impl_->db->get(), nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                                             &log, &done);
    if (rc != SQLITE_OK) r.wal_frames_left = log > 0 ? log : 1;
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
  impl_->db->exec("BEGIN");
  struct EndRead {
    detail::sql::Db& db;
    ~EndRead() { sqlite3_exec(db.get(), "COMMIT", nullptr, nullptr, nullptr); }
  } end{*impl_->db};

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
  std::map<std::string, std::string> covered;  // row -> digest of its latest audit record
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
      if (r.action == "coverage" && !covered.empty()) {
        return bad(r.seq, "record " + std::to_string(r.seq) +
                              " re-baselines rows the chain already covers");
      }
      try {
        const nlohmann::json digests = detail::parse_json(rows);
        for (const auto& [key, digest] : digests.items()) {
          covered[key] = digest.get<std::string>();
        }
      } catch (const std::exception&) {
        return bad(r.seq, "record " + std::to_string(r.seq) + " has unreadable row digests");
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
  for (const detail::RowKind* k : detail::kCoveredRows) {
    Stmt rs(*impl_->db, k->all);
    while (rs.step()) {
      const std::string key = std::string(k->kind) + ":" + rs.text(0);
      auto it = covered.find(key);
      if (it == covered.end()) {
        return bad(0, key +
                          " is not on the audit chain (inserted outside the library, or the "
                          "newest records were removed)");
      }
      if (it->second != detail::row_digest(rs, k->columns)) {
        return bad(0, key +
                          " does not match the audit chain (changed outside the library, or "
                          "the newest records were removed)");
      }
      covered.erase(it);
    }
  }
  for (const auto& [key, digest] : covered) {
    if (digest != "absent") return bad(0, key + " was deleted outside the library");
  }
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

bool ReviewStore::integrity_check() const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(*impl_->db, "PRAGMA integrity_check");
  return s.step() && s.text(0) == "ok";
}

}  // namespace abusemon
