// Tracker configuration: the built-in detector set and validation of a config built in C++ (the
// JSON parser, config.cpp, ends with the same validation).
#include <cmath>
#include <set>
#include <stdexcept>
#include <string>

#include "abusemon/tracker.hpp"
#include "tracker/config_defaults.hpp"

namespace abusemon {

namespace {
constexpr int64_t kDay = 86'400'000;
}  // namespace

std::vector<DetectorConfig> detail::default_detectors_for(const std::vector<TrackerHorizon>& hz) {
  const std::size_t last = hz.size() - 1;
  const std::size_t mid = std::min<std::size_t>(1, last);
  std::vector<DetectorConfig> v;
  DetectorConfig d;
  d = {};
  d.name = "sexual_minors";
  d.type = DetectorType::severe;
  d.category = Category::sexual_minors;
  d.min_severity = Severity::low;
  d.priority = Severity::high;
  v.push_back(d);
  d = {};
  d.name = "frequent_high";
  d.type = DetectorType::frequency;
  d.min_severity = Severity::high;
  d.horizon = 0;
  d.count = 3;
  d.priority = Severity::high;
  v.push_back(d);
  d = {};
  d.name = "harmful_rate";
  d.type = DetectorType::rate;
  d.min_severity = Severity::medium;
  d.horizon = mid;
  d.rate = 0.2;
  d.min_requests = 20;
  v.push_back(d);
  if (last > 0) {
    d = {};
    d.name = "burst";
    d.type = DetectorType::burst;
    d.min_severity = Severity::medium;
    d.horizon = 0;
    d.long_horizon = last;
    d.factor = 10;
    d.count = 5;
    d.min_age_ms = 86'400'000;
    v.push_back(d);
  }
  d = {};
  d.name = "jailbreak_repeat";
  d.type = DetectorType::jailbreak;
  d.horizon = 0;
  d.count = 3;
  v.push_back(d);
  d = {};
  d.name = "evasion";
  d.type = DetectorType::evasion;
  d.count = 2;
  v.push_back(d);
  // Long-horizon patterns that no rate or burst sees: abuse on many days at any rate. Per end
  // user from low severity (a user's own false positives rarely fall on 7 days of a month); per
  // customer from medium (a large customer's low-severity false positives fall on most days).
  d = {};
  d.name = "recurring_user";
  d.type = DetectorType::recurring;
  d.scope = DetectorScope::user;
  d.min_severity = Severity::low;
  d.count = 7;
  d.window_ms = 30 * kDay;
  v.push_back(d);
  d.name = "recurring_customer";
  d.scope = DetectorScope::customer;
  d.min_severity = Severity::medium;
  v.push_back(d);
  return v;
}

std::vector<DetectorConfig> default_detectors() {
  return detail::default_detectors_for(TrackerConfig{}.horizons);
}

void validate(const TrackerConfig& c) {
  auto bad = [](const std::string& m) { throw std::invalid_argument("tracker config: " + m); };
  if (c.horizons.empty() || c.horizons.size() > kMaxHorizons) bad("horizons: need 1 to 3 horizons");
  for (std::size_t i = 0; i < c.horizons.size(); ++i) {
    if (c.horizons[i].ms <= 0) bad("horizons[" + std::to_string(i) + "]: must be positive");
    if (c.horizons[i].name.empty()) bad("horizons[" + std::to_string(i) + "]: empty name");
    if (i > 0 && c.horizons[i].ms <= c.horizons[i - 1].ms) {
      bad("horizons[" + std::to_string(i) + "]: horizons must be strictly ascending");
    }
  }
  if (c.shards == 0 || c.shards > 4096) bad("shards: must be in [1, 4096]");
  if (c.max_customers == 0) bad("max_customers: must be positive");
  if (c.max_users == 0) bad("max_users: must be positive");
  if (c.idle_ttl_ms < 0) bad("idle_ttl: must not be negative");
  if (c.signal_queue_capacity == 0) bad("signal_queue_capacity: must be positive");
  if (!(c.score.scale > 0) || !std::isfinite(c.score.scale)) bad("score.scale: must be positive");
  for (double w : c.score.severity_weight) {
    if (!(w >= 0) || !std::isfinite(w)) bad("score.severity_weights: must be >= 0");
  }
  for (double w : c.score.category_weight) {
    if (!(w >= 0) || !std::isfinite(w)) bad("score.category_weights: must be >= 0");
  }
  if (c.detectors.size() > 32) bad("detectors: at most 32 detectors");
  std::set<std::string> names;
  int evasion = 0;
  int recurring_sev[2] = {0, 0};  // customers, users
  for (std::size_t i = 0; i < c.detectors.size(); ++i) {
    const auto& d = c.detectors[i];
    const std::string p = "detectors[" + std::to_string(i) + "]";
    if (d.name.empty()) bad(p + ".name: empty");
    if (!names.insert(d.name).second) bad(p + ".name: duplicate name \"" + d.name + "\"");
    if (d.min_severity == Severity::safe) bad(p + ".min_severity: must be low, medium or high");
    if (d.horizon >= c.horizons.size()) bad(p + ".horizon: index out of range");
    if (d.type == DetectorType::burst) {
      if (d.long_horizon >= c.horizons.size() || d.long_horizon <= d.horizon) {
        bad(p + ".long_horizon: must be a longer configured horizon");
      }
      if (!(d.factor > 1)) bad(p + ".factor: must be > 1");
    }
    if (d.type == DetectorType::rate && !(d.rate > 0 && d.rate <= 1))
      bad(p + ".rate: must be in (0, 1]");
    if ((d.type == DetectorType::frequency || d.type == DetectorType::jailbreak ||
         d.type == DetectorType::burst) &&
        !(d.count >= 1)) {
      bad(p + ".count: must be at least 1");
    }
    if (d.type == DetectorType::recurring) {
      if (d.window_ms < kDay || d.window_ms > 32 * kDay) bad(p + ".window: must be 1 to 32 days");
      if (!(d.count >= 1) || d.count * kDay > static_cast<double>(d.window_ms) + kDay - 1) {
        bad(p + ".days: must be from 1 to the days of the window");
      }
      if (d.category) bad(p + ".category: recurring detectors count any category");
      // One day mask per entity: the detectors watching one kind of entity share a severity.
      for (int kind = 0; kind < 2; ++kind) {
        const auto other = kind == 0 ? DetectorScope::user : DetectorScope::customer;
        if (d.scope == other) continue;
        if (recurring_sev[kind] != 0 && recurring_sev[kind] != static_cast<int>(d.min_severity)) {
          bad(p + ".min_severity: recurring detectors watching the same " +
              (kind == 0 ? "customers" : "users") + " need the same min_severity");
        }
        recurring_sev[kind] = static_cast<int>(d.min_severity);
      }
    }
    if (d.type == DetectorType::evasion) {
      if (++evasion > 1) bad(p + ": at most one evasion detector");
      if (d.count < 1 || d.count > 255) bad(p + ".count: must be in [1, 255]");
      if (d.window_ms <= 0) bad(p + ".window: must be positive");
      if (d.max_distance < 0 || d.max_distance > 32 || d.min_distance < 0 ||
          d.min_distance > d.max_distance) {
        bad(p + ".max_distance/min_distance: need 0 <= min <= max <= 32");
      }
    }
  }
  if (c.fleet) {
    const auto& f = *c.fleet;
    if (f.host.empty()) bad("fleet.host: empty");
    if (f.port <= 0 || f.port > 65535) bad("fleet.port: must be in [1, 65535]");
    if (f.key_prefix.empty()) bad("fleet.key_prefix: empty");
    if (f.max_pending == 0) bad("fleet.max_pending: must be positive");
    if (f.flush_interval_ms <= 0) bad("fleet.flush_interval: must be positive");
    if (f.connect_timeout_ms <= 0 || f.command_timeout_ms <= 0)
      bad("fleet timeouts: must be positive");
    if (f.batch_size == 0 || f.batch_size > 10000) bad("fleet.batch_size: must be in [1, 10000]");
    if (f.replica_id.size() > 128 ||
        f.replica_id.find_first_of(std::string_view("\0 ", 2)) != std::string::npos) {
      bad("fleet.replica_id: at most 128 bytes, no spaces or NUL bytes");
    }
    if (const auto& d = f.detection) {
      if (d->shards == 0 || d->shards > 1024) bad("fleet.detection.shards: must be in [1, 1024]");
      if (d->lease_ms < 2 * f.flush_interval_ms)
        bad("fleet.detection.lease: must be at least twice fleet.flush_interval");
      if (d->stream_maxlen < 100) bad("fleet.detection.stream_maxlen: must be at least 100");
      if (d->signals_maxlen < 100) bad("fleet.detection.signals_maxlen: must be at least 100");
      if (d->dedup_ttl_ms <= 0) bad("fleet.detection.dedup_ttl: must be positive");
      if (d->max_buffered_events == 0) bad("fleet.detection.max_buffered_events: must be positive");
      if (d->read_count == 0 || d->read_count > 100000)
        bad("fleet.detection.read_count: must be in [1, 100000]");
    }
  }
}

}  // namespace abusemon
