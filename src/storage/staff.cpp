#include "storage/staff.hpp"

namespace abusemon::detail {

std::optional<Principal> find_principal(sql::Db& db, const std::string& id) {
  sql::Stmt s(db, "SELECT id, role, region, active FROM principals WHERE id = ?");
  s.bind_text(1, id);
  if (!s.step()) return std::nullopt;
  return Principal{s.text(0), static_cast<Role>(s.i64(1)), s.text(2), s.i64(3) != 0};
}

std::string staff_refusal(sql::Db& db, const std::string& id, Role role) {
  const auto p = find_principal(db, id);
  if (!p) return "unknown principal '" + id + "' (staff actions need a review-store principal)";
  if (!p->active) return "principal '" + id + "' is disabled";
  if (role == Role::manager && p->role != Role::manager) {
    return "'" + id + "' is not a manager";
  }
  return {};
}

}  // namespace abusemon::detail
