// Private: the schema of the review database file, shared with the enforcement store (one file
// holds review items, grants, decisions, the audit chain and enforcement state). Append-only:
// a released migration is never edited; changes go into a new one.
#pragma once

#include "review/sqlite_db.hpp"

#include <cstddef>

namespace abusemon::detail {

/// All migrations, ascending by version.
const sql::Migration* store_migrations(std::size_t& count) noexcept;

}  // namespace abusemon::detail
