// Private (storage layer): schema migrations per component. One store (a SQLite file or a
// PostgreSQL schema) holds the tables of several components — review (items, grants, decisions,
// the audit chain) and enforcement (standings, outbox, ...). Each component owns an append-only
// list of migrations, versioned on its own from 1, and registers it by calling migrate() when it
// opens the store; the store records one version per component in
// `schema_versions(component, version)`. A released migration is never edited; a change goes into
// a new one at the end of its component's list.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "storage/db.hpp"

namespace abusemon::detail::sql {

/// One schema step, applied inside the write transaction of migrate(). `sql` is written for
/// SQLite and translated word by word for PostgreSQL (postgres_ddl); `postgres`, when set, is the
/// step for PostgreSQL instead.
struct Migration {
  int version;
  const char* description;
  const char* sql;
  const char* postgres = nullptr;
};

/// A component's schema: its name (the key in schema_versions), its migrations ascending from
/// version 1 without gaps, and the component whose tables it needs (`after`, at `after_version`
/// at least; null = none), which must have been migrated first.
struct SchemaComponent {
  const char* name;
  const Migration* migrations;
  std::size_t count;
  const char* after = nullptr;
  int after_version = 0;
};

/// Applies the component's migrations above its recorded version, under the store's writer lock
/// (one write transaction), and returns the resulting version. A store of the older layout (one
/// version sequence for every table in `schema_migrations`) is first converted in place.
/// error(format) if the store records a version this build does not know (a newer abusemon);
/// error(state) if the component it needs (`after`) is missing or older. `from`, when given,
/// receives the version before (0 = the component's tables were created now).
int migrate(Db& db, const SchemaComponent& component, std::int64_t now_ms, int* from = nullptr);

/// The component's recorded version; 0 = its tables are not in the store. Inside a transaction.
int component_version(Db& db, std::string_view component);

/// A migration written for SQLite in PostgreSQL's types.
std::string postgres_ddl(std::string_view sql);

/// The highest version of the older single sequence (`schema_migrations`), and the row that
/// marks a store converted to per-component versions: abusemon releases that know only the
/// single sequence refuse such a store as newer than they support.
inline constexpr int kLegacyVersions = 5;
inline constexpr int kLegacyMarker = 1000;

}  // namespace abusemon::detail::sql
