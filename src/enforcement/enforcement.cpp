// Enforcement state machine, transactional outbox, delivery with backoff, and the gate.
#include <abusemon/enforcement.hpp>
#include <abusemon/error.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <unordered_map>

#include "core/json_input.hpp"
#include "enforcement/templates.hpp"
#include "review/crypto.hpp"
#include "review/schema.hpp"
#include "review/sqlite_db.hpp"

namespace abusemon {

namespace detail {

using nlohmann::json;
using sql::Stmt;
using sql::Tx;

namespace {

constexpr std::string_view kPolicyActor = "policy";

std::string rfc3339(std::int64_t ms) {
  if (ms <= 0) return {};
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

// Mutable standing of one customer, as stored.
struct Row {
  std::string customer;
  Standing state = Standing::good_standing;
  std::int64_t since_ms = 0;
  std::int64_t due_ms = 0;
  std::int64_t warned_ms = 0;
  std::int64_t last_warning_ms = 0;
  std::int64_t last_abuse_ms = 0;
  bool abuse_after_warning = false;
  int suspensions = 0;
  std::int64_t confirmed_items = 0;
  std::string reason;
  std::string contact;
};

constexpr const char* kTransitionColumns =
    "SELECT id, customer, from_state, to_state, ts_ms, reason, actor, evidence FROM "
    "enforcement_transitions ";
constexpr const char* kOutboxColumns =
    "SELECT id, idempotency_key, customer, kind, recipient, subject, body, created_ms, attempts, "
    "next_attempt_ms, delivered_ms, dead, last_error FROM enforcement_outbox ";
constexpr const char* kAppealColumns =
    "SELECT id, customer, filed_ms, explanation, status, resolved_by, resolved_ms, note FROM "
    "enforcement_appeals ";

Transition read_transition(const Stmt& s) {
  return Transition{s.i64(0),
                    s.text(1),
                    static_cast<Standing>(s.i64(2)),
                    static_cast<Standing>(s.i64(3)),
                    s.i64(4),
                    s.text(5),
                    s.text(6),
                    s.text(7)};
}

Notification read_notification(const Stmt& s) {
  Notification n;
  n.id = s.i64(0);
  n.idempotency_key = s.text(1);
  n.customer = s.text(2);
  n.kind = static_cast<NoticeKind>(s.i64(3));
  n.recipient = s.text(4);
  n.subject = s.text(5);
  n.body = s.text(6);
  n.created_ms = s.i64(7);
  n.attempts = static_cast<int>(s.i64(8));
  n.next_attempt_ms = s.i64(9);
  n.delivered_ms = s.i64(10);
  n.dead = s.i64(11) != 0;
  n.last_error = s.text(12);
  return n;
}

Appeal read_appeal(const Stmt& s) {
  return Appeal{s.i64(0),  s.text(1), s.i64(2), s.text(3),
                s.text(4), s.text(5), s.i64(6), s.text(7)};
}

}  // namespace

/// The gate's state, shared with every CustomerGate handed out. Holds every customer not in good
/// standing (warned ones are allowed, but their state is reported).
struct GateState {
  mutable std::shared_mutex mu;
  std::unordered_map<std::string, GateDecision, StringHash, std::equal_to<>> entries;

  GateDecision check(std::string_view customer) const {
    std::shared_lock<std::shared_mutex> lock(mu);
    auto it = entries.find(customer);
    if (it == entries.end()) return GateDecision{};
    return it->second;
  }
};

namespace {

class EnforcementGate final : public CustomerGate {
 public:
  explicit EnforcementGate(std::shared_ptr<const GateState> state) : state_(std::move(state)) {}
  std::optional<std::string> admit(const CheckContext& ctx, Direction) const override {
    if (ctx.customer.empty()) return std::nullopt;
    GateDecision g = state_->check(ctx.customer);
    if (g.allowed) return std::nullopt;
    return std::move(g.reason);
  }

 private:
  std::shared_ptr<const GateState> state_;
};

}  // namespace

struct EnforcementImpl {
  EnforcementOptions opt;
  const Clock* clock = nullptr;
  std::unique_ptr<sql::Db> db;
  mutable std::mutex mu;
  std::mutex delivery_mu;
  std::shared_ptr<GateState> gate = std::make_shared<GateState>();

  explicit EnforcementImpl(EnforcementOptions o) : opt(std::move(o)) {
    if (opt.path.empty()) throw std::invalid_argument("EnforcementOptions.path must not be empty");
    const auto& p = opt.policy;
    if (p.remediation_ms <= 0 || p.repeat_window_ms <= 0 || p.episode_gap_ms < 0 ||
        p.report_window_ms <= 0) {
      throw std::invalid_argument("EnforcementPolicy durations must be positive");
    }
    if (p.terminate_after_suspensions < 1) {
      throw std::invalid_argument("EnforcementPolicy.terminate_after_suspensions must be >= 1");
    }
    if (p.templates.size() > kNoticeKindCount) {
      throw std::invalid_argument("EnforcementPolicy.templates has more entries than kinds");
    }
    for (const auto& t : p.templates) {
      validate_template(t.subject, "subject");
      validate_template(t.body, "body");
    }
    if (opt.retry_base_ms <= 0 || opt.retry_max_ms < opt.retry_base_ms || opt.max_attempts < 1) {
      throw std::invalid_argument("EnforcementOptions retry settings out of range");
    }
    crypto::init();
    clock = opt.clock != nullptr ? opt.clock : &SystemClock::instance();
    db = std::make_unique<sql::Db>(opt.path, opt.busy_timeout_ms);
    std::size_t n = 0;
    const sql::Migration* m = store_migrations(n);
    sql::migrate(*db, m, n, clock->now_ms());
    load_gate();
  }

  std::int64_t now() const { return clock->now_ms(); }

  GateDecision gate_entry(const Row& r) const {
    GateDecision g;
    g.state = r.state;
    g.allowed = r.state != Standing::suspended && r.state != Standing::terminated;
    if (!g.allowed) {
      g.reason = "customer '" + r.customer + "' is " + std::string(to_string(r.state)) + " since " +
                 rfc3339(r.since_ms) + ": " + r.reason + ". To appeal, contact " +
                 opt.policy.support_contact;
    }
    return g;
  }

  void load_gate() {
    std::unordered_map<std::string, GateDecision, StringHash, std::equal_to<>> entries;
    Stmt s(*db, "SELECT customer FROM enforcement_customers WHERE state != ?");
    s.bind(1, static_cast<int>(Standing::good_standing));
    std::vector<std::string> ids;
    while (s.step()) ids.push_back(s.text(0));
    for (const auto& id : ids) entries.emplace(id, gate_entry(load(id)));
    std::unique_lock<std::shared_mutex> lock(gate->mu);
    gate->entries.swap(entries);
  }

  void publish(const std::vector<Row>& changed) {
    std::unique_lock<std::shared_mutex> lock(gate->mu);
    for (const auto& r : changed) {
      if (r.state == Standing::good_standing) {
        gate->entries.erase(r.customer);
      } else {
        gate->entries[r.customer] = gate_entry(r);
      }
    }
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
           "INSERT OR REPLACE INTO enforcement_customers(customer, state, since_ms, due_ms, "
           "warned_ms, last_warning_ms, last_abuse_ms, abuse_after_warning, suspensions, "
           "confirmed_items, reason, contact) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind_text(1, r.customer).bind(2, static_cast<int>(r.state)).bind(3, r.since_ms);
    s.bind(4, r.due_ms).bind(5, r.warned_ms).bind(6, r.last_warning_ms).bind(7, r.last_abuse_ms);
    s.bind(8, r.abuse_after_warning ? 1 : 0).bind(9, r.suspensions).bind(10, r.confirmed_items);
    s.bind_text(11, r.reason).bind_text(12, r.contact).run();
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

  Summary summarize(const std::string& customer) {
    Summary sm;
    Stmt s(*db,
           "SELECT decision_seq, item_id, category, severity, occurred_ms FROM "
           "enforcement_evidence WHERE customer = ? AND occurred_ms >= ? AND severity >= ? "
           "ORDER BY occurred_ms, decision_seq");
    s.bind_text(1, customer).bind(2, now() - opt.policy.report_window_ms);
    s.bind(3, static_cast<int>(opt.policy.min_severity));
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
               const Summary& sm, Standing previous, const std::string& appeal_note) {
    const std::map<std::string, std::string> vars = {
        {"customer", r.customer},
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
           "INSERT OR IGNORE INTO enforcement_outbox(idempotency_key, customer, kind, recipient, "
           "subject, body, created_ms, next_attempt_ms) VALUES(?,?,?,?,?,?,?,?)");
    s.bind_text(1, key).bind_text(2, r.customer).bind(3, static_cast<int>(kind));
    s.bind_text(4, recipient).bind_text(5, render(t.subject, vars));
    s.bind_text(6, render(t.body, vars)).bind(7, t0).bind(8, t0).run();
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
    Stmt s(*db,
           "INSERT INTO enforcement_transitions(customer, from_state, to_state, ts_ms, reason, "
           "actor, evidence) VALUES(?,?,?,?,?,?,?)");
    s.bind_text(1, r.customer).bind(2, static_cast<int>(from)).bind(3, static_cast<int>(to));
    s.bind(4, t).bind_text(5, reason).bind_text(6, actor).bind_text(7, dump(sm.evidence)).run();
    Transition tr{db->last_insert_id(), r.customer,       from, to, t, reason,
                  std::string(actor),   dump(sm.evidence)};
    if (notice) {
      enqueue(r, *notice, appeal_id != 0 ? -appeal_id : tr.id, reason, sm, from, appeal_note);
    }
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

  /// Applies one decision inside the caller's transaction.
  std::optional<Transition> apply_locked(const DecisionRecord& d) {
    if (d.kind == DecisionKind::dismiss || d.customer.empty()) return std::nullopt;
    {
      Stmt seen(*db, "SELECT 1 FROM enforcement_evidence WHERE decision_seq = ?");
      seen.bind(1, d.seq);
      if (seen.step()) return std::nullopt;  // applied before: idempotent
    }
    Stmt ev(*db,
            "INSERT INTO enforcement_evidence(decision_seq, customer, item_id, category, severity, "
            "occurred_ms, decided_ms, automatic) VALUES(?,?,?,?,?,?,?,?)");
    const std::int64_t occurred = d.occurred_ms != 0 ? d.occurred_ms : d.decided_ms;
    ev.bind(1, d.seq).bind_text(2, d.customer).bind(3, d.item_id);
    ev.bind(4, static_cast<int>(d.category)).bind(5, static_cast<int>(d.severity));
    ev.bind(6, occurred).bind(7, d.decided_ms).bind(8, d.automatic ? 1 : 0).run();

    Row r = load(d.customer);
    if (d.severity < opt.policy.min_severity) {
      save(r);
      return std::nullopt;
    }
    ++r.confirmed_items;
    const bool new_episode =
        r.last_abuse_ms == 0 || occurred > r.last_abuse_ms + opt.policy.episode_gap_ms;
    r.last_abuse_ms = std::max(r.last_abuse_ms, occurred);
    const auto& p = opt.policy;
    const std::string what = "confirmed " + label(d) + " (item " + std::to_string(d.item_id) + ")";
    switch (r.state) {
      case Standing::terminated:
      case Standing::suspended:
        save(r);  // evidence only
        return std::nullopt;
      case Standing::good_standing:
        if (severe(d)) return suspend(r, "severe abuse: " + what);
        if (r.last_warning_ms != 0 && occurred - r.last_warning_ms <= p.repeat_window_ms) {
          return suspend(r, "repeat abuse within " + std::to_string(p.repeat_window_ms / 86400000) +
                                " days of the warning of " + rfc3339(r.last_warning_ms) + ": " +
                                what);
        }
        return move(r, Standing::warned, what, kPolicyActor, NoticeKind::warning);
      case Standing::warned:
        if (severe(d)) return suspend(r, "severe abuse: " + what);
        if (occurred >= r.warned_ms) {
          if (new_episode) {
            return suspend(r, "another episode of abuse during the remediation period: " + what);
          }
          r.abuse_after_warning = true;  // the warned episode goes on; judged at the deadline
        }
        save(r);
        return std::nullopt;
    }
    return std::nullopt;
  }

  std::int64_t cursor() {
    Stmt s(*db, "SELECT seq FROM enforcement_cursor WHERE name = 'review'");
    return s.step() ? s.i64(0) : 0;
  }
};

}  // namespace detail

using detail::Row;
using detail::Stmt;
using detail::Tx;

JsonlOutboxSink::JsonlOutboxSink(std::string path) : path_(std::move(path)) {
  if (path_.empty()) throw std::invalid_argument("JsonlOutboxSink path must not be empty");
}

void JsonlOutboxSink::deliver(const Notification& n) {
  const std::string line = to_json_string(n) + "\n";
  int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0) {
    throw error(status::io, "cannot open outbox '" + path_ + "': " + std::strerror(errno));
  }
  std::size_t off = 0;
  while (off < line.size()) {
    ssize_t w = ::write(fd, line.data() + off, line.size() - off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      const int e = errno;
      ::close(fd);
      throw error(status::io, "cannot write outbox '" + path_ + "': " + std::strerror(e));
    }
    off += static_cast<std::size_t>(w);
  }
  // Delivered means durable: the line survives a crash once deliver() returns.
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced) throw error(status::io, "cannot sync outbox '" + path_ + "'");
}

Enforcement::Enforcement(EnforcementOptions options)
    : impl_(std::make_unique<detail::EnforcementImpl>(std::move(options))) {}
Enforcement::~Enforcement() = default;
Enforcement::Enforcement(Enforcement&&) noexcept = default;
Enforcement& Enforcement::operator=(Enforcement&&) noexcept = default;

const EnforcementPolicy& Enforcement::policy() const noexcept {
  return impl_->opt.policy;
}

std::vector<Transition> Enforcement::apply(const DecisionRecord& decision) {
  std::vector<Transition> out;
  std::vector<Row> changed;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    auto t = impl_->apply_locked(decision);
    tx.commit();
    if (t) {
      changed.push_back(impl_->load(t->customer));
      out.push_back(std::move(*t));
    }
  }
  impl_->publish(changed);
  return out;
}

std::vector<Transition> Enforcement::sync(const ReviewStore& review, std::size_t max_decisions) {
  std::vector<Transition> out;
  std::lock_guard<std::mutex> g(impl_->mu);
  std::int64_t cur = impl_->cursor();
  std::size_t done = 0;
  while (done < max_decisions) {
    auto batch = review.decisions_after(cur, std::min<std::size_t>(1000, max_decisions - done));
    if (batch.empty()) break;
    for (const auto& d : batch) {
      std::vector<Row> changed;
      Tx tx(*impl_->db);
      auto t = impl_->apply_locked(d);
      Stmt c(*impl_->db,
             "INSERT OR REPLACE INTO enforcement_cursor(name, seq) VALUES('review', ?)");
      c.bind(1, d.seq).run();
      tx.commit();
      cur = d.seq;
      ++done;
      if (t) {
        changed.push_back(impl_->load(t->customer));
        out.push_back(std::move(*t));
        impl_->publish(changed);
      }
    }
  }
  return out;
}

std::vector<Transition> Enforcement::tick() {
  std::vector<Transition> out;
  std::vector<Row> changed;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    std::vector<std::string> due;
    {
      Stmt s(*impl_->db,
             "SELECT customer FROM enforcement_customers WHERE state = ? AND due_ms <= ? "
             "ORDER BY customer");
      s.bind(1, static_cast<int>(Standing::warned)).bind(2, impl_->now());
      while (s.step()) due.push_back(s.text(0));
    }
    for (const auto& c : due) {
      Row r = impl_->load(c);
      if (r.abuse_after_warning) {
        out.push_back(impl_->suspend(r, "remediation deadline " + detail::rfc3339(r.due_ms) +
                                            " passed while abuse continued"));
      } else {
        out.push_back(impl_->move(r, Standing::good_standing,
                                  "remediation period ended without further confirmed abuse",
                                  detail::kPolicyActor, NoticeKind::warning_closed));
      }
      changed.push_back(r);
    }
    tx.commit();
  }
  impl_->publish(changed);
  return out;
}

Transition Enforcement::reinstate(const std::string& actor, const std::string& customer,
                                  const std::string& reason) {
  if (actor.empty() || reason.empty()) {
    throw std::invalid_argument("reinstate needs an actor and a reason");
  }
  Transition t;
  Row r;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    r = impl_->load(customer);
    if (r.state != Standing::suspended) {
      throw error(
          status::state,
          "customer '" + customer + "' is " + std::string(to_string(r.state)) +
              (r.state == Standing::terminated ? ": only a granted appeal restores a termination"
                                               : ", not suspended"));
    }
    // On probation: abuse within the repeat window suspends again (and counts to termination).
    r.last_warning_ms = impl_->now();
    t = impl_->move(r, Standing::good_standing, "reinstated by " + actor + ": " + reason, actor,
                    NoticeKind::reinstatement);
    tx.commit();
  }
  impl_->publish({r});
  return t;
}

std::int64_t Enforcement::file_appeal(const std::string& customer, const std::string& explanation) {
  if (customer.empty() || explanation.empty()) {
    throw std::invalid_argument("an appeal needs a customer and an explanation");
  }
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  Row r = impl_->load(customer);
  if (r.state == Standing::good_standing) {
    throw error(status::state,
                "customer '" + customer + "' is in good standing: nothing to appeal");
  }
  {
    Stmt open(*impl_->db,
              "SELECT id FROM enforcement_appeals WHERE customer = ? AND status = 'open'");
    open.bind_text(1, customer);
    if (open.step()) {
      throw error(status::state, "customer '" + customer + "' already has open appeal " +
                                     std::to_string(open.i64(0)));
    }
  }
  Stmt s(*impl_->db,
         "INSERT INTO enforcement_appeals(customer, filed_ms, explanation, status) "
         "VALUES(?,?,?,'open')");
  s.bind_text(1, customer).bind(2, impl_->now()).bind_text(3, explanation).run();
  const std::int64_t id = impl_->db->last_insert_id();
  impl_->enqueue(r, NoticeKind::appeal_received, -id, "appeal " + std::to_string(id) + " received",
                 impl_->summarize(customer), r.state, "");
  tx.commit();
  return id;
}

void Enforcement::resolve_appeal(const std::string& actor, std::int64_t appeal_id, bool grant,
                                 const std::string& note) {
  if (actor.empty() || note.empty()) {
    throw std::invalid_argument("resolving an appeal needs an actor and a note");
  }
  std::vector<Row> changed;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    Stmt a(*impl_->db, (std::string(detail::kAppealColumns) + "WHERE id = ?").c_str());
    a.bind(1, appeal_id);
    if (!a.step()) throw error(status::not_found, "no appeal " + std::to_string(appeal_id));
    Appeal ap = detail::read_appeal(a);
    if (ap.status != "open") {
      throw error(status::state,
                  "appeal " + std::to_string(appeal_id) + " is already " + ap.status);
    }
    Stmt u(*impl_->db,
           "UPDATE enforcement_appeals SET status = ?, resolved_by = ?, resolved_ms = ?, note = ? "
           "WHERE id = ?");
    u.bind_text(1, grant ? "granted" : "denied").bind_text(2, actor).bind(3, impl_->now());
    u.bind_text(4, note).bind(5, appeal_id).run();
    Row r = impl_->load(ap.customer);
    const std::string verdict =
        "appeal " + std::to_string(appeal_id) + (grant ? " granted by " : " denied by ") + actor;
    if (grant && r.state != Standing::good_standing) {
      // The enforcement was wrong: it no longer counts towards termination or repeat windows.
      if (r.state != Standing::warned && r.suspensions > 0) --r.suspensions;
      r.last_warning_ms = 0;
      impl_->move(r, Standing::good_standing, verdict, actor, NoticeKind::appeal_decided, note,
                  appeal_id);
      changed.push_back(r);
    } else {
      impl_->enqueue(r, NoticeKind::appeal_decided, -appeal_id, verdict,
                     impl_->summarize(r.customer), r.state, note);
    }
    tx.commit();
  }
  impl_->publish(changed);
}

std::vector<Appeal> Enforcement::appeals(const std::string& customer) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(
      *impl_->db,
      (std::string(detail::kAppealColumns) + "WHERE ?1 = '' OR customer = ?1 ORDER BY id").c_str());
  s.bind_text(1, customer);
  std::vector<Appeal> out;
  while (s.step()) out.push_back(detail::read_appeal(s));
  return out;
}

void Enforcement::set_contact(const std::string& customer, const std::string& email) {
  if (customer.empty()) throw std::invalid_argument("customer must not be empty");
  std::lock_guard<std::mutex> g(impl_->mu);
  Tx tx(*impl_->db);
  Row r = impl_->load(customer);
  r.contact = email;
  impl_->save(r);
  tx.commit();
}

CustomerStatus Enforcement::status(const std::string& customer) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  return detail::EnforcementImpl::status_of(impl_->load(customer));
}

std::vector<CustomerStatus> Enforcement::customers() const {
  std::lock_guard<std::mutex> g(impl_->mu);
  std::vector<std::string> ids;
  {
    Stmt s(*impl_->db, "SELECT customer FROM enforcement_customers ORDER BY customer");
    while (s.step()) ids.push_back(s.text(0));
  }
  std::vector<CustomerStatus> out;
  for (const auto& id : ids) out.push_back(detail::EnforcementImpl::status_of(impl_->load(id)));
  return out;
}

std::vector<Transition> Enforcement::history(const std::string& customer) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(*impl_->db,
         (std::string(detail::kTransitionColumns) + "WHERE ?1 = '' OR customer = ?1 ORDER BY id")
             .c_str());
  s.bind_text(1, customer);
  std::vector<Transition> out;
  while (s.step()) out.push_back(detail::read_transition(s));
  return out;
}

GateDecision Enforcement::is_allowed(std::string_view customer) const {
  return impl_->gate->check(customer);
}

void Enforcement::refresh_gate() {
  std::lock_guard<std::mutex> g(impl_->mu);
  impl_->load_gate();
}

std::shared_ptr<const CustomerGate> Enforcement::customer_gate() const {
  return std::make_shared<detail::EnforcementGate>(impl_->gate);
}

DeliveryReport Enforcement::deliver(NotificationSink& sink, std::size_t max) {
  std::lock_guard<std::mutex> serial(impl_->delivery_mu);
  std::vector<Notification> due;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    Stmt s(*impl_->db, (std::string(detail::kOutboxColumns) +
                        "WHERE delivered_ms = 0 AND dead = 0 AND next_attempt_ms <= ? "
                        "ORDER BY id LIMIT ?")
                           .c_str());
    s.bind(1, impl_->now()).bind(2, static_cast<std::int64_t>(max));
    while (s.step()) due.push_back(detail::read_notification(s));
  }
  DeliveryReport rep;
  for (auto& n : due) {
    std::string failure;
    try {
      // The sink runs without the store lock: it may be slow or call back into this object.
      sink.deliver(n);
    } catch (const std::exception& e) {
      failure = e.what();
      if (failure.empty()) failure = "delivery failed";
    } catch (...) {
      failure = "delivery failed (unknown exception)";
    }
    std::lock_guard<std::mutex> g(impl_->mu);
    Tx tx(*impl_->db);
    const std::int64_t t = impl_->now();
    if (failure.empty()) {
      Stmt u(*impl_->db,
             "UPDATE enforcement_outbox SET delivered_ms = ?, attempts = attempts + 1 "
             "WHERE id = ?");
      u.bind(1, std::max<std::int64_t>(t, 1)).bind(2, n.id).run();
      ++rep.delivered;
    } else {
      const int attempts = n.attempts + 1;
      std::int64_t wait = impl_->opt.retry_base_ms;
      for (int i = 1; i < attempts && wait < impl_->opt.retry_max_ms; ++i) wait *= 2;
      wait = std::min(wait, impl_->opt.retry_max_ms);
      const bool dead = attempts >= impl_->opt.max_attempts;
      Stmt u(*impl_->db,
             "UPDATE enforcement_outbox SET attempts = ?, next_attempt_ms = ?, dead = ?, "
             "last_error = ? WHERE id = ?");
      u.bind(1, attempts).bind(2, t + wait).bind(3, dead ? 1 : 0).bind_text(4, failure);
      u.bind(5, n.id).run();
      ++rep.failed;
      if (dead) ++rep.dead;
    }
    tx.commit();
  }
  return rep;
}

std::vector<Notification> Enforcement::outbox(bool pending_only) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(*impl_->db, (std::string(detail::kOutboxColumns) +
                      "WHERE NOT ?1 OR (delivered_ms = 0 AND dead = 0) ORDER BY id")
                         .c_str());
  s.bind(1, pending_only ? 1 : 0);
  std::vector<Notification> out;
  while (s.step()) out.push_back(detail::read_notification(s));
  return out;
}

// ----- JSON views -----

std::string to_json_string(const CustomerStatus& s) {
  return detail::dump({{"customer", s.customer},
                       {"state", to_string(s.state)},
                       {"since_ms", s.since_ms},
                       {"remediation_due_ms", s.remediation_due_ms},
                       {"last_warning_ms", s.last_warning_ms},
                       {"suspensions", s.suspensions},
                       {"confirmed_items", s.confirmed_items},
                       {"reason", s.reason},
                       {"contact", s.contact}});
}

std::string to_json_string(const Transition& t) {
  nlohmann::json ev;
  try {
    ev = detail::parse_json(t.evidence_json);
  } catch (const error&) {
    ev = nlohmann::json(nlohmann::json::value_t::discarded);
  }
  return detail::dump({{"id", t.id},
                       {"customer", t.customer},
                       {"from", to_string(t.from)},
                       {"to", to_string(t.to)},
                       {"ts_ms", t.ts_ms},
                       {"time", detail::rfc3339(t.ts_ms)},
                       {"reason", t.reason},
                       {"actor", t.actor},
                       {"evidence", ev.is_discarded() ? nlohmann::json(nullptr) : ev}});
}

std::string to_json_string(const Notification& n) {
  return detail::dump({{"id", n.id},
                       {"idempotency_key", n.idempotency_key},
                       {"customer", n.customer},
                       {"kind", to_string(n.kind)},
                       {"to", n.recipient},
                       {"subject", n.subject},
                       {"body", n.body},
                       {"created_ms", n.created_ms},
                       {"attempts", n.attempts},
                       {"next_attempt_ms", n.next_attempt_ms},
                       {"delivered_ms", n.delivered_ms},
                       {"dead", n.dead},
                       {"last_error", n.last_error}});
}

std::string to_json_string(const Appeal& a) {
  return detail::dump({{"id", a.id},
                       {"customer", a.customer},
                       {"filed_ms", a.filed_ms},
                       {"explanation", a.explanation},
                       {"status", a.status},
                       {"resolved_by", a.resolved_by},
                       {"resolved_ms", a.resolved_ms},
                       {"note", a.note}});
}

std::string to_json_string(const GateDecision& g) {
  return detail::dump(
      {{"allowed", g.allowed}, {"state", to_string(g.state)}, {"reason", g.reason}});
}

}  // namespace abusemon
