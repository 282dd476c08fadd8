// The storage backend the review/enforcement suites run against. The same test cases run twice
// (tests/CMakeLists.txt): on SQLite (a file per test), and with ABUSEMON_TEST_BACKEND=postgres on
// the PostgreSQL server of ABUSEMON_TEST_POSTGRES_URL (a fresh schema per test). Without that URL
// the PostgreSQL run is skipped (exit 77), unless ABUSEMON_REQUIRE_POSTGRES=1, which fails it: CI
// cannot skip the backend silently.
#pragma once

#include <unistd.h>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "catch.hpp"
#include "storage/db.hpp"

namespace abusemon::test {

inline bool postgres_backend() {
  const char* b = std::getenv("ABUSEMON_TEST_BACKEND");
  return b != nullptr && std::string(b) == "postgres";
}

inline std::string env_or_empty(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? v : "";
}

/// The server's URL; skips (exit 77) or fails (ABUSEMON_REQUIRE_POSTGRES=1) without one.
inline const std::string& postgres_url() {
  static const std::string url = [] {
    std::string u = env_or_empty("ABUSEMON_TEST_POSTGRES_URL");
    const bool required = env_or_empty("ABUSEMON_REQUIRE_POSTGRES") == "1";
    std::string why = u.empty() ? "ABUSEMON_TEST_POSTGRES_URL is not set" : "";
    if (!u.empty()) {
      try {
        detail::sql::open(u, 5000)->exec("SELECT 1");
      } catch (const std::exception& e) {
        why = std::string("PostgreSQL unreachable: ") + e.what();
      }
    }
    if (!why.empty()) {
      std::fprintf(stderr, "%s: %s\n", required ? "FAIL" : "SKIP", why.c_str());
      std::fflush(stderr);
      std::_Exit(required ? 1 : 77);
    }
    return u;
  }();
  return url;
}

/// A fresh PostgreSQL schema (on the PostgreSQL run) or `sqlite_path` (on the SQLite run).
inline std::string fresh_store(const std::string& sqlite_path) {
  if (!postgres_backend()) return sqlite_path;
  static std::atomic<int> n{0};
  std::random_device rd;
  const std::string schema = "t" + std::to_string(::getpid()) + "_" + std::to_string(n++) + "_" +
                             std::to_string(rd() % 1000000);
  // The store creates its schema (the URL's schema parameter) when it opens.
  const std::string& url = postgres_url();
  return url + (url.find('?') == std::string::npos ? "?" : "&") + "schema=" + schema;
}

/// Runs `sql` on the store at `location` behind the library's back (tampering tests).
inline void raw_exec(const std::string& location, const std::string& sql) {
  auto db = detail::sql::open(location, 5000);
  INFO(sql);
  REQUIRE_NOTHROW(db->exec(sql.c_str()));
}

}  // namespace abusemon::test
