// The review store: just-in-time access (grant requests, approval by another manager,
// revocation, the grant limit) and opening content under a grant.
#include "review/review_internal.hpp"

namespace abusemon {

using detail::Denied;
using detail::require_text;
using detail::sql::Stmt;
using detail::sql::Tx;
namespace crypto = detail::crypto;

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
         "VALUES(?,?,?,?,?,?) RETURNING id");
  s.bind_text(1, requester).bind_text(2, region).bind_text(3, req.queue);
  s.bind_text(4, req.reason).bind(5, impl_->now()).bind(6, req.duration_ms);
  const std::int64_t id = s.insert_id();
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

}  // namespace abusemon
