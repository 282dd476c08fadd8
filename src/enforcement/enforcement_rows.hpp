// Private to src/enforcement/: the stored rows of enforcement (customers, end users,
// transitions, outbox, appeals), their readers, and the gate state that every CustomerGate shares.
#pragma once

#include <abusemon/enforcement.hpp>

#include <nlohmann/json.hpp>

#include <functional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/format.hpp"
#include "storage/db.hpp"

namespace abusemon {

namespace detail {

using nlohmann::json;
using sql::Stmt;
using sql::Tx;

constexpr std::string_view kPolicyActor = "policy";

inline std::string rfc3339(std::int64_t ms) {
  return ms <= 0 ? std::string() : rfc3339_utc(ms);
}

inline std::string dump(const json& j) {
  return dump_json(j);
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

// Standing of one end user of a customer, as stored.
struct UserRow {
  std::string customer;
  std::string user;
  Standing state = Standing::good_standing;
  std::int64_t since_ms = 0;
  std::int64_t until_ms = 0;
  std::int64_t noticed_ms = 0;
  int notices = 0;
  std::int64_t confirmed_items = 0;
  std::string reason;
};

// Gate key of an end user: customer and user cannot be confused (ids hold no NUL byte).
inline std::string user_key(std::string_view customer, std::string_view user) {
  std::string k;
  k.reserve(customer.size() + 1 + user.size());
  k.append(customer).push_back('\0');
  k.append(user);
  return k;
}

constexpr const char* kTransitionColumns =
    "SELECT id, customer, from_state, to_state, ts_ms, reason, actor, evidence, \"user\" FROM "
    "enforcement_transitions ";
constexpr const char* kOutboxColumns =
    "SELECT id, idempotency_key, customer, kind, recipient, subject, body, created_ms, attempts, "
    "next_attempt_ms, delivered_ms, dead, last_error, \"user\" FROM enforcement_outbox ";
constexpr const char* kUserColumns =
    "SELECT customer, \"user\", state, since_ms, until_ms, noticed_ms, notices, confirmed_items, "
    "reason FROM enforcement_users ";
constexpr const char* kAppealColumns =
    "SELECT id, customer, filed_ms, explanation, status, resolved_by, resolved_ms, note FROM "
    "enforcement_appeals ";

inline Transition read_transition(const Stmt& s) {
  Transition t;
  t.id = s.i64(0);
  t.customer = s.text(1);
  t.user = s.text(8);
  t.from = static_cast<Standing>(s.i64(2));
  t.to = static_cast<Standing>(s.i64(3));
  t.ts_ms = s.i64(4);
  t.reason = s.text(5);
  t.actor = s.text(6);
  t.evidence_json = s.text(7);
  return t;
}

inline UserRow read_user(const Stmt& s) {
  UserRow u;
  u.customer = s.text(0);
  u.user = s.text(1);
  u.state = static_cast<Standing>(s.i64(2));
  u.since_ms = s.i64(3);
  u.until_ms = s.i64(4);
  u.noticed_ms = s.i64(5);
  u.notices = static_cast<int>(s.i64(6));
  u.confirmed_items = s.i64(7);
  u.reason = s.text(8);
  return u;
}

inline EndUserStatus user_status_of(const UserRow& u) {
  return EndUserStatus{u.customer,
                       u.user,
                       u.state,
                       u.since_ms,
                       u.state == Standing::blocked ? u.until_ms : 0,
                       u.noticed_ms,
                       u.notices,
                       u.confirmed_items,
                       u.reason};
}

inline Notification read_notification(const Stmt& s) {
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
  n.user = s.text(13);
  return n;
}

inline Appeal read_appeal(const Stmt& s) {
  return Appeal{s.i64(0),  s.text(1), s.i64(2), s.text(3),
                s.text(4), s.text(5), s.i64(6), s.text(7)};
}

/// The gate's state, shared with every CustomerGate handed out. Holds every customer not in good
/// standing (warned ones are allowed, but their state is reported) and every blocked end user.
struct GateState {
  using Map = std::unordered_map<std::string, GateDecision, StringHash, std::equal_to<>>;
  mutable std::shared_mutex mu;
  Map entries;
  Map users;  // key: user_key(customer, user)

  GateDecision check(std::string_view customer, std::string_view user) const {
    std::shared_lock<std::shared_mutex> lock(mu);
    auto it = entries.find(customer);
    if (it != entries.end() && !it->second.allowed) return it->second;
    if (!user.empty() && !users.empty()) {
      auto u = users.find(user_key(customer, user));
      if (u != users.end()) return u->second;
    }
    return it == entries.end() ? GateDecision{} : it->second;
  }
};

class EnforcementGate final : public CustomerGate {
 public:
  explicit EnforcementGate(std::shared_ptr<const GateState> state) : state_(std::move(state)) {}
  std::optional<std::string> admit(const CheckContext& ctx, Direction) const override {
    if (ctx.customer.empty()) return std::nullopt;
    GateDecision g = state_->check(ctx.customer, ctx.user);
    if (g.allowed) return std::nullopt;
    return std::move(g.reason);
  }

 private:
  std::shared_ptr<const GateState> state_;
};

}  // namespace detail

}  // namespace abusemon
