// Private (review): the review component's schema, registered with the storage layer.
#pragma once

#include "storage/schema.hpp"

namespace abusemon::detail {

/// The component's name in schema_versions.
inline constexpr const char* kReviewComponent = "review";

/// Review's migrations (versions 1..N), applied by ReviewStoreImpl when it opens a store.
const sql::SchemaComponent& review_schema() noexcept;

}  // namespace abusemon::detail
