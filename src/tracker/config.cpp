// Tracker configuration: JSON parsing (errors name the key). Defaults and validation:
// config_defaults.cpp.
#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

#include "abusemon/error.hpp"
#include "abusemon/tracker.hpp"
#include "core/json_input.hpp"
#include "tracker/config_defaults.hpp"

namespace abusemon {

namespace {

constexpr int64_t kDay = 86'400'000;

using json = nlohmann::json;

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
  throw error(status::format, "tracker config: " + path + ": " + problem);
}

std::string type_name(const json& j) {
  return j.type_name();
}

std::string join(const std::string& base, const std::string& key) {
  return base.empty() ? key : base + "." + key;
}

void check_keys(const json& j, const std::string& path, std::initializer_list<const char*> keys) {
  if (!j.is_object())
    fail(path.empty() ? "(root)" : path, "expected an object, got " + type_name(j));
  for (auto it = j.begin(); it != j.end(); ++it) {
    bool ok = false;
    for (const char* k : keys) ok = ok || it.key() == k;
    if (!ok) fail(join(path, it.key()), "unknown key");
  }
}

// "250ms", "90s", "10m", "1h", "30d" or a non-negative integer number of milliseconds.
int64_t parse_duration(const json& j, const std::string& path, bool allow_zero) {
  int64_t ms = -1;
  if (j.is_number_integer()) {
    ms = j.get<int64_t>();
  } else if (j.is_string()) {
    const std::string s = j.get<std::string>();
    std::size_t pos = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    const std::string unit = s.substr(pos);
    int64_t mult = 0;
    if (unit == "ms")
      mult = 1;
    else if (unit == "s")
      mult = 1000;
    else if (unit == "m")
      mult = 60'000;
    else if (unit == "h")
      mult = 3'600'000;
    else if (unit == "d")
      mult = 86'400'000;
    if (pos == 0 || pos > 9 || mult == 0) {
      fail(path, "expected a duration like \"500ms\", \"90s\", \"10m\", \"1h\", \"30d\", got \"" +
                     s + "\"");
    }
    ms = std::stoll(s.substr(0, pos)) * mult;
  } else {
    fail(path,
         "expected a duration (string like \"1h\" or integer milliseconds), got " + type_name(j));
  }
  if (ms < 0 || (!allow_zero && ms == 0)) {
    fail(path, allow_zero ? "must not be negative" : "must be positive");
  }
  return ms;
}

double parse_number(const json& j, const std::string& path, double lo, double hi,
                    bool lo_open = false) {
  if (!j.is_number()) fail(path, "expected a number, got " + type_name(j));
  const double v = j.get<double>();
  if (!std::isfinite(v) || v > hi || v < lo || (lo_open && v == lo)) {
    fail(path, "must be in " + std::string(lo_open ? "(" : "[") + std::to_string(lo) + ", " +
                   std::to_string(hi) + "], got " + j.dump());
  }
  return v;
}

uint64_t parse_count(const json& j, const std::string& path, uint64_t lo, uint64_t hi) {
  if (!j.is_number_integer()) fail(path, "expected an integer, got " + type_name(j));
  const bool negative = !j.is_number_unsigned() && j.get<int64_t>() < 0;
  const uint64_t v = negative ? 0 : j.get<uint64_t>();
  if (negative || v < lo || v > hi) {
    fail(path,
         "must be in [" + std::to_string(lo) + ", " + std::to_string(hi) + "], got " + j.dump());
  }
  return v;
}

std::string parse_string(const json& j, const std::string& path) {
  if (!j.is_string() || j.get<std::string>().empty()) {
    fail(path, "expected a non-empty string, got " + j.dump());
  }
  return j.get<std::string>();
}

Severity parse_sev(const json& j, const std::string& path, bool allow_safe) {
  if (j.is_string()) {
    if (auto s = parse_severity(j.get<std::string>()); s && (allow_safe || *s != Severity::safe)) {
      return *s;
    }
  }
  fail(path, std::string("expected ") + (allow_safe ? "\"safe\", " : "") +
                 "\"low\", \"medium\" or \"high\", got " + j.dump());
}

std::optional<Category> parse_row(const json& j, const std::string& path) {
  if (j.is_string()) {
    const std::string s = j.get<std::string>();
    if (s == "any") return std::nullopt;
    if (auto c = parse_category(s)) return c;
  }
  fail(path,
       "expected \"any\" or a category (hate, harassment, sexual, sexual_minors, violence, "
       "self_harm, jailbreak), got " +
           j.dump());
}

std::size_t parse_horizon(const json& j, const std::string& path,
                          const std::vector<TrackerHorizon>& hz) {
  std::string names;
  for (const auto& h : hz) names += (names.empty() ? "" : ", ") + h.name;
  if (j.is_string()) {
    for (std::size_t i = 0; i < hz.size(); ++i) {
      if (hz[i].name == j.get<std::string>()) return i;
    }
  }
  fail(path, "expected one of the configured horizons (" + names + "), got " + j.dump());
}

DetectorConfig parse_detector(const json& j, const std::string& path,
                              const std::vector<TrackerHorizon>& hz) {
  if (!j.is_object()) fail(path, "expected an object, got " + type_name(j));
  DetectorConfig d;
  auto type_it = j.find("type");
  if (type_it == j.end())
    fail(path + ".type", "missing (severe, frequency, rate, burst, jailbreak, evasion, recurring)");
  auto t = type_it->is_string() ? parse_detector_type(type_it->get<std::string>()) : std::nullopt;
  if (!t) {
    fail(path + ".type",
         "expected severe, frequency, rate, burst, jailbreak, evasion or recurring, got " +
             type_it->dump());
  }
  d.type = *t;
  switch (d.type) {
    case DetectorType::severe:
      check_keys(j, path, {"name", "type", "scope", "priority", "category", "min_severity"});
      d.priority = Severity::high;
      break;
    case DetectorType::frequency:
      check_keys(
          j, path,
          {"name", "type", "scope", "priority", "category", "min_severity", "horizon", "count"});
      break;
    case DetectorType::rate:
      check_keys(j, path,
                 {"name", "type", "scope", "priority", "category", "min_severity", "horizon",
                  "rate", "min_requests"});
      break;
    case DetectorType::burst:
      check_keys(j, path,
                 {"name", "type", "scope", "priority", "category", "min_severity", "horizon",
                  "long_horizon", "factor", "count", "min_age"});
      break;
    case DetectorType::jailbreak:
      check_keys(j, path, {"name", "type", "scope", "priority", "horizon", "count"});
      break;
    case DetectorType::evasion:
      check_keys(
          j, path,
          {"name", "type", "scope", "priority", "count", "window", "max_distance", "min_distance"});
      break;
    case DetectorType::recurring:
      check_keys(j, path, {"name", "type", "scope", "priority", "min_severity", "days", "window"});
      break;
  }
  auto name_it = j.find("name");
  if (name_it == j.end()) fail(path + ".name", "missing (every detector needs a name)");
  d.name = parse_string(*name_it, path + ".name");
  if (auto it = j.find("scope"); it != j.end()) {
    const std::string s = it->is_string() ? it->get<std::string>() : "";
    if (s == "customer")
      d.scope = DetectorScope::customer;
    else if (s == "user")
      d.scope = DetectorScope::user;
    else if (s == "both")
      d.scope = DetectorScope::both;
    else
      fail(path + ".scope", "expected \"customer\", \"user\" or \"both\", got " + it->dump());
  }
  if (auto it = j.find("priority"); it != j.end())
    d.priority = parse_sev(*it, path + ".priority", false);
  if (auto it = j.find("category"); it != j.end()) d.category = parse_row(*it, path + ".category");
  if (auto it = j.find("min_severity"); it != j.end()) {
    d.min_severity = parse_sev(*it, path + ".min_severity", false);
  } else if (d.type == DetectorType::severe) {
    d.min_severity = Severity::high;
  }
  const bool needs_horizon = d.type == DetectorType::frequency || d.type == DetectorType::rate ||
                             d.type == DetectorType::burst || d.type == DetectorType::jailbreak;
  if (needs_horizon) {
    auto it = j.find("horizon");
    if (it == j.end()) fail(path + ".horizon", "missing");
    d.horizon = parse_horizon(*it, path + ".horizon", hz);
  }
  auto required = [&](const char* key) -> const json& {
    auto it = j.find(key);
    if (it == j.end()) fail(path + "." + key, "missing");
    return *it;
  };
  switch (d.type) {
    case DetectorType::severe:
      break;
    case DetectorType::frequency:
    case DetectorType::jailbreak:
      d.count =
          static_cast<double>(parse_count(required("count"), path + ".count", 1, 1'000'000'000));
      break;
    case DetectorType::rate:
      d.rate = parse_number(required("rate"), path + ".rate", 0, 1, true);
      if (auto it = j.find("min_requests"); it != j.end()) {
        d.min_requests = parse_number(*it, path + ".min_requests", 0, 1e12);
      }
      break;
    case DetectorType::burst: {
      d.long_horizon = parse_horizon(required("long_horizon"), path + ".long_horizon", hz);
      if (hz[d.long_horizon].ms <= hz[d.horizon].ms) {
        fail(path + ".long_horizon",
             "must be longer than \"horizon\" (" + hz[d.horizon].name + ")");
      }
      d.factor = parse_number(required("factor"), path + ".factor", 1, 1e9, true);
      d.count = 1;
      if (auto it = j.find("count"); it != j.end()) {
        d.count = static_cast<double>(parse_count(*it, path + ".count", 1, 1'000'000'000));
      }
      if (auto it = j.find("min_age"); it != j.end())
        d.min_age_ms = parse_duration(*it, path + ".min_age", true);
      break;
    }
    case DetectorType::evasion:
      d.count = 2;
      if (auto it = j.find("count"); it != j.end()) {
        d.count = static_cast<double>(parse_count(*it, path + ".count", 1, 255));
      }
      if (auto it = j.find("window"); it != j.end())
        d.window_ms = parse_duration(*it, path + ".window", false);
      if (auto it = j.find("max_distance"); it != j.end()) {
        d.max_distance = static_cast<int>(parse_count(*it, path + ".max_distance", 0, 32));
      }
      if (auto it = j.find("min_distance"); it != j.end()) {
        d.min_distance = static_cast<int>(parse_count(*it, path + ".min_distance", 0, 32));
      }
      if (d.min_distance > d.max_distance)
        fail(path + ".min_distance", "must not exceed max_distance");
      break;
    case DetectorType::recurring:
      d.count = 7;
      d.window_ms = 30 * kDay;
      if (auto it = j.find("days"); it != j.end()) {
        d.count = static_cast<double>(parse_count(*it, path + ".days", 1, 32));
      }
      if (auto it = j.find("window"); it != j.end()) {
        d.window_ms = parse_duration(*it, path + ".window", false);
        if (d.window_ms < kDay || d.window_ms > 32 * kDay) {
          fail(path + ".window", "must be from 1d to 32d, got " + it->dump());
        }
      }
      if (d.count * kDay > static_cast<double>(d.window_ms) + kDay - 1) {
        fail(path + ".days", "more days than the window holds");
      }
      break;
  }
  return d;
}

}  // namespace

TrackerConfig parse_tracker_config(std::string_view text) {
  json j = detail::parse_json(text, "tracker config");
  check_keys(j, "",
             {"version", "horizons", "shards", "max_customers", "max_users", "idle_ttl",
              "signal_queue_capacity", "score", "detectors", "fleet"});
  TrackerConfig c;
  if (auto it = j.find("version"); it != j.end() && *it != 1) {
    fail("version", "expected 1, got " + it->dump());
  }
  if (auto it = j.find("horizons"); it != j.end()) {
    if (!it->is_array() || it->empty() || it->size() > kMaxHorizons) {
      fail("horizons", "expected an array of 1 to 3 durations, got " + it->dump());
    }
    c.horizons.clear();
    for (std::size_t i = 0; i < it->size(); ++i) {
      const std::string p = "horizons[" + std::to_string(i) + "]";
      const json& h = (*it)[i];
      TrackerHorizon th;
      th.ms = parse_duration(h, p, false);
      th.name = h.is_string() ? h.get<std::string>() : std::to_string(th.ms) + "ms";
      if (!c.horizons.empty() && th.ms <= c.horizons.back().ms) {
        fail(p, "horizons must be strictly ascending");
      }
      c.horizons.push_back(th);
    }
  }
  if (auto it = j.find("shards"); it != j.end()) c.shards = parse_count(*it, "shards", 1, 4096);
  if (auto it = j.find("max_customers"); it != j.end()) {
    c.max_customers = parse_count(*it, "max_customers", 1, uint64_t{1} << 40);
  }
  if (auto it = j.find("max_users"); it != j.end()) {
    c.max_users = parse_count(*it, "max_users", 1, uint64_t{1} << 40);
  }
  if (auto it = j.find("idle_ttl"); it != j.end())
    c.idle_ttl_ms = parse_duration(*it, "idle_ttl", true);
  if (auto it = j.find("signal_queue_capacity"); it != j.end()) {
    c.signal_queue_capacity = parse_count(*it, "signal_queue_capacity", 1, uint64_t{1} << 32);
  }
  if (auto it = j.find("score"); it != j.end()) {
    check_keys(*it, "score", {"severity_weights", "category_weights", "scale"});
    if (auto w = it->find("severity_weights"); w != it->end()) {
      check_keys(*w, "score.severity_weights", {"low", "medium", "high"});
      const char* names[3] = {"low", "medium", "high"};
      for (std::size_t s = 0; s < 3; ++s) {
        if (auto v = w->find(names[s]); v != w->end()) {
          c.score.severity_weight[s] =
              parse_number(*v, std::string("score.severity_weights.") + names[s], 0, 1e6);
        }
      }
    }
    if (auto w = it->find("category_weights"); w != it->end()) {
      if (!w->is_object())
        fail("score.category_weights", "expected an object, got " + type_name(*w));
      for (auto v = w->begin(); v != w->end(); ++v) {
        auto cat = parse_category(v.key());
        if (!cat) fail("score.category_weights." + v.key(), "unknown category");
        c.score.category_weight[static_cast<std::size_t>(*cat)] =
            parse_number(v.value(), "score.category_weights." + v.key(), 0, 1e6);
      }
    }
    if (auto v = it->find("scale"); v != it->end()) {
      c.score.scale = parse_number(*v, "score.scale", 0, 1e12, true);
    }
  }
  if (auto it = j.find("detectors"); it != j.end()) {
    if (!it->is_array()) fail("detectors", "expected an array, got " + type_name(*it));
    if (it->size() > 32) fail("detectors", "at most 32 detectors");
    int evasion = 0;
    for (std::size_t i = 0; i < it->size(); ++i) {
      const std::string p = "detectors[" + std::to_string(i) + "]";
      DetectorConfig d = parse_detector((*it)[i], p, c.horizons);
      for (const auto& other : c.detectors) {
        if (other.name == d.name) fail(p + ".name", "duplicate name \"" + d.name + "\"");
      }
      if (d.type == DetectorType::evasion && ++evasion > 1) fail(p, "at most one evasion detector");
      c.detectors.push_back(std::move(d));
    }
  } else {
    c.detectors = detail::default_detectors_for(c.horizons);
  }
  if (auto it = j.find("fleet"); it != j.end() && !it->is_null()) {
    check_keys(*it, "fleet",
               {"host", "port", "key_prefix", "max_pending", "flush_interval", "connect_timeout",
                "command_timeout", "batch_size", "replica_id", "detection"});
    FleetConfig f;
    if (auto v = it->find("replica_id"); v != it->end())
      f.replica_id = parse_string(*v, "fleet.replica_id");
    if (auto v = it->find("detection"); v != it->end() && !v->is_null()) {
      check_keys(*v, "fleet.detection",
                 {"shards", "lease", "stream_maxlen", "signals_maxlen", "dedup_ttl",
                  "max_buffered_events", "read_count"});
      FleetDetectionConfig d;
      if (auto x = v->find("shards"); x != v->end())
        d.shards = parse_count(*x, "fleet.detection.shards", 1, 1024);
      if (auto x = v->find("lease"); x != v->end())
        d.lease_ms = parse_duration(*x, "fleet.detection.lease", false);
      if (auto x = v->find("stream_maxlen"); x != v->end())
        d.stream_maxlen = parse_count(*x, "fleet.detection.stream_maxlen", 100, uint64_t{1} << 32);
      if (auto x = v->find("signals_maxlen"); x != v->end())
        d.signals_maxlen =
            parse_count(*x, "fleet.detection.signals_maxlen", 100, uint64_t{1} << 32);
      if (auto x = v->find("dedup_ttl"); x != v->end())
        d.dedup_ttl_ms = parse_duration(*x, "fleet.detection.dedup_ttl", false);
      if (auto x = v->find("max_buffered_events"); x != v->end())
        d.max_buffered_events =
            parse_count(*x, "fleet.detection.max_buffered_events", 1, uint64_t{1} << 32);
      if (auto x = v->find("read_count"); x != v->end())
        d.read_count = parse_count(*x, "fleet.detection.read_count", 1, 100000);
      f.detection = d;
    }
    if (auto v = it->find("host"); v != it->end()) f.host = parse_string(*v, "fleet.host");
    if (auto v = it->find("port"); v != it->end())
      f.port = static_cast<int>(parse_count(*v, "fleet.port", 1, 65535));
    if (auto v = it->find("key_prefix"); v != it->end())
      f.key_prefix = parse_string(*v, "fleet.key_prefix");
    if (auto v = it->find("max_pending"); v != it->end()) {
      f.max_pending = parse_count(*v, "fleet.max_pending", 1, uint64_t{1} << 32);
    }
    if (auto v = it->find("flush_interval"); v != it->end()) {
      f.flush_interval_ms = parse_duration(*v, "fleet.flush_interval", false);
    }
    if (auto v = it->find("connect_timeout"); v != it->end()) {
      f.connect_timeout_ms = parse_duration(*v, "fleet.connect_timeout", false);
    }
    if (auto v = it->find("command_timeout"); v != it->end()) {
      f.command_timeout_ms = parse_duration(*v, "fleet.command_timeout", false);
    }
    if (auto v = it->find("batch_size"); v != it->end()) {
      f.batch_size = parse_count(*v, "fleet.batch_size", 1, 10000);
    }
    c.fleet = f;
  }
  try {
    validate(c);
  } catch (const std::invalid_argument& e) {
    throw error(status::format, e.what());
  }
  return c;
}

}  // namespace abusemon
