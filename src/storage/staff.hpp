// Private (storage layer): the principals of the store file, for the review store's access checks
// and for the staff actions of enforcement (reinstatements, appeals, unblocking end users), so
// that both authorise against the same people.
#pragma once

#include <abusemon/review.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "storage/db.hpp"

namespace abusemon::detail {

/// The audit log's own actors (the store, automatic pre-review, the administrative API,
/// enforcement's policy, a customer filing an appeal): no principal may be named like them.
inline constexpr std::string_view kReservedActors[] = {"admin", "auto", "system", "policy",
                                                       "customer"};

/// The principal `id` (nullopt when unknown).
std::optional<Principal> find_principal(sql::Db& db, const std::string& id);
/// Why `id` may not act as staff with at least `role` (reviewer: any role); empty when it may:
/// an existing, enabled principal with that role.
std::string staff_refusal(sql::Db& db, const std::string& id, Role role);

}  // namespace abusemon::detail
