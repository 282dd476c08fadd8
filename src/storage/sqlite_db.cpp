#include "storage/sqlite_db.hpp"

#include <string>

namespace abusemon::detail::sql {

void fail(sqlite3* db, int rc, std::string_view what) {
  std::string msg(what);
  msg += ": ";
  msg += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw error(status::unavailable, msg + " (database is locked by another writer)");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      throw error(status::format, msg);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      throw error(status::io, msg);
    case SQLITE_NOMEM:
      throw error(status::out_of_memory, msg);
    case SQLITE_CONSTRAINT:
      throw error(status::state, msg);
    default:
      throw error(status::internal, msg);
  }
}

Db::Db(const std::string& path, int busy_timeout_ms) {
  int rc =
      sqlite3_open_v2(path.c_str(), &db_,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = "cannot open database '" + path + "'";
    std::string detail = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw error(status::io, msg + ": " + detail);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, busy_timeout_ms);
  try {
    // journal_mode returns a row; a file that is not a database fails here with SQLITE_NOTADB.
    Stmt wal(*this, "PRAGMA journal_mode=WAL");
    if (!wal.step() || wal.text(0) != "wal") {
      throw error(status::io, "cannot enable WAL journal on '" + path + "'");
    }
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA foreign_keys=ON");
    exec("PRAGMA secure_delete=ON");
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

Db::~Db() {
  sqlite3_close(db_);
}

void Db::exec(const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err != nullptr ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    fail(nullptr, rc, "sqlite: " + msg);
  }
}

Stmt::Stmt(Db& db, const char* sql) : db_(db) {
  int rc = sqlite3_prepare_v2(db.get(), sql, -1, &st_, nullptr);
  if (rc != SQLITE_OK) fail(db.get(), rc, "sqlite prepare");
}

Stmt::~Stmt() {
  sqlite3_finalize(st_);
}

Stmt& Stmt::bind(int i, std::int64_t v) {
  int rc = sqlite3_bind_int64(st_, i, v);
  if (rc != SQLITE_OK) fail(db_.get(), rc, "sqlite bind");
  return *this;
}

Stmt& Stmt::bind(int i, double v) {
  int rc = sqlite3_bind_double(st_, i, v);
  if (rc != SQLITE_OK) fail(db_.get(), rc, "sqlite bind");
  return *this;
}

Stmt& Stmt::bind_text(int i, std::string_view v) {
  int rc = sqlite3_bind_text64(st_, i, v.data() != nullptr ? v.data() : "", v.size(),
                               SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) fail(db_.get(), rc, "sqlite bind");
  return *this;
}

Stmt& Stmt::bind_blob(int i, std::string_view v) {
  int rc =
      sqlite3_bind_blob64(st_, i, v.data() != nullptr ? v.data() : "", v.size(), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) fail(db_.get(), rc, "sqlite bind");
  return *this;
}

Stmt& Stmt::bind_null(int i) {
  int rc = sqlite3_bind_null(st_, i);
  if (rc != SQLITE_OK) fail(db_.get(), rc, "sqlite bind");
  return *this;
}

Stmt& Stmt::bind_opt(int i, const std::optional<std::int64_t>& v) {
  return v ? bind(i, *v) : bind_null(i);
}

bool Stmt::step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(db_.get(), rc, "sqlite step");
}

void Stmt::run() {
  while (step()) {
  }
}

void Stmt::reset() {
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
}

bool Stmt::is_null(int c) const {
  return sqlite3_column_type(st_, c) == SQLITE_NULL;
}
std::int64_t Stmt::i64(int c) const {
  return sqlite3_column_int64(st_, c);
}
double Stmt::f64(int c) const {
  return sqlite3_column_double(st_, c);
}

std::string Stmt::text(int c) const {
  const auto* p = sqlite3_column_text(st_, c);
  int n = sqlite3_column_bytes(st_, c);
  return p != nullptr ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n))
                      : std::string();
}

std::string Stmt::blob(int c) const {
  const void* p = sqlite3_column_blob(st_, c);
  int n = sqlite3_column_bytes(st_, c);
  return p != nullptr ? std::string(static_cast<const char*>(p), static_cast<size_t>(n))
                      : std::string();
}

std::optional<std::int64_t> Stmt::opt_i64(int c) const {
  if (is_null(c)) return std::nullopt;
  return i64(c);
}

Tx::Tx(Db& db) : db_(db) {
  db_.exec("BEGIN IMMEDIATE");
}

Tx::~Tx() {
  if (!done_) sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Tx::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

int migrate(Db& db, const Migration* migrations, std::size_t count, std::int64_t now_ms) {
  Tx tx(db);
  db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations("
      " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_ms INTEGER NOT NULL)");
  std::int64_t current = 0;
  {
    Stmt s(db, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    if (s.step()) current = s.i64(0);
  }
  const std::int64_t known = count == 0 ? 0 : migrations[count - 1].version;
  if (current > known) {
    throw error(status::format, "database schema version " + std::to_string(current) +
                                    " is newer than this abusemon supports (" +
                                    std::to_string(known) + ")");
  }
  for (std::size_t i = 0; i < count; ++i) {
    const Migration& m = migrations[i];
    if (m.version <= current) continue;
    db.exec(m.sql);
    Stmt rec(db, "INSERT INTO schema_migrations(version, description, applied_ms) VALUES(?,?,?)");
    rec.bind(1, m.version).bind_text(2, m.description).bind(3, now_ms).run();
    current = m.version;
  }
  tx.commit();
  return static_cast<int>(current);
}

}  // namespace abusemon::detail::sql
