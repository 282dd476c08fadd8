// The review store: enum names, opening (schema, encryption), principals. Access and grants:
// review_access.cpp; items and decisions: review_items.cpp; audit and retention:
// review_audit.cpp.
#include "core/enum_names.hpp"
#include "review/review_internal.hpp"

namespace abusemon {

using detail::Denied;
using detail::require_text;
using detail::sql::Stmt;
using detail::sql::Tx;
namespace crypto = detail::crypto;

namespace {

constexpr detail::EnumNames<Role, 2> kRoleNames{{"reviewer", "manager"}};
constexpr detail::EnumNames<ReviewStatus, 5> kStatusNames{
    {"pending", "confirmed", "corrected", "dismissed", "expired"}};
constexpr detail::EnumNames<DecisionKind, 3> kKindNames{{"confirm", "correct", "dismiss"}};
constexpr detail::EnumNames<GrantState, 4> kGrantNames{{"pending", "active", "expired", "revoked"}};

}  // namespace

std::string_view to_string(Role r) noexcept {
  return kRoleNames.name(r);
}
std::string_view to_string(ReviewStatus s) noexcept {
  return kStatusNames.name(s);
}
std::string_view to_string(DecisionKind k) noexcept {
  return kKindNames.name(k);
}
std::string_view to_string(GrantState s) noexcept {
  return kGrantNames.name(s);
}
std::optional<Role> parse_role(std::string_view n) noexcept {
  return kRoleNames.parse(n);
}
std::optional<ReviewStatus> parse_review_status(std::string_view n) noexcept {
  return kStatusNames.parse(n);
}
std::optional<DecisionKind> parse_decision_kind(std::string_view n) noexcept {
  return kKindNames.parse(n);
}

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
  for (std::string_view reserved : detail::kReservedActors) {
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
  if (s.changes() == 0) throw error(status::not_found, "unknown principal '" + id + "'");
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

bool ReviewStore::integrity_check() const {
  std::lock_guard<std::mutex> g(impl_->mu);
  return impl_->db->integrity_check() == "ok";
}

}  // namespace abusemon
