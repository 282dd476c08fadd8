// The storage layer's backend choice (by location). Migrations: schema.cpp.
#include "storage/db.hpp"

#include <stdexcept>
#include <string>

namespace abusemon::detail::sql {

namespace {

constexpr std::string_view kSqliteScheme = "sqlite://";

}  // namespace

bool is_postgres_url(std::string_view location) noexcept {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

std::string redact(std::string_view location) {
  if (!is_postgres_url(location)) return std::string(location);
  // scheme://user:password@host/... -> scheme://user:***@host/...
  const std::size_t start = location.find("://") + 3;
  const std::size_t at = location.find('@', start);
  const std::size_t colon = location.find(':', start);
  std::string out(location);
  if (at != std::string_view::npos && colon != std::string_view::npos && colon < at) {
    out.replace(colon + 1, at - colon - 1, "***");
  }
  // password=... in the query string
  const std::size_t pw = out.find("password=");
  if (pw != std::string::npos) {
    const std::size_t end = out.find('&', pw);
    out.replace(pw + 9, end == std::string::npos ? std::string::npos : end - pw - 9, "***");
  }
  return out;
}

std::unique_ptr<Db> open(const std::string& location, int busy_timeout_ms) {
  if (is_postgres_url(location)) return open_postgres(location, busy_timeout_ms);
  if (location.rfind(kSqliteScheme, 0) == 0) {
    const std::string path = location.substr(kSqliteScheme.size());
    if (path.empty()) throw std::invalid_argument("sqlite:// URL without a path");
    return open_sqlite(path, busy_timeout_ms);
  }
  if (location.find("://") != std::string::npos) {
    throw std::invalid_argument("unsupported store URL '" + redact(location) +
                                "' (use a path, sqlite:///path, postgresql://... or "
                                "postgres://...)");
  }
  return open_sqlite(location, busy_timeout_ms);
}

}  // namespace abusemon::detail::sql
