// Private to src/enforcement/: the store-backed implementation of Enforcement (EnforcementImpl)
// that enforcement.cpp (the state machine), outbox.cpp (delivery) and enforcement_json.cpp share.
// Rows and the gate state: enforcement_rows.hpp.
#pragma once

#include <abusemon/enforcement.hpp>
#include <abusemon/error.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <ctime>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "core/format.hpp"
#include "core/json_input.hpp"
#include "enforcement/enforcement_rows.hpp"
#include "enforcement/enforcement_schema.hpp"
#include "enforcement/templates.hpp"
#include "storage/audit_chain.hpp"
#include "storage/covered_rows.hpp"
#include "storage/crypto.hpp"
#include "storage/db.hpp"
#include "storage/pg_listen.hpp"
#include "storage/staff.hpp"

namespace abusemon {

namespace detail {

/// The channel on which a PostgreSQL store announces standing changes (payload: the store id).
constexpr const char* kGateChannel = "abusemon_gate";
/// Replicas on PostgreSQL reload the gate on every notification, and at least this often (a
/// notification lost while the listener reconnected is caught by the reconnect's reload).
constexpr int kGatePollMs = 5000;
/// Processes sharing a SQLite file check its change counter this often (a cheap PRAGMA).
constexpr int kGateCheckMs = 250;

constexpr std::string_view kSystemActor = "system";
constexpr std::string_view kAdminActor = "admin";
constexpr std::string_view kCustomerActor = "customer";

/// One audit record an enforcement transaction writes at commit.
struct AuditNote {
  std::string actor;
  std::string action;
  std::string detail;
  std::string outcome = "ok";
};

struct EnforcementImpl {
  EnforcementOptions opt;
  const Clock* clock = nullptr;
  std::unique_ptr<sql::Db> db;
  mutable std::mutex mu;
  std::mutex delivery_mu;
  std::shared_ptr<GateState> gate = std::make_shared<GateState>();
  // The store's audit chain, extended by every transaction that writes a row (AuditedTx).
  std::string store_id;
  std::string audit_key;         // derived from opt.key; empty = head not authenticated
  std::vector<RowRef> touched;   // rows written by the current transaction
  std::vector<AuditNote> notes;  // records of the current transaction
  std::string replica;           // random: names this object's outbox claims
  // The thread that refreshes the gate with other processes' transitions: on PostgreSQL on
  // NOTIFY (kGatePollMs at the latest), on SQLite when the file's change counter moved.
  std::unique_ptr<sql::Listener> listener;
  std::thread refresher;
  std::atomic<bool> stopping{false};
  std::mutex stop_mu;  // SQLite refresher: wakes its wait when stopping
  std::condition_variable stop_cv;
  std::int64_t data_version = -1;  // SQLite: the change counter the gate was loaded at

  /// Validates the options, opens the store (through the review store first, which fixes its
  /// id and key) and loads the gate; on PostgreSQL starts the gate refresher.
  explicit EnforcementImpl(EnforcementOptions o);
  ~EnforcementImpl();

  // Another replica's transition reaches this one's gate: NOTIFY in the transaction that
  // changes a standing (record_transition), a reload here when it arrives; on SQLite a reload
  // when PRAGMA data_version says another connection committed.
  void start_refresher(int period_ms);
  // SQLite: reloads the gate if another connection committed since the last check. `mu` held.
  void reload_if_changed();

  // The store's time: the injected clock, but never before the newest audit record, so that no
  // clock rewinds enforcement (deadlines, blocks, audit timestamps), as in the review store.
  std::int64_t now() const { return audit_now(*db, clock->now_ms()); }

  /// Appends the current transaction's records — the noted ones in order, or `fallback` when
  /// rows changed without one — the last carrying the digests of every row written, so the
  /// chain vouches for them as committed. Inside the write transaction, just before commit.
  void seal(const AuditNote& fallback) {
    if (notes.empty()) {
      if (touched.empty()) return;
      notes.push_back(fallback);
    }
    const std::int64_t t = now();
    for (std::size_t i = 0; i < notes.size(); ++i) {
      const AuditNote& n = notes[i];
      const bool last = i + 1 == notes.size();
      append_audit(*db, store_id, audit_key, t, n.actor, n.action, n.outcome, 0, 0, n.detail,
                   last && !touched.empty() ? covered_rows_json(*db, touched) : std::string());
    }
  }

  GateDecision gate_entry(const Row& r) const;
  GateDecision gate_entry(const UserRow& u) const;
  /// Reloads the whole gate from the store. Called with `mu` held.
  void load_gate();
  /// Puts the current standing of every customer and end user that `ts` moved into the gate.
  /// Called with `mu` held, after the commit.
  void publish(const std::vector<Transition>& ts);

  UserRow load_user(const std::string& customer, const std::string& user) {
    Stmt s(*db, (std::string(kUserColumns) + "WHERE customer = ? AND \"user\" = ?").c_str());
    s.bind_text(1, customer).bind_text(2, user);
    if (s.step()) return read_user(s);
    UserRow u;
    u.customer = customer;
    u.user = user;
    return u;
  }

  void save_user(const UserRow& u) {
    Stmt s(*db,
           "INSERT INTO enforcement_users(customer, \"user\", state, since_ms, until_ms, "
           "noticed_ms, notices, confirmed_items, reason) VALUES(?,?,?,?,?,?,?,?,?) "
           "ON CONFLICT(customer, \"user\") DO UPDATE SET state = excluded.state, "
           "since_ms = excluded.since_ms, until_ms = excluded.until_ms, "
           "noticed_ms = excluded.noticed_ms, notices = excluded.notices, "
           "confirmed_items = excluded.confirmed_items, reason = excluded.reason");
    s.bind_text(1, u.customer).bind_text(2, u.user).bind(3, static_cast<int>(u.state));
    s.bind(4, u.since_ms).bind(5, u.until_ms).bind(6, u.noticed_ms).bind(7, u.notices);
    s.bind(8, u.confirmed_items).bind_text(9, u.reason).run();
    touched.push_back({&kUserStandingRow, u.customer, u.user});
  }

  Row load(const std::string& customer) {
    Stmt s(*db,
           "SELECT state, since_ms, due_ms, warned_ms, last_warning_ms, last_abuse_ms, "
           "abuse_after_warning, suspensions, confirmed_items, reason, contact FROM "
           "enforcement_customers WHERE customer = ?");
    s.bind_text(1, customer);
    Row r;
    r.customer = customer;
    if (!s.step()) return r;
    r.state = static_cast<Standing>(s.i64(0));
    r.since_ms = s.i64(1);
    r.due_ms = s.i64(2);
    r.warned_ms = s.i64(3);
    r.last_warning_ms = s.i64(4);
    r.last_abuse_ms = s.i64(5);
    r.abuse_after_warning = s.i64(6) != 0;
    r.suspensions = static_cast<int>(s.i64(7));
    r.confirmed_items = s.i64(8);
    r.reason = s.text(9);
    r.contact = s.text(10);
    return r;
  }

  void save(const Row& r) {
    Stmt s(*db,
           "INSERT INTO enforcement_customers(customer, state, since_ms, due_ms, warned_ms, "
           "last_warning_ms, last_abuse_ms, abuse_after_warning, suspensions, confirmed_items, "
           "reason, contact) VALUES(?,?,?,?,?,?,?,?,?,?,?,?) "
           "ON CONFLICT(customer) DO UPDATE SET state = excluded.state, "
           "since_ms = excluded.since_ms, due_ms = excluded.due_ms, "
           "warned_ms = excluded.warned_ms, last_warning_ms = excluded.last_warning_ms, "
           "last_abuse_ms = excluded.last_abuse_ms, "
           "abuse_after_warning = excluded.abuse_after_warning, "
           "suspensions = excluded.suspensions, confirmed_items = excluded.confirmed_items, "
           "reason = excluded.reason, contact = excluded.contact");
    s.bind_text(1, r.customer).bind(2, static_cast<int>(r.state)).bind(3, r.since_ms);
    s.bind(4, r.due_ms).bind(5, r.warned_ms).bind(6, r.last_warning_ms).bind(7, r.last_abuse_ms);
    s.bind(8, r.abuse_after_warning ? 1 : 0).bind(9, r.suspensions).bind(10, r.confirmed_items);
    s.bind_text(11, r.reason).bind_text(12, r.contact).run();
    touched.push_back({&kStandingRow, r.customer});
  }

  static CustomerStatus status_of(const Row& r) {
    return CustomerStatus{r.customer,        r.state,
                          r.since_ms,        r.state == Standing::warned ? r.due_ms : 0,
                          r.last_warning_ms, r.suspensions,
                          r.confirmed_items, r.reason,
                          r.contact};
  }

  // Evidence of the report window: the facts a notification may state (never content).
  struct Summary {
    json evidence;
    std::string categories;
    std::int64_t count = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
  };

  /// The customer's evidence, or only that of one of its end users.
  Summary summarize(const std::string& customer, const std::string& user = {}) {
    Summary sm;
    Stmt s(*db,
           "SELECT decision_seq, item_id, category, severity, occurred_ms FROM "
           "enforcement_evidence WHERE customer = ?1 AND occurred_ms >= ?2 AND severity >= ?3 "
           "AND (?4 = '' OR \"user\" = ?4) ORDER BY occurred_ms, decision_seq");
    s.bind_text(1, customer).bind(2, now() - opt.policy.report_window_ms);
    s.bind(3, static_cast<int>(opt.policy.min_severity)).bind_text(4, user);
    std::map<std::string, std::int64_t> counts;
    json decisions = json::array(), items = json::array();
    while (s.step()) {
      decisions.push_back(s.i64(0));
      items.push_back(s.i64(1));
      ++counts[std::string(to_string(static_cast<Category>(s.i64(2))))];
      const std::int64_t t = s.i64(4);
      if (sm.count == 0) sm.start = t;
      sm.end = std::max(sm.end, t);
      ++sm.count;
    }
    json cats = json::object();
    for (const auto& [name, n] : counts) {
      if (!sm.categories.empty()) sm.categories += ", ";
      sm.categories += name + ": " + std::to_string(n);
      cats[name] = n;
    }
    if (sm.categories.empty()) sm.categories = "none";
    sm.evidence = {{"decisions", decisions},
                   {"items", items},
                   {"categories", cats},
                   {"window", {sm.start, sm.end}}};
    return sm;
  }

  void enqueue(const Row& r, NoticeKind kind, std::int64_t ref, const std::string& reason,
               const Summary& sm, Standing previous, const std::string& appeal_note,
               const UserRow* user = nullptr) {
    const std::map<std::string, std::string> vars = {
        {"customer", r.customer},
        {"user", user != nullptr ? user->user : std::string()},
        {"blocked_until", user != nullptr ? rfc3339(user->until_ms) : std::string()},
        {"state", std::string(to_string(r.state))},
        {"previous_state", std::string(to_string(previous))},
        {"reason", reason},
        {"categories", sm.categories},
        {"count", std::to_string(sm.count)},
        {"window_start", rfc3339(sm.start)},
        {"window_end", rfc3339(sm.end)},
        {"deadline", r.state == Standing::warned ? rfc3339(r.due_ms) : std::string()},
        {"support", opt.policy.support_contact},
        {"appeal_note", appeal_note}};
    const NoticeTemplate& t = template_for(opt.policy, kind);
    const std::string recipient =
        !r.contact.empty() ? r.contact : render(opt.policy.default_recipient, vars);
    // Stable for this event: the same transition/appeal never yields two different keys.
    const std::string key =
        crypto::hex(crypto::sha256(r.customer + '\n' + std::string(to_string(kind)) + '\n' +
                                   std::to_string(ref)))
            .substr(0, 32);
    const std::int64_t t0 = now();
    Stmt s(*db,
           "INSERT INTO enforcement_outbox(idempotency_key, customer, kind, recipient, subject, "
           "body, created_ms, next_attempt_ms, \"user\") VALUES(?,?,?,?,?,?,?,?,?) "
           "ON CONFLICT(idempotency_key) DO NOTHING");
    s.bind_text(1, key).bind_text(2, r.customer).bind(3, static_cast<int>(kind));
    s.bind_text(4, recipient).bind_text(5, render(t.subject, vars));
    s.bind_text(6, render(t.body, vars)).bind(7, t0).bind(8, t0);
    s.bind_text(9, user != nullptr ? user->user : std::string()).run();
    Stmt id(*db, "SELECT id FROM enforcement_outbox WHERE idempotency_key = ?");
    id.bind_text(1, key);
    if (id.step()) touched.push_back({&kNoticeRow, std::to_string(id.i64(0))});
  }

  /// Stores a transition and appends it to the audit chain. Caller commits.
  Transition record_transition(const std::string& customer, const std::string& user, Standing from,
                               Standing to, const std::string& reason, std::string_view actor,
                               const json& evidence) {
    const std::int64_t t = now();
    const std::string ev = dump(evidence);
    Stmt s(*db,
           "INSERT INTO enforcement_transitions(customer, from_state, to_state, ts_ms, reason, "
           "actor, evidence, \"user\") VALUES(?,?,?,?,?,?,?,?) RETURNING id");
    s.bind_text(1, customer).bind(2, static_cast<int>(from)).bind(3, static_cast<int>(to));
    s.bind(4, t).bind_text(5, reason).bind_text(6, actor).bind_text(7, ev).bind_text(8, user);
    Transition tr;
    tr.id = s.insert_id();
    tr.customer = customer;
    tr.user = user;
    tr.from = from;
    tr.to = to;
    tr.ts_ms = t;
    tr.reason = reason;
    tr.actor = std::string(actor);
    tr.evidence_json = ev;
    // Labels, times and reasons only: the chain never holds content.
    db->notify(kGateChannel, store_id);
    touched.push_back({&kTransitionRow, std::to_string(tr.id)});
    notes.push_back({std::string(actor), user.empty() ? "enforce_customer" : "enforce_user",
                     dump({{"transition", tr.id},
                           {"customer", customer},
                           {"user", user},
                           {"from", to_string(from)},
                           {"to", to_string(to)},
                           {"reason", reason}})});
    return tr;
  }

  /// Moves `r` to `to`, recording the transition and its notification. Caller commits.
  Transition move(Row& r, Standing to, const std::string& reason, std::string_view actor,
                  std::optional<NoticeKind> notice, const std::string& appeal_note = {},
                  std::int64_t appeal_id = 0) {
    const Standing from = r.state;
    const std::int64_t t = now();
    r.state = to;
    r.since_ms = t;
    r.reason = reason;
    if (to == Standing::warned) {
      r.warned_ms = t;
      r.last_warning_ms = t;
      r.due_ms = t + opt.policy.remediation_ms;
      r.abuse_after_warning = false;
    }
    save(r);
    Summary sm = summarize(r.customer);
    Transition tr = record_transition(r.customer, {}, from, to, reason, actor, sm.evidence);
    if (notice) {
      enqueue(r, *notice, appeal_id != 0 ? -appeal_id : tr.id, reason, sm, from, appeal_note);
    }
    return tr;
  }

  /// Moves end user `u` to `to` (blocked: for user_block from now), recording the transition and
  /// the notice to its customer. Caller commits.
  Transition move_user(UserRow& u, Standing to, const std::string& reason, std::string_view actor,
                       NoticeKind notice) {
    const Standing from = u.state;
    const std::int64_t t = now();
    u.state = to;
    u.since_ms = t;
    u.reason = reason;
    if (to == Standing::blocked) u.until_ms = t + opt.policy.user_block_ms;
    save_user(u);
    Summary sm = summarize(u.customer, u.user);
    Transition tr = record_transition(u.customer, u.user, from, to, reason, actor, sm.evidence);
    enqueue(load(u.customer), notice, tr.id, reason, sm, from, {}, &u);
    return tr;
  }

  /// A suspension, or the termination it turns into when suspensions run out.
  Transition suspend(Row& r, const std::string& reason) {
    ++r.suspensions;
    if (r.suspensions >= opt.policy.terminate_after_suspensions) {
      return move(r, Standing::terminated,
                  reason + " (suspension #" + std::to_string(r.suspensions) +
                      " reaches the termination limit)",
                  kPolicyActor, NoticeKind::termination);
    }
    return move(r, Standing::suspended, reason, kPolicyActor, NoticeKind::suspension);
  }

  bool severe(const DecisionRecord& d) const {
    for (const auto& rule : opt.policy.immediate_suspension) {
      if (rule.category == d.category && d.severity >= rule.min_severity) return true;
    }
    return false;
  }

  static std::string label(const DecisionRecord& d) {
    return std::string(to_string(d.category)) + "/" + std::string(to_string(d.severity));
  }

  /// Applies one decision inside the caller's transaction; appends the transitions it caused.
  void apply_locked(const DecisionRecord& d, std::vector<Transition>& out) {
    if (d.kind == DecisionKind::dismiss || d.customer.empty()) return;
    {
      Stmt seen(*db, "SELECT 1 FROM enforcement_evidence WHERE decision_seq = ?");
      seen.bind(1, d.seq);
      if (seen.step()) return;  // applied before: idempotent
    }
    Stmt ev(*db,
            "INSERT INTO enforcement_evidence(decision_seq, customer, item_id, category, severity, "
            "occurred_ms, decided_ms, automatic, \"user\") VALUES(?,?,?,?,?,?,?,?,?)");
    const std::int64_t occurred = d.occurred_ms != 0 ? d.occurred_ms : d.decided_ms;
    ev.bind(1, d.seq).bind_text(2, d.customer).bind(3, d.item_id);
    ev.bind(4, static_cast<int>(d.category)).bind(5, static_cast<int>(d.severity));
    ev.bind(6, occurred).bind(7, d.decided_ms).bind(8, d.automatic ? 1 : 0);
    ev.bind_text(9, d.user).run();
    touched.push_back({&kEvidenceRow, std::to_string(d.seq)});

    Row r = load(d.customer);
    if (d.severity < opt.policy.min_severity) {
      save(r);
      return;
    }
    ++r.confirmed_items;
    const std::string what = "confirmed " + label(d) + " (item " + std::to_string(d.item_id) + ")";
    if (!opt.policy.user_scope || d.user.empty()) {
      customer_finding(r, d, occurred, what, out);
      return;
    }
    UserRow u = load_user(d.customer, d.user);
    ++u.confirmed_items;
    if (r.state == Standing::suspended || r.state == Standing::terminated) {
      save(r);  // evidence only: the whole customer is refused already
      save_user(u);
      return;
    }
    const auto& p = opt.policy;
    std::string escalation;
    // An item that occurred before the end user's last notice belongs to the noticed episode.
    if (u.noticed_ms != 0 && occurred <= u.noticed_ms) {
      save_user(u);
    } else {
      if (u.noticed_ms != 0 && occurred - u.noticed_ms <= p.user_repeat_window_ms) {
        escalation = "end user '" + d.user + "' abused again after the notice of " +
                     rfc3339(u.noticed_ms) + ": " + what;
      }
      notice_user(u, what, out);
      if (escalation.empty()) escalation = distinct_users_escalation(d.customer, what);
    }
    // Severe abuse (an immediate_suspension rule) reaches the customer whoever sent it; the end
    // user is blocked as well, so that it stays blocked if the customer is reinstated.
    if (severe(d)) {
      customer_finding(r, d, occurred, what, out);
    } else if (!escalation.empty()) {
      customer_finding(r, d, occurred, escalation, out);
    } else {
      save(r);
    }
  }

  /// A new notice for end user `u` (its block starts, or starts over).
  void notice_user(UserRow& u, const std::string& what, std::vector<Transition>& out) {
    u.noticed_ms = now();
    ++u.notices;
    if (u.state == Standing::blocked) {
      u.until_ms = u.noticed_ms + opt.policy.user_block_ms;  // still blocked: starts over
      u.reason = what;
      save_user(u);
    } else {
      out.push_back(move_user(u, Standing::blocked, what, kPolicyActor, NoticeKind::user_notice));
    }
  }

  /// The escalation reason when escalate_after_users distinct end users of `customer` were
  /// noticed within the window (this one included); empty otherwise.
  std::string distinct_users_escalation(const std::string& customer, const std::string& what) {
    const auto& p = opt.policy;
    std::vector<std::string> users;
    Stmt s(*db,
           "SELECT \"user\" FROM enforcement_users WHERE customer = ? AND noticed_ms >= ? "
           "ORDER BY noticed_ms, \"user\"");
    s.bind_text(1, customer).bind(2, now() - p.escalate_users_window_ms);
    while (s.step()) users.push_back(s.text(0));
    if (static_cast<int>(users.size()) < p.escalate_after_users) return {};
    std::string out = std::to_string(users.size()) + " distinct end users abusive within " +
                      std::to_string(p.escalate_users_window_ms / 86400000) + " days (";
    for (std::size_t i = 0; i < users.size() && i < 5; ++i) {
      out += (i == 0 ? "'" : ", '") + users[i] + "'";
    }
    return out + (users.size() > 5 ? ", ...): " : "): ") + what;
  }

  /// The customer's own state machine for one confirmed finding (`what` says why).
  void customer_finding(Row& r, const DecisionRecord& d, std::int64_t occurred,
                        const std::string& what, std::vector<Transition>& out) {
    const bool new_episode =
        r.last_abuse_ms == 0 || occurred > r.last_abuse_ms + opt.policy.episode_gap_ms;
    r.last_abuse_ms = std::max(r.last_abuse_ms, occurred);
    const auto& p = opt.policy;
    switch (r.state) {
      case Standing::terminated:
      case Standing::suspended:
      case Standing::blocked:
        save(r);  // evidence only
        return;
      case Standing::good_standing:
        if (severe(d)) {
          out.push_back(suspend(r, "severe abuse: " + what));
        } else if (r.last_warning_ms != 0 && occurred - r.last_warning_ms <= p.repeat_window_ms) {
          out.push_back(suspend(
              r, "repeat abuse within " + std::to_string(p.repeat_window_ms / 86400000) +
                     " days of the warning of " + rfc3339(r.last_warning_ms) + ": " + what));
        } else {
          out.push_back(move(r, Standing::warned, what, kPolicyActor, NoticeKind::warning));
        }
        return;
      case Standing::warned:
        if (severe(d)) {
          out.push_back(suspend(r, "severe abuse: " + what));
          return;
        }
        if (occurred >= r.warned_ms) {
          if (new_episode) {
            out.push_back(
                suspend(r, "another episode of abuse during the remediation period: " + what));
            return;
          }
          r.abuse_after_warning = true;  // the warned episode goes on; judged at the deadline
        }
        save(r);
        return;
    }
  }

  std::int64_t cursor() {
    Stmt s(*db, "SELECT seq FROM enforcement_cursor WHERE name = 'review'");
    return s.step() ? s.i64(0) : 0;
  }
};

/// A write transaction of enforcement whose rows and records go on the audit chain (seal) at
/// commit; rolled back, nothing of it is noted.
class AuditedTx {
 public:
  explicit AuditedTx(EnforcementImpl& e) : e_(e), tx_(*e.db) { clear(); }
  ~AuditedTx() { clear(); }
  AuditedTx(const AuditedTx&) = delete;
  AuditedTx& operator=(const AuditedTx&) = delete;

  /// Staff actions: `actor` must be an existing, enabled principal of the store with `role`
  /// (reviewer: any role). A refusal is audited (outcome "denied") and committed, then thrown
  /// as error(permission_denied). Call before the transaction writes anything.
  void authorize(const std::string& actor, Role role, std::string_view action,
                 const nlohmann::json& subject) {
    const std::string why = staff_refusal(*e_.db, actor, role);
    if (why.empty()) return;
    nlohmann::json d = subject;
    d["refused"] = why;
    clear();
    e_.notes.push_back({actor, std::string(action), dump(d), "denied"});
    commit({});
    throw error(status::permission_denied, std::string(action) + " refused: " + why);
  }

  void commit(const AuditNote& fallback) {
    e_.seal(fallback);
    tx_.commit();
    clear();
  }

 private:
  void clear() {
    e_.touched.clear();
    e_.notes.clear();
  }
  EnforcementImpl& e_;
  Tx tx_;
};

}  // namespace detail

}  // namespace abusemon
