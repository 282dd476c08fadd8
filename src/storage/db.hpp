// Private: the storage layer shared by the review store and enforcement. One interface (Db, Stmt,
// Tx, ReadTx; migrations per component: schema.hpp) over two backends chosen by the store's
// location:
//   - a plain path or `sqlite:///abs/path` (`sqlite://rel/path`): SQLite, embedded (sqlite_db.cpp);
//   - `postgresql://...` or `postgres://...`: PostgreSQL through libpq (pg_db.cpp).
// SQL is written once in the common dialect: `?` / `?N` placeholders (PostgreSQL gets `$N`),
// `INSERT ... ON CONFLICT`, `RETURNING id`, the reserved word "user" quoted. Every failure becomes
// abusemon::error with a status that says what the caller can do about it (another writer holds
// the lock or the server is gone -> unavailable, corrupt/not a database -> format, cannot open ->
// io, constraint -> state).
#pragma once

#include <abusemon/error.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace abusemon::detail::sql {

enum class Dialect { sqlite, postgres };

/// True for `postgresql://` and `postgres://` locations.
bool is_postgres_url(std::string_view location) noexcept;
/// The location fit for messages: a PostgreSQL URL without its password.
std::string redact(std::string_view location);

/// One backend statement (see Stmt for the contract).
class StmtImpl {
 public:
  virtual ~StmtImpl() = default;
  virtual void bind_i64(int i, std::int64_t v) = 0;
  virtual void bind_f64(int i, double v) = 0;
  virtual void bind_text(int i, std::string_view v) = 0;
  virtual void bind_blob(int i, std::string_view v) = 0;
  virtual void bind_null(int i) = 0;
  virtual bool step() = 0;
  virtual void reset() = 0;
  virtual std::int64_t changes() const = 0;
  virtual bool is_null(int c) const = 0;
  virtual std::int64_t i64(int c) const = 0;
  virtual double f64(int c) const = 0;
  virtual std::string text(int c) const = 0;
  virtual std::string blob(int c) const = 0;
};

/// One open connection. SQLite: WAL, synchronous=FULL, foreign keys, secure_delete (purged
/// content is overwritten on disk), a busy timeout. PostgreSQL: one libpq connection that
/// reconnects on the next call after the server went away.
class Db {
 public:
  virtual ~Db() = default;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  virtual Dialect dialect() const noexcept = 0;
  /// Runs SQL without parameters (may hold several statements).
  virtual void exec(const char* sql) = 0;
  virtual std::unique_ptr<StmtImpl> prepare(const char* sql) = 0;
  /// Starts a write transaction that holds the store's single writer lock until it ends, so
  /// that writers on every host are serialised (SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN and
  /// pg_advisory_xact_lock). The audit chain therefore has one head and never forks.
  virtual void begin_write() = 0;
  /// Starts a read-only transaction on one consistent snapshot.
  virtual void begin_read() = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
  /// Queues a notification on `channel`, sent when the current transaction commits (PostgreSQL
  /// NOTIFY); SQLite has no other process to tell (replicas poll).
  virtual void notify(const char* channel, std::string_view payload) = 0;
  /// "ok", or what the backend's integrity check found.
  virtual std::string integrity_check() = 0;
  /// After a purge: makes deleted content unrecoverable from the backend's logs where the
  /// backend can (SQLite: TRUNCATE checkpoint of the WAL). Returns the log frames that still hold
  /// old pages (0 = none).
  virtual std::int64_t checkpoint() = 0;
  /// The store's location, fit for messages (no password).
  const std::string& location() const noexcept { return location_; }

 protected:
  explicit Db(std::string location) : location_(std::move(location)) {}

 private:
  std::string location_;
};

/// Opens the store at `location` (a path or a URL, see above).
std::unique_ptr<Db> open(const std::string& location, int busy_timeout_ms);
std::unique_ptr<Db> open_sqlite(const std::string& path, int busy_timeout_ms);
std::unique_ptr<Db> open_postgres(const std::string& url, int busy_timeout_ms);

/// A prepared statement. bind() is 1-based; column accessors are 0-based.
class Stmt {
 public:
  Stmt(Db& db, const char* sql) : impl_(db.prepare(sql)) {}
  Stmt(Db& db, const std::string& sql) : Stmt(db, sql.c_str()) {}

  Stmt& bind(int i, std::int64_t v) {
    impl_->bind_i64(i, v);
    return *this;
  }
  Stmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Stmt& bind(int i, double v) {
    impl_->bind_f64(i, v);
    return *this;
  }
  Stmt& bind_text(int i, std::string_view v) {
    impl_->bind_text(i, v);
    return *this;
  }
  Stmt& bind_blob(int i, std::string_view v) {
    impl_->bind_blob(i, v);
    return *this;
  }
  Stmt& bind_null(int i) {
    impl_->bind_null(i);
    return *this;
  }
  /// Binds NULL for nullopt.
  Stmt& bind_opt(int i, const std::optional<std::int64_t>& v) {
    return v ? bind(i, *v) : bind_null(i);
  }

  /// Steps once: true if a row is available, false when done.
  bool step() { return impl_->step(); }
  /// Steps to completion (for statements without rows).
  void run() {
    while (step()) {
    }
  }
  /// For `INSERT ... RETURNING id`: runs it and returns the id.
  std::int64_t insert_id() {
    if (!step()) throw error(status::internal, "INSERT ... RETURNING returned no row");
    const std::int64_t id = i64(0);
    run();
    return id;
  }
  /// Clears the result and the bindings, for another run.
  void reset() { impl_->reset(); }
  /// Rows changed by the last run.
  std::int64_t changes() const { return impl_->changes(); }

  bool is_null(int c) const { return impl_->is_null(c); }
  std::int64_t i64(int c) const { return impl_->i64(c); }
  double f64(int c) const { return impl_->f64(c); }
  std::string text(int c) const { return impl_->text(c); }
  std::string blob(int c) const { return impl_->blob(c); }
  std::optional<std::int64_t> opt_i64(int c) const {
    if (is_null(c)) return std::nullopt;
    return i64(c);
  }

 private:
  std::unique_ptr<StmtImpl> impl_;
};

/// A write transaction (Db::begin_write), rolled back on destruction unless committed.
class Tx {
 public:
  explicit Tx(Db& db) : db_(db) { db_.begin_write(); }
  ~Tx() {
    if (!done_) db_.rollback();
  }
  Tx(const Tx&) = delete;
  Tx& operator=(const Tx&) = delete;
  void commit() {
    db_.commit();
    done_ = true;
  }

 private:
  Db& db_;
  bool done_ = false;
};

/// A read transaction on one snapshot (Db::begin_read), ended on destruction.
class ReadTx {
 public:
  explicit ReadTx(Db& db) : db_(db) { db_.begin_read(); }
  ~ReadTx() { db_.rollback(); }
  ReadTx(const ReadTx&) = delete;
  ReadTx& operator=(const ReadTx&) = delete;

 private:
  Db& db_;
};

}  // namespace abusemon::detail::sql
