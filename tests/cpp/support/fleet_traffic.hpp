// Traffic for fleet-detection tests and benchmarks/bench_fleet.cpp: a few customers that each
// trip one detector (severe, frequency at customer and user level, rate, burst against the
// baseline, repeated jailbreaks, evasion by rephrasing) among clean background customers. Times
// are offsets in ms from the start; a customer's own events are at least 150 ms apart so that
// replicas flushing every 50 ms still deliver each customer's events in order (with some slack
// for a loaded machine).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "abusemon/tracker.hpp"

namespace abusemon::test {

struct TrafficEvent {
  int64_t offset_ms = 0;
  std::string customer;
  std::string user;
  Category category = Category::hate;
  Severity severity = Severity::safe;
  Action action = Action::allow;
  bool jailbreak = false;
  uint64_t fingerprint = 0;
  uint64_t item = 0;
};

inline std::vector<TrafficEvent> fleet_traffic(int background_customers = 6,
                                               int64_t span_ms = 4500) {
  std::vector<TrafficEvent> out;
  auto add = [&](int64_t at, std::string c, std::string u = {}) -> TrafficEvent& {
    TrafficEvent& e = out.emplace_back();
    e.offset_ms = at;
    e.customer = std::move(c);
    e.user = std::move(u);
    e.item = out.size();
    return e;
  };
  for (int c = 0; c < background_customers; ++c) {
    for (int64_t t = 10 * c; t < span_ms; t += 150) add(t, "clean-" + std::to_string(c), "u");
  }
  add(500, "sev");
  add(700, "sev");
  add(1000, "sev").severity = Severity::high;  // hate, high: severe
  for (int i = 0; i < 8; ++i) {                // frequency (customer and user)
    TrafficEvent& e = add(1000 + 200 * i, "freq", "u3");
    e.category = Category::violence;
    e.severity = Severity::medium;
  }
  for (int i = 0; i < 12; ++i) {  // rate: every other request is sexual
    TrafficEvent& e = add(300 + 200 * i, "rate");
    e.category = Category::sexual;
    if (i % 2 == 1) e.severity = Severity::medium;
  }
  {  // burst: one event, then (past min_age) six in a row
    TrafficEvent& e = add(0, "burst");
    e.category = Category::violence;
    e.severity = Severity::medium;
    for (int i = 0; i < 6; ++i) {
      TrafficEvent& b = add(3500 + 150 * i, "burst");
      b.category = Category::violence;
      b.severity = Severity::medium;
    }
  }
  for (int i = 0; i < 4; ++i) add(800 + 300 * i, "jb", "u1").jailbreak = true;
  {  // evasion: a blocked prompt, then near-duplicate rephrasings
    TrafficEvent& b = add(2000, "eva", "u2");
    b.severity = Severity::medium;
    b.action = Action::block;
    b.fingerprint = 0x0123456789abcdefULL;
    for (int i = 1; i <= 3; ++i)
      add(2000 + 300 * i, "eva", "u2").fingerprint =
          0x0123456789abcde0ULL ^ static_cast<uint64_t>(i);
  }
  std::stable_sort(out.begin(), out.end(), [](const TrafficEvent& a, const TrafficEvent& b) {
    return a.offset_ms < b.offset_ms;
  });
  return out;
}

inline TrackerEvent to_event(const TrafficEvent& t, int64_t t0) {
  TrackerEvent e;
  e.customer = t.customer;
  e.user = t.user;
  e.time_ms = t0 + t.offset_ms;
  if (t.severity != Severity::safe) e.severity[static_cast<std::size_t>(t.category)] = t.severity;
  e.action = t.action;
  e.jailbreak = t.jailbreak;
  e.fingerprint = t.fingerprint;
  e.item_id = t.item;
  return e;
}

// Detectors and horizons sized for traffic that lasts seconds. `fleet` (JSON object text or "")
// is added as the config's "fleet" section.
inline std::string fleet_tracker_config(const std::string& fleet = "") {
  std::string j = R"({"horizons": ["1s", "20s", "600s"], "detectors": [
    {"name": "sev", "type": "severe", "category": "hate", "min_severity": "high"},
    {"name": "freq", "type": "frequency", "category": "violence", "horizon": "20s", "count": 6},
    {"name": "rate", "type": "rate", "category": "sexual", "horizon": "20s", "rate": 0.4,
     "min_requests": 8, "scope": "customer"},
    {"name": "burst", "type": "burst", "category": "violence", "horizon": "1s",
     "long_horizon": "600s", "factor": 2, "count": 4, "min_age": "3s", "scope": "customer"},
    {"name": "jb", "type": "jailbreak", "horizon": "20s", "count": 3, "scope": "user"},
    {"name": "evasion", "type": "evasion", "count": 2, "window": "10s", "max_distance": 12,
     "scope": "user"}])";
  if (!fleet.empty()) j += ", \"fleet\": " + fleet;
  return j + "}";
}

}  // namespace abusemon::test
