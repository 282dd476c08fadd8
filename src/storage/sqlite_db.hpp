// Private: a thin RAII layer over the SQLite C API, shared by the review and enforcement stores.
// Every failure becomes abusemon::error with a status that says what the caller can do about it
// (busy -> unavailable, corrupt/not a database -> format, cannot open -> io).
#pragma once

#include <abusemon/error.hpp>

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace abusemon::detail::sql {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what);

/// One open connection, configured for durability: WAL, synchronous=FULL, foreign keys,
/// secure_delete (purged content is overwritten on disk), a busy timeout.
class Db {
 public:
  Db(const std::string& path, int busy_timeout_ms);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  sqlite3* get() const noexcept { return db_; }
  void exec(const char* sql);
  std::int64_t last_insert_id() const noexcept { return sqlite3_last_insert_rowid(db_); }
  int changes() const noexcept { return sqlite3_changes(db_); }

 private:
  sqlite3* db_ = nullptr;
};

/// A prepared statement. bind() is 1-based; column accessors are 0-based.
class Stmt {
 public:
  Stmt(Db& db, const char* sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int i, std::int64_t v);
  Stmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Stmt& bind(int i, double v);
  Stmt& bind_text(int i, std::string_view v);
  Stmt& bind_blob(int i, std::string_view v);
  Stmt& bind_null(int i);
  /// Binds NULL for nullopt.
  Stmt& bind_opt(int i, const std::optional<std::int64_t>& v);

  /// Steps once: true if a row is available, false when done.
  bool step();
  /// Steps to completion (for statements without rows).
  void run();
  void reset();

  bool is_null(int c) const;
  std::int64_t i64(int c) const;
  double f64(int c) const;
  std::string text(int c) const;
  std::string blob(int c) const;
  std::optional<std::int64_t> opt_i64(int c) const;

 private:
  Db& db_;
  sqlite3_stmt* st_ = nullptr;
};

/// BEGIN IMMEDIATE ... COMMIT, rolled back on destruction unless committed. IMMEDIATE takes the
/// write lock up front, so two writers never deadlock on a lock upgrade.
class Tx {
 public:
  explicit Tx(Db& db);
  ~Tx();
  Tx(const Tx&) = delete;
  Tx& operator=(const Tx&) = delete;
  void commit();

 private:
  Db& db_;
  bool done_ = false;
};

/// A migration: one schema step, applied inside a transaction and recorded in schema_migrations.
struct Migration {
  int version;
  const char* description;
  const char* sql;
};

/// Applies every migration whose version is above the file's; returns the resulting version.
/// error(format) if the file has a version this build does not know (a newer abusemon).
int migrate(Db& db, const Migration* migrations, std::size_t count, std::int64_t now_ms);

}  // namespace abusemon::detail::sql
