// Private (storage layer): the schema of the store file that review and enforcement share (one file
// holds review items, grants, decisions, the audit chain and enforcement state). Append-only:
// a released migration is never edited; changes go into a new one.
#pragma once

#include "storage/db.hpp"

#include <cstddef>

namespace abusemon::detail {

/// All migrations, ascending by version.
const sql::Migration* store_migrations(std::size_t& count) noexcept;

}  // namespace abusemon::detail
