// Enforcement: the state machine (decisions -> warnings, suspensions, terminations; deadlines;
// reinstatement and appeals) and the gate. Delivery: outbox.cpp.
#include "enforcement/enforcement_internal.hpp"

namespace abusemon {

using detail::AuditedTx;
using detail::Row;
using detail::Stmt;

namespace {

// The record of a transaction in which a decision changed rows without a transition.
detail::AuditNote evidence_note(const DecisionRecord& d) {
  return {
      std::string(detail::kPolicyActor), "enforce_evidence",
      detail::dump(
          {{"decision", d.seq}, {"item", d.item_id}, {"customer", d.customer}, {"user", d.user}})};
}

}  // namespace

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
  std::lock_guard<std::mutex> g(impl_->mu);
  AuditedTx tx(*impl_);
  impl_->apply_locked(decision, out);
  tx.commit(evidence_note(decision));
  impl_->publish(out);
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
      std::vector<Transition> ts;
      AuditedTx tx(*impl_);
      impl_->apply_locked(d, ts);
      Stmt c(
          *impl_->db,
          "INSERT INTO enforcement_cursor(name, seq) VALUES('review', ?) "
          "ON CONFLICT(name) DO UPDATE SET seq = CASE WHEN excluded.seq > enforcement_cursor.seq "
          "THEN excluded.seq ELSE enforcement_cursor.seq END");
      c.bind(1, d.seq).run();
      tx.commit(evidence_note(d));
      cur = d.seq;
      ++done;
      impl_->publish(ts);
      out.insert(out.end(), ts.begin(), ts.end());
    }
  }
  return out;
}

std::vector<Transition> Enforcement::tick() {
  std::vector<Transition> out;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    AuditedTx tx(*impl_);
    std::vector<detail::UserRow> unblock;
    {
      Stmt s(*impl_->db, (std::string(detail::kUserColumns) +
                          "WHERE state = ? AND until_ms <= ? ORDER BY customer, \"user\"")
                             .c_str());
      s.bind(1, static_cast<int>(Standing::blocked)).bind(2, impl_->now());
      while (s.step()) unblock.push_back(detail::read_user(s));
    }
    for (auto& u : unblock) {
      out.push_back(impl_->move_user(u, Standing::good_standing,
                                     "block period ended " + detail::rfc3339(u.until_ms),
                                     detail::kPolicyActor, NoticeKind::user_unblocked));
    }
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
    }
    tx.commit({std::string(detail::kPolicyActor), "tick", ""});
    impl_->publish(out);
  }
  return out;
}

Transition Enforcement::reinstate(const std::string& actor, const std::string& customer,
                                  const std::string& reason) {
  if (actor.empty() || reason.empty()) {
    throw std::invalid_argument("reinstate needs an actor and a reason");
  }
  Transition t;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    AuditedTx tx(*impl_);
    tx.authorize(actor, Role::manager, "reinstate", {{"customer", customer}, {"reason", reason}});
    Row r = impl_->load(customer);
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
    tx.commit({});
    impl_->publish({t});
  }
  return t;
}

Transition Enforcement::unblock_user(const std::string& actor, const std::string& customer,
                                     const std::string& user, const std::string& reason) {
  if (actor.empty() || reason.empty()) {
    throw std::invalid_argument("unblock_user needs an actor and a reason");
  }
  std::lock_guard<std::mutex> g(impl_->mu);
  AuditedTx tx(*impl_);
  tx.authorize(actor, Role::reviewer, "unblock_user",
               {{"customer", customer}, {"user", user}, {"reason", reason}});
  detail::UserRow u = impl_->load_user(customer, user);
  if (u.state != Standing::blocked) {
    throw error(status::state,
                "end user '" + user + "' of customer '" + customer + "' is not blocked");
  }
  Transition t =
      impl_->move_user(u, Standing::good_standing, "unblocked by " + actor + ": " + reason, actor,
                       NoticeKind::user_unblocked);
  tx.commit({});
  impl_->publish({t});
  return t;
}

EndUserStatus Enforcement::user_status(const std::string& customer, const std::string& user) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  return detail::user_status_of(impl_->load_user(customer, user));
}

std::vector<EndUserStatus> Enforcement::users(const std::string& customer) const {
  std::lock_guard<std::mutex> g(impl_->mu);
  Stmt s(*impl_->db, (std::string(detail::kUserColumns) +
                      "WHERE ?1 = '' OR customer = ?1 ORDER BY customer, \"user\"")
                         .c_str());
  s.bind_text(1, customer);
  std::vector<EndUserStatus> out;
  while (s.step()) out.push_back(detail::user_status_of(detail::read_user(s)));
  return out;
}

std::int64_t Enforcement::file_appeal(const std::string& customer, const std::string& explanation) {
  if (customer.empty() || explanation.empty()) {
    throw std::invalid_argument("an appeal needs a customer and an explanation");
  }
  std::lock_guard<std::mutex> g(impl_->mu);
  AuditedTx tx(*impl_);
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
         "VALUES(?,?,?,'open') RETURNING id");
  s.bind_text(1, customer).bind(2, impl_->now()).bind_text(3, explanation);
  const std::int64_t id = s.insert_id();
  impl_->touched.push_back({&detail::kAppealRow, std::to_string(id)});
  impl_->notes.push_back({std::string(detail::kCustomerActor), "appeal_file",
                          detail::dump({{"appeal", id}, {"customer", customer}})});
  impl_->enqueue(r, NoticeKind::appeal_received, -id, "appeal " + std::to_string(id) + " received",
                 impl_->summarize(customer), r.state, "");
  tx.commit({});
  return id;
}

void Enforcement::resolve_appeal(const std::string& actor, std::int64_t appeal_id, bool grant,
                                 const std::string& note) {
  if (actor.empty() || note.empty()) {
    throw std::invalid_argument("resolving an appeal needs an actor and a note");
  }
  std::vector<Transition> changed;
  {
    std::lock_guard<std::mutex> g(impl_->mu);
    AuditedTx tx(*impl_);
    tx.authorize(actor, Role::manager, "resolve_appeal",
                 {{"appeal", appeal_id}, {"grant", grant}, {"note", note}});
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
    impl_->touched.push_back({&detail::kAppealRow, std::to_string(appeal_id)});
    impl_->notes.push_back({actor, grant ? "appeal_grant" : "appeal_deny",
                            detail::dump({{"appeal", appeal_id}, {"customer", ap.customer}})});
    Row r = impl_->load(ap.customer);
    const std::string verdict =
        "appeal " + std::to_string(appeal_id) + (grant ? " granted by " : " denied by ") + actor;
    if (grant && r.state != Standing::good_standing) {
      // The enforcement was wrong: it no longer counts towards termination or repeat windows.
      if (r.state != Standing::warned && r.suspensions > 0) --r.suspensions;
      r.last_warning_ms = 0;
      changed.push_back(impl_->move(r, Standing::good_standing, verdict, actor,
                                    NoticeKind::appeal_decided, note, appeal_id));
    } else {
      impl_->enqueue(r, NoticeKind::appeal_decided, -appeal_id, verdict,
                     impl_->summarize(r.customer), r.state, note);
    }
    tx.commit({});
    impl_->publish(changed);
  }
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
  AuditedTx tx(*impl_);
  Row r = impl_->load(customer);
  r.contact = email;
  impl_->save(r);
  tx.commit({std::string(detail::kAdminActor), "contact", detail::dump({{"customer", customer}})});
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

GateDecision Enforcement::is_allowed(std::string_view customer, std::string_view user) const {
  return impl_->gate->check(customer, user);
}

void Enforcement::refresh_gate() {
  std::lock_guard<std::mutex> g(impl_->mu);
  impl_->load_gate();
}

std::shared_ptr<const CustomerGate> Enforcement::customer_gate() const {
  return std::make_shared<detail::EnforcementGate>(impl_->gate);
}

}  // namespace abusemon
