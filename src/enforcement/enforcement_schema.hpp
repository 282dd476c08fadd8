// Private (enforcement): the enforcement component's schema, registered with the storage layer.
#pragma once

#include "storage/schema.hpp"

namespace abusemon::detail {

/// The component's name in schema_versions.
inline constexpr const char* kEnforcementComponent = "enforcement";

/// Enforcement's migrations (versions 1..N), applied by EnforcementImpl when it opens a store,
/// after the review store has applied review's (enforcement declares review as `after`).
const sql::SchemaComponent& enforcement_schema() noexcept;

}  // namespace abusemon::detail
