// Traffic log records of a replay (include/abusemon/replay.hpp): RFC 3339 times and one JSON
// object per line.
#include <abusemon/error.hpp>
#include <abusemon/replay.hpp>
#include "core/json_input.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ctime>

namespace abusemon {

namespace {

using nlohmann::json;

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

std::string field(const json& j, const char* name, bool required) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) {
    if (required) throw error(status::format, std::string("missing \"") + name + "\"");
    return {};
  }
  if (!it->is_string())
    throw error(status::format, std::string("\"") + name + "\" must be a string");
  return it->get<std::string>();
}

}  // namespace

std::optional<std::int64_t> parse_rfc3339(std::string_view s) noexcept {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  if (!digits(s, 0, 4, y) || s.size() < 20 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
      !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
      !digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, mi) || s[16] != ':' ||
      !digits(s, 17, 2, se)) {
    return std::nullopt;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return std::nullopt;
  std::size_t pos = 19;
  std::int64_t frac_ms = 0;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    std::int64_t scale = 100;
    const std::size_t start = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      frac_ms += (s[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
    if (pos == start) return std::nullopt;
  }
  std::int64_t offset_s = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    int oh = 0, om = 0;
    if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
        !digits(s, pos + 4, 2, om)) {
      return std::nullopt;
    }
    offset_s = (s[pos] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = se;
  const std::int64_t t = static_cast<std::int64_t>(timegm(&tm));
  return (t - offset_s) * 1000 + frac_ms;
}

TrafficRecord parse_traffic_record(std::string_view line) {
  json j = detail::parse_json(line);
  if (!j.is_object()) {
    throw error(status::format, "not a JSON object");
  }
  TrafficRecord r;
  auto t = j.find("time");
  if (t == j.end()) throw error(status::format, "missing \"time\"");
  if (t->is_number()) {
    const double secs = t->get<double>();
    // Up to year 9999 (253402300799 s): later values would overflow the milliseconds.
    if (!std::isfinite(secs) || secs < 0 || secs > 253402300799.0) {
      throw error(status::format, "bad \"time\": epoch seconds from 0 to 253402300799");
    }
    r.time_ms = static_cast<std::int64_t>(std::llround(secs * 1000));
  } else if (t->is_string()) {
    auto ms = parse_rfc3339(t->get<std::string>());
    if (!ms) throw error(status::format, "\"time\" is not RFC 3339: " + t->get<std::string>());
    r.time_ms = *ms;
  } else {
    throw error(status::format, "\"time\" must be RFC 3339 text or epoch seconds");
  }
  r.customer = field(j, "customer", true);
  if (r.customer.empty()) throw error(status::format, "\"customer\" is empty");
  r.user = field(j, "user", false);
  r.region = field(j, "region", false);
  r.prompt = field(j, "prompt", true);
  if (j.contains("completion") && !j["completion"].is_null()) {
    r.completion = field(j, "completion", false);
  }
  return r;
}

}  // namespace abusemon
