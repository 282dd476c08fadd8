// The SQLite backend of the storage layer (db.hpp): the embedded default.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>

#include "storage/db.hpp"

namespace abusemon::detail::sql {

namespace {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what) {
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

class SqliteStmt final : public StmtImpl {
 public:
  SqliteStmt(sqlite3* db, const char* sql) : db_(db) {
    int rc = sqlite3_prepare_v2(db, sql, -1, &st_, nullptr);
    if (rc != SQLITE_OK) fail(db, rc, "sqlite prepare");
  }
  ~SqliteStmt() override { sqlite3_finalize(st_); }
  SqliteStmt(const SqliteStmt&) = delete;
  SqliteStmt& operator=(const SqliteStmt&) = delete;

  void bind_i64(int i, std::int64_t v) override { check(sqlite3_bind_int64(st_, i, v)); }
  void bind_f64(int i, double v) override { check(sqlite3_bind_double(st_, i, v)); }
  void bind_text(int i, std::string_view v) override {
    check(sqlite3_bind_text64(st_, i, v.data() != nullptr ? v.data() : "", v.size(),
                              SQLITE_TRANSIENT, SQLITE_UTF8));
  }
  void bind_blob(int i, std::string_view v) override {
    check(sqlite3_bind_blob64(st_, i, v.data() != nullptr ? v.data() : "", v.size(),
                              SQLITE_TRANSIENT));
  }
  void bind_null(int i) override { check(sqlite3_bind_null(st_, i)); }

  bool step() override {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) {
      changes_ = sqlite3_changes(db_);
      return false;
    }
    // The statement's text (never the bound values) tells which step of which operation failed.
    const char* sql = sqlite3_sql(st_);
    fail(db_, rc, "sqlite step (" + std::string(sql != nullptr ? sql : "?").substr(0, 60) + ")");
  }
  void reset() override {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  std::int64_t changes() const override { return changes_; }

  bool is_null(int c) const override { return sqlite3_column_type(st_, c) == SQLITE_NULL; }
  std::int64_t i64(int c) const override { return sqlite3_column_int64(st_, c); }
  double f64(int c) const override { return sqlite3_column_double(st_, c); }
  std::string text(int c) const override {
    const auto* p = sqlite3_column_text(st_, c);
    int n = sqlite3_column_bytes(st_, c);
    return p != nullptr ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n))
                        : std::string();
  }
  std::string blob(int c) const override {
    const void* p = sqlite3_column_blob(st_, c);
    int n = sqlite3_column_bytes(st_, c);
    return p != nullptr ? std::string(static_cast<const char*>(p), static_cast<size_t>(n))
                        : std::string();
  }

 private:
  void check(int rc) const {
    if (rc != SQLITE_OK) fail(db_, rc, "sqlite bind");
  }
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
  std::int64_t changes_ = 0;
};

class SqliteDb final : public Db {
 public:
  SqliteDb(const std::string& path, int busy_timeout_ms) : Db(path) {
    int rc = sqlite3_open_v2(path.c_str(), &db_,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                             nullptr);
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
      if (!enable_wal(busy_timeout_ms)) {
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
  ~SqliteDb() override { sqlite3_close(db_); }

  // Switching a new file to WAL needs an exclusive lock, and SQLite answers SQLITE_BUSY at once
  // (without its busy handler) while another connection opens the same new file: several
  // replicas starting together on a fresh store. Retried within the busy timeout.
  bool enable_wal(int busy_timeout_ms) {
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(busy_timeout_ms, 0));
    for (int attempt = 0;; ++attempt) {
      try {
        SqliteStmt wal(db_, "PRAGMA journal_mode=WAL");
        return wal.step() && wal.text(0) == "wal";
      } catch (const error& e) {
        if (e.code() != status::unavailable || std::chrono::steady_clock::now() >= deadline) throw;
      }
      std::this_thread::sleep_for(
          std::chrono::milliseconds(std::min(1 << std::min(attempt, 4), 10)));
    }
  }

  Dialect dialect() const noexcept override { return Dialect::sqlite; }

  void exec(const char* sql) override {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      std::string msg = err != nullptr ? err : sqlite3_errstr(rc);
      sqlite3_free(err);
      fail(nullptr, rc, "sqlite: " + msg);
    }
  }
  std::unique_ptr<StmtImpl> prepare(const char* sql) override {
    return std::make_unique<SqliteStmt>(db_, sql);
  }
  // IMMEDIATE takes the write lock up front, so two writers never deadlock on a lock upgrade.
  void begin_write() override { exec("BEGIN IMMEDIATE"); }
  void begin_read() override { exec("BEGIN"); }
  void commit() override { exec("COMMIT"); }
  void rollback() noexcept override { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }
  void notify(const char*, std::string_view) override {}

  std::string integrity_check() override {
    SqliteStmt s(db_, "PRAGMA integrity_check");
    std::string out;
    while (s.step()) {
      if (!out.empty()) out += "; ";
      out += s.text(0);
    }
    return out;
  }

  // Old page images of purged rows live on in the WAL until a checkpoint copies it back and
  // truncates it. A reader holding an old snapshot prevents that (after the busy timeout).
  std::int64_t checkpoint() override {
    int log = 0;
    int done = 0;
    const int rc = sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log, &done);
    if (rc == SQLITE_OK) return 0;
    return log > 0 ? log : 1;
  }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace

std::unique_ptr<Db> open_sqlite(const std::string& path, int busy_timeout_ms) {
  return std::make_unique<SqliteDb>(path, busy_timeout_ms);
}

}  // namespace abusemon::detail::sql
