// EnforcementImpl: opening (options, the store, the gate) and the gate's upkeep (entries, full
// reloads, publishing transitions, the refresher thread: NOTIFY on PostgreSQL, the change counter
// on SQLite). The state machine: enforcement.cpp and enforcement_internal.hpp; delivery:
// outbox.cpp.
#include "enforcement/enforcement_internal.hpp"

#include <algorithm>
#include <chrono>

namespace abusemon::detail {

EnforcementImpl::EnforcementImpl(EnforcementOptions o) : opt(std::move(o)) {
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
  replica = crypto::hex(crypto::random_bytes(8));
  clock = opt.clock != nullptr ? opt.clock : &SystemClock::instance();
  if (p.user_block_ms <= 0 || p.user_repeat_window_ms <= 0 || p.escalate_users_window_ms <= 0) {
    throw std::invalid_argument("EnforcementPolicy end-user durations must be positive");
  }
  if (p.escalate_after_users < 1) {
    throw std::invalid_argument("EnforcementPolicy.escalate_after_users must be >= 1");
  }
  if (opt.outbox_claim_ms <= 0) {
    throw std::invalid_argument("EnforcementOptions.outbox_claim_ms must be positive");
  }
  if (!opt.key.empty() && opt.key.size() != 32) {
    throw std::invalid_argument("EnforcementOptions.key must be exactly 32 bytes (or empty)");
  }
  // The review store migrates review's schema (which enforcement's needs), fixes the file's id,
  // encryption mode and audit settings, and checks the key (error(state) for an encrypted file
  // without one).
  ReviewStoreOptions ro;
  ro.path = opt.path;
  ro.key = opt.key;
  ro.clock = clock;
  ro.busy_timeout_ms = opt.busy_timeout_ms;
  { ReviewStore init(ro); }
  db = sql::open(opt.path, opt.busy_timeout_ms);
  int from = 0;
  const int to = sql::migrate(*db, enforcement_schema(), clock->now_ms(), &from);
  if (from > 0 && from < to) {
    // Enforcement rows of an older schema go on the audit chain now that their tables are
    // current (the review store's first open left them for this one).
    ReviewStore again(ro);
  }
  crypto::wipe(ro.key);
  {
    Stmt s(*db, "SELECT value FROM meta WHERE key = 'store_id'");
    if (!s.step()) throw error(status::format, "store '" + db->location() + "' has no store id");
    store_id = s.blob(0);
  }
  if (!opt.key.empty()) audit_key = crypto::derive_key(opt.key, "abusemon.review.audit.v1");
  crypto::wipe(opt.key);
  const bool postgres = db->dialect() == sql::Dialect::postgres;
  if (postgres) {
    load_gate();
  } else {
    reload_if_changed();  // loads the gate and notes the change counter it was loaded at
  }
  if (opt.gate_refresh_ms >= 0) {
    const std::int64_t period =
        opt.gate_refresh_ms > 0 ? opt.gate_refresh_ms : (postgres ? kGatePollMs : kGateCheckMs);
    start_refresher(static_cast<int>(std::min<std::int64_t>(period, 24LL * 3600 * 1000)));
  }
}

EnforcementImpl::~EnforcementImpl() {
  if (refresher.joinable()) {
    {
      std::lock_guard<std::mutex> g(stop_mu);
      stopping = true;
    }
    stop_cv.notify_all();
    if (listener) listener->interrupt();
    refresher.join();
  }
  crypto::wipe(audit_key);
}

void EnforcementImpl::reload_if_changed() {
  Stmt s(*db, "PRAGMA data_version");
  const std::int64_t v = s.step() ? s.i64(0) : -1;
  if (v == data_version && v != -1) return;
  load_gate();
  data_version = v;
}

void EnforcementImpl::start_refresher(int period_ms) {
  if (db->dialect() == sql::Dialect::postgres) {
    listener = std::make_unique<sql::Listener>(opt.path, kGateChannel, store_id);
    refresher = std::thread([this, period_ms] {
      while (!stopping) {
        if (listener->wait(period_ms) == sql::Listener::Wake::interrupted) continue;
        try {
          std::lock_guard<std::mutex> g(mu);
          load_gate();
        } catch (const std::exception&) {
          // Server unreachable: the gate keeps its last state; retried on the next wake.
        }
      }
    });
    return;
  }
  // SQLite has no notifications; its change counter moves when another connection commits.
  refresher = std::thread([this, period_ms] {
    std::unique_lock<std::mutex> lk(stop_mu);
    while (!stop_cv.wait_for(lk, std::chrono::milliseconds(period_ms),
                             [this] { return stopping.load(); })) {
      lk.unlock();
      try {
        std::lock_guard<std::mutex> g(mu);
        reload_if_changed();
      } catch (const std::exception&) {
        // File busy or unreadable for now: the gate keeps its last state; checked again later.
      }
      lk.lock();
    }
  });
}

GateDecision EnforcementImpl::gate_entry(const Row& r) const {
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

GateDecision EnforcementImpl::gate_entry(const UserRow& u) const {
  GateDecision g;
  g.state = u.state;
  g.allowed = u.state != Standing::blocked;
  if (!g.allowed) {
    g.reason = "end user '" + u.user + "' of customer '" + u.customer + "' is blocked until " +
               rfc3339(u.until_ms) + ": " + u.reason +
               ". The customer can lift the block once it has acted; contact " +
               opt.policy.support_contact;
  }
  return g;
}

void EnforcementImpl::load_gate() {
  GateState::Map entries, users;
  Stmt s(*db, "SELECT customer FROM enforcement_customers WHERE state != ?");
  s.bind(1, static_cast<int>(Standing::good_standing));
  std::vector<std::string> ids;
  while (s.step()) ids.push_back(s.text(0));
  for (const auto& id : ids) entries.emplace(id, gate_entry(load(id)));
  Stmt u(*db, (std::string(kUserColumns) + "WHERE state = ?").c_str());
  u.bind(1, static_cast<int>(Standing::blocked));
  while (u.step()) {
    UserRow row = read_user(u);
    users.emplace(user_key(row.customer, row.user), gate_entry(row));
  }
  std::unique_lock<std::shared_mutex> lock(gate->mu);
  gate->entries.swap(entries);
  gate->users.swap(users);
}

void EnforcementImpl::publish(const std::vector<Transition>& ts) {
  std::vector<std::pair<std::string, GateDecision>> cs, us;
  for (const auto& t : ts) {
    if (t.user.empty()) {
      cs.emplace_back(t.customer, gate_entry(load(t.customer)));
    } else {
      us.emplace_back(user_key(t.customer, t.user), gate_entry(load_user(t.customer, t.user)));
    }
  }
  std::unique_lock<std::shared_mutex> lock(gate->mu);
  for (auto& [id, g] : cs) {
    if (g.state == Standing::good_standing) {
      gate->entries.erase(id);
    } else {
      gate->entries[id] = std::move(g);
    }
  }
  for (auto& [key, g] : us) {
    if (g.allowed) {
      gate->users.erase(key);
    } else {
      gate->users[key] = std::move(g);
    }
  }
}

}  // namespace abusemon::detail
