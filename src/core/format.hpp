// Private: the JSON and time formatting every component shares, so that all faces print the
// same way.
#pragma once

#include <cstdint>
#include <ctime>
#include <string>

namespace abusemon::detail {

/// One line of JSON (nlohmann::json or ordered_json). Strings from hosts, files and models need
/// not be UTF-8: invalid bytes become U+FFFD instead of making serialisation throw.
template <typename Json>
std::string dump_json(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// RFC 3339 UTC time of milliseconds since the Unix epoch, to the second: "2026-12-05T07:03:38Z".
inline std::string rfc3339_utc(std::int64_t ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace abusemon::detail
