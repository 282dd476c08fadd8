// The PostgreSQL backend of the storage layer (db.hpp), through libpq: for a fleet of replicas on
// several hosts that share one review store and enforcement state.
//
// - Writers are serialised in the database: every write transaction first takes one
//   transaction-scoped advisory lock (kWriterLock), so hosts append to one audit chain in turn,
//   exactly as SQLite's single writer does; readers never wait.
// - Placeholders `?` / `?N` become `$N` once, when a statement is prepared.
// - A connection that broke (server restarted, network) fails the call in progress with
//   error(unavailable) and is re-established on the next call outside a transaction.
#include <libpq-fe.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "storage/db.hpp"
#include "storage/pg_listen.hpp"

namespace abusemon::detail::sql {

namespace {

// The advisory lock every writer of a store takes: class "abus" (ASCII), and the store's schema,
// so that stores in other schemas of the database (?schema=) do not wait for each other.
constexpr const char* kWriterLock =
    "SELECT pg_advisory_xact_lock(1633842547, hashtext(current_schema()))";
constexpr Oid kByteaOid = 17;

struct ResultDeleter {
  void operator()(PGresult* r) const noexcept { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

void ignore_notice(void*, const char*) {}

[[noreturn]] void fail(PGconn* conn, const PGresult* res, std::string_view what,
                       const std::string& where) {
  std::string msg = std::string(what) + " (" + where + "): ";
  const char* m = res != nullptr ? PQresultErrorMessage(res) : nullptr;
  if (m == nullptr || *m == '\0') m = conn != nullptr ? PQerrorMessage(conn) : "no connection";
  msg += m;
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
    throw error(status::unavailable, msg + " (PostgreSQL unreachable; retried on the next call)");
  }
  const char* state = res != nullptr ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  const std::string s = state != nullptr ? state : "";
  const std::string cls = s.substr(0, 2);
  if (cls == "08" || cls == "57" || cls == "40" || s == "55P03" || s == "53300") {
    throw error(status::unavailable, msg);  // connection, shutdown, serialization, lock timeout
  }
  if (cls == "23") throw error(status::state, msg);
  if (cls == "53") throw error(status::io, msg);
  if (cls == "28" || s == "42501") throw error(status::permission_denied, msg);
  if (cls == "22") throw error(status::format, msg);
  throw error(status::internal, msg);
}

/// `?` -> `$k` (k counting), `?N` -> `$N`; string literals and quoted identifiers untouched.
std::string translate(const char* sql) {
  std::string out;
  int next = 0;
  char quote = 0;
  for (const char* p = sql; *p != '\0'; ++p) {
    const char c = *p;
    if (quote != 0) {
      out += c;
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$';
      if (p[1] >= '0' && p[1] <= '9') {
        while (p[1] >= '0' && p[1] <= '9') out += *++p;
      } else {
        out += std::to_string(++next);
      }
    } else {
      out += c;
    }
  }
  return out;
}

bool valid_schema(std::string_view s) {
  if (s.empty() || s.size() > 63 || (s[0] >= '0' && s[0] <= '9')) return false;
  if (s.rfind("pg_", 0) == 0) return false;  // reserved for the system
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

// The URL libpq gets and the store's schema: abusemon's own query parameter `schema=NAME` (several
// stores in one database; created when missing) is taken out, libpq would refuse it.
struct Target {
  std::string url;
  std::string schema;
};

Target parse_target(const std::string& url) {
  Target t{url, {}};
  const std::size_t q = url.find('?');
  if (q == std::string::npos) return t;
  std::string rest;
  std::size_t i = q + 1;
  while (i <= url.size()) {
    std::size_t end = url.find('&', i);
    if (end == std::string::npos) end = url.size();
    const std::string param = url.substr(i, end - i);
    if (param.rfind("schema=", 0) == 0) {
      t.schema = param.substr(7);
      if (!valid_schema(t.schema)) {
        throw std::invalid_argument(
            "store URL: schema must be 1-63 of [a-z0-9_], not starting "
            "with a digit or pg_");
      }
    } else if (!param.empty()) {
      rest += (rest.empty() ? "" : "&") + param;
    }
    i = end + 1;
  }
  t.url = url.substr(0, q) + (rest.empty() ? "" : "?" + rest);
  return t;
}

class PgDb;

class PgStmt final : public StmtImpl {
 public:
  PgStmt(PgDb& db, const char* sql) : db_(db), sql_(translate(sql)) {}

  void bind_i64(int i, std::int64_t v) override { set(i, std::to_string(v), 0); }
  void bind_f64(int i, double v) override {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    set(i, buf, 0);
  }
  // PostgreSQL text holds no NUL byte (libpq would cut the value there) and only valid UTF-8 (the
  // server refuses the rest: status::format). Content and verdicts are BYTEA: any bytes.
  void bind_text(int i, std::string_view v) override {
    if (v.find('\0') != std::string_view::npos) {
      throw std::invalid_argument("a text value holds a NUL byte, which PostgreSQL cannot store");
    }
    set(i, std::string(v), 0);
  }
  void bind_blob(int i, std::string_view v) override { set(i, std::string(v), 1); }
  void bind_null(int i) override {
    slot(i);
    values_[static_cast<std::size_t>(i - 1)].reset();
  }

  bool step() override;
  void reset() override {
    res_.reset();
    row_ = -1;
    values_.clear();
    formats_.clear();
  }
  std::int64_t changes() const override { return changes_; }

  bool is_null(int c) const override { return PQgetisnull(res_.get(), row_, c) != 0; }
  std::int64_t i64(int c) const override {
    return std::strtoll(PQgetvalue(res_.get(), row_, c), nullptr, 10);
  }
  double f64(int c) const override { return std::strtod(PQgetvalue(res_.get(), row_, c), nullptr); }
  std::string text(int c) const override { return blob(c); }
  std::string blob(int c) const override {
    if (is_null(c)) return {};
    const char* v = PQgetvalue(res_.get(), row_, c);
    if (PQftype(res_.get(), c) != kByteaOid) {
      return std::string(v, static_cast<std::size_t>(PQgetlength(res_.get(), row_, c)));
    }
    std::size_t n = 0;
    unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(v), &n);
    if (raw == nullptr) throw error(status::out_of_memory, "cannot decode a bytea value");
    std::string out(reinterpret_cast<const char*>(raw), n);
    PQfreemem(raw);
    return out;
  }

 private:
  void slot(int i) {
    if (i < 1 || i > 1000) throw error(status::internal, "bind index out of range");
    if (values_.size() < static_cast<std::size_t>(i)) {
      values_.resize(static_cast<std::size_t>(i));
      formats_.resize(static_cast<std::size_t>(i), 0);
    }
  }
  void set(int i, std::string v, int format) {
    slot(i);
    values_[static_cast<std::size_t>(i - 1)] = std::move(v);
    formats_[static_cast<std::size_t>(i - 1)] = format;
  }

  PgDb& db_;
  std::string sql_;
  std::vector<std::optional<std::string>> values_;
  std::vector<int> formats_;
  Result res_;
  int row_ = -1;
  std::int64_t changes_ = 0;
};

class PgDb final : public Db {
 public:
  PgDb(const std::string& url, int busy_timeout_ms)
      : Db(redact(url)), busy_timeout_ms_(busy_timeout_ms) {
    Target t = parse_target(url);
    url_ = std::move(t.url);
    schema_ = std::move(t.schema);
    conn_ = PQconnectdb(url_.c_str());
    if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = conn_ != nullptr ? PQerrorMessage(conn_) : "out of memory";
      while (!msg.empty() && msg.back() == '\n') msg.pop_back();
      PQfinish(conn_);
      conn_ = nullptr;
      throw error(status::unavailable, "cannot connect to PostgreSQL '" + location() + "': " + msg);
    }
    configure();
  }
  ~PgDb() override { PQfinish(conn_); }

  Dialect dialect() const noexcept override { return Dialect::postgres; }

  void exec(const char* sql) override {
    ensure();
    Result r(PQexec(conn_, sql));
    const auto st = r != nullptr ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) fail(conn_, r.get(), "postgres", where());
  }
  std::unique_ptr<StmtImpl> prepare(const char* sql) override {
    return std::make_unique<PgStmt>(*this, sql);
  }
  void begin_write() override {
    exec("BEGIN");
    in_tx_ = true;
    try {
      exec(kWriterLock);
    } catch (...) {
      rollback();  // Tx's destructor does not run when its constructor throws
      throw;
    }
  }
  void begin_read() override {
    exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    in_tx_ = true;
  }
  // Never through exec(): a reconnect there would turn a lost transaction into an empty COMMIT
  // that succeeds. A connection cut during COMMIT reports unavailable; the outcome is then
  // unknown to this call (as with any database), and a retry may write the change twice.
  void commit() override {
    in_tx_ = false;
    if (PQstatus(conn_) != CONNECTION_OK) {
      fail(conn_, nullptr, "postgres connection lost before COMMIT", where());
    }
    Result r(PQexec(conn_, "COMMIT"));
    if (r == nullptr || PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
      fail(conn_, r.get(), "postgres COMMIT", where());
    }
    // COMMIT of a transaction a failed statement aborted rolls back and says so only here.
    if (std::strcmp(PQcmdStatus(r.get()), "ROLLBACK") == 0) {
      throw error(status::internal,
                  "postgres COMMIT rolled back a transaction that had failed (" + where() + ")");
    }
  }
  void rollback() noexcept override {
    in_tx_ = false;
    if (conn_ != nullptr && PQstatus(conn_) == CONNECTION_OK) PQclear(PQexec(conn_, "ROLLBACK"));
  }
  void notify(const char* channel, std::string_view payload) override {
    PgStmt s(*this, "SELECT pg_notify(?, ?)");
    s.bind_text(1, channel);
    s.bind_text(2, payload);
    while (s.step()) {
    }
  }
  std::string integrity_check() override {
    // No cheap whole-database check exists; the server checksums pages if the cluster was
    // initialised with --data-checksums. Here: the connection and the schema answer.
    exec("SELECT 1 FROM schema_versions LIMIT 1");
    return "ok";
  }
  // Purged values are UPDATEd away; their dead tuples stay in the heap (and in WAL segments)
  // until VACUUM reclaims the space. Best effort: vacuum the purged table now.
  std::int64_t checkpoint() override {
    if (in_tx_ || conn_ == nullptr) return 0;
    PQclear(PQexec(conn_, "VACUUM review_items"));
    return 0;
  }

  PGresult* run(const std::string& sql, const std::vector<std::optional<std::string>>& values,
                const std::vector<int>& formats) {
    ensure();
    std::vector<const char*> ptrs(values.size());
    std::vector<int> lengths(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
      ptrs[i] = values[i] ? values[i]->data() : nullptr;
      lengths[i] = values[i] ? static_cast<int>(values[i]->size()) : 0;
    }
    PGresult* r =
        PQexecPrepared(conn_, prepared(sql).c_str(), static_cast<int>(values.size()), ptrs.data(),
                       lengths.data(), formats.empty() ? nullptr : formats.data(), 0);
    const auto st = r != nullptr ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      Result owned(r);
      fail(conn_, owned.get(), "postgres", where());
    }
    return r;
  }

 private:
  std::string where() const { return location(); }

  // Each statement text is parsed and planned once per connection, then executed by name
  // (prepared statements outlive transactions, rolled back or not; a reconnect forgets them).
  const std::string& prepared(const std::string& sql) {
    auto it = prepared_.find(sql);
    if (it != prepared_.end()) return it->second;
    std::string name = "am_" + std::to_string(prepared_.size() + 1);
    Result r(PQprepare(conn_, name.c_str(), sql.c_str(), 0, nullptr));
    if (r == nullptr || PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
      fail(conn_, r.get(), "postgres prepare", where());
    }
    return prepared_.emplace(sql, std::move(name)).first->second;
  }

  void configure() {
    PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
    std::string set = "SET client_encoding = 'UTF8'; SET lock_timeout = " +
                      std::to_string(busy_timeout_ms_ > 0 ? busy_timeout_ms_ : 0);
    Result r(PQexec(conn_, set.c_str()));
    if (r == nullptr || PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
      fail(conn_, r.get(), "postgres session setup", where());
    }
    if (schema_.empty()) return;
    // Two replicas may create it at once: one wins, and the other's error is harmless as long
    // as the schema exists afterwards.
    Result cr(PQexec(conn_, ("CREATE SCHEMA IF NOT EXISTS " + schema_).c_str()));
    if (cr == nullptr || PQresultStatus(cr.get()) != PGRES_COMMAND_OK) {
      const std::string q = "SELECT 1 FROM pg_namespace WHERE nspname = '" + schema_ + "'";
      Result ex(PQexec(conn_, q.c_str()));
      if (ex == nullptr || PQntuples(ex.get()) != 1) {
        fail(conn_, cr.get(), "postgres schema " + schema_, where());
      }
    }
    Result sp(PQexec(conn_, ("SET search_path = " + schema_).c_str()));
    if (sp == nullptr || PQresultStatus(sp.get()) != PGRES_COMMAND_OK) {
      fail(conn_, sp.get(), "postgres schema " + schema_, where());
    }
  }

  // Re-establishes a broken connection between transactions; inside one, the transaction is
  // lost and the caller's rollback ends it.
  void ensure() {
    if (PQstatus(conn_) == CONNECTION_OK) return;
    if (in_tx_) fail(conn_, nullptr, "postgres connection lost in a transaction", where());
    PQreset(conn_);
    prepared_.clear();
    if (PQstatus(conn_) != CONNECTION_OK) fail(conn_, nullptr, "postgres reconnect", where());
    configure();
  }

  std::string url_;
  std::string schema_;
  std::unordered_map<std::string, std::string> prepared_;  // statement text -> name
  int busy_timeout_ms_;
  PGconn* conn_ = nullptr;
  bool in_tx_ = false;
};

bool PgStmt::step() {
  if (!res_) {
    res_.reset(db_.run(sql_, values_, formats_));
    row_ = -1;
    const char* n = PQcmdTuples(res_.get());
    changes_ = n != nullptr && *n != '\0' ? std::strtoll(n, nullptr, 10) : 0;
  }
  if (PQresultStatus(res_.get()) != PGRES_TUPLES_OK) return false;
  if (row_ + 1 >= PQntuples(res_.get())) return false;
  ++row_;
  return true;
}

}  // namespace

std::unique_ptr<Db> open_postgres(const std::string& url, int busy_timeout_ms) {
  return std::make_unique<PgDb>(url, busy_timeout_ms);
}

// ----- LISTEN -----

Listener::Listener(const std::string& url, std::string channel, std::string payload)
    : url_(parse_target(url).url), channel_(std::move(channel)), payload_(std::move(payload)) {
  wake_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (wake_ < 0) throw error(status::io, std::string("eventfd: ") + std::strerror(errno));
  connect();
}

Listener::~Listener() {
  PQfinish(conn_);
  if (wake_ >= 0) ::close(wake_);
}

bool Listener::connect() {
  if (conn_ == nullptr) {
    conn_ = PQconnectdb(url_.c_str());
  } else {
    PQreset(conn_);
  }
  if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) return false;
  PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
  const std::string sql = "LISTEN " + channel_;
  Result r(PQexec(conn_, sql.c_str()));
  return r != nullptr && PQresultStatus(r.get()) == PGRES_COMMAND_OK;
}

void Listener::interrupt() noexcept {
  const std::uint64_t one = 1;
  [[maybe_unused]] auto n = ::write(wake_, &one, sizeof one);
}

Listener::Wake Listener::wait(int timeout_ms) {
  if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
    // Reconnected: notifications sent meanwhile are lost, so the caller reloads.
    if (connect()) return Wake::notified;
    pollfd w{wake_, POLLIN, 0};
    ::poll(&w, 1, timeout_ms);
    return (w.revents & POLLIN) != 0 ? Wake::interrupted : Wake::timeout;
  }
  pollfd fds[2] = {{PQsocket(conn_), POLLIN, 0}, {wake_, POLLIN, 0}};
  const int n = ::poll(fds, 2, timeout_ms);
  if (n > 0 && (fds[1].revents & POLLIN) != 0) {
    std::uint64_t v = 0;
    [[maybe_unused]] auto r = ::read(wake_, &v, sizeof v);
    return Wake::interrupted;
  }
  if (n <= 0) return Wake::timeout;
  if (PQconsumeInput(conn_) == 0) return Wake::notified;  // broken: reconnect on the next wait
  bool any = false;
  while (PGnotify* note = PQnotifies(conn_)) {
    if (note->extra != nullptr && payload_ == note->extra) any = true;
    PQfreemem(note);
  }
  return any ? Wake::notified : Wake::timeout;
}

}  // namespace abusemon::detail::sql
