// The components abusemon::replay() drives, wired as a deployment would: ReviewStore and
// Enforcement sharing one SQLite file, a Tracker with the default detectors, and a Monitor over
// the keyword scorer gated by the enforcement state, all on one ManualClock.
#pragma once

#include <abusemon/enforcement.hpp>
#include <abusemon/monitor.hpp>
#include <abusemon/replay.hpp>
#include <abusemon/review.hpp>
#include <abusemon/tracker.hpp>

#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

#include "keyword_scorer.hpp"

namespace abusemon::test {

struct ReplayStack {
  ManualClock clock;
  std::unique_ptr<ReviewStore> review;
  std::unique_ptr<Enforcement> enf;
  std::unique_ptr<Tracker> tracker;
  std::unique_ptr<Monitor> monitor;

  ReplayStack(const std::string& db, std::int64_t t0) : clock(t0) {
    ReviewStoreOptions ro;
    ro.path = db;
    ro.clock = &clock;
    review = std::make_unique<ReviewStore>(ro);
    EnforcementOptions eo;
    eo.path = db;
    eo.clock = &clock;
    enf = std::make_unique<Enforcement>(eo);
    TrackerConfig tc;
    tc.detectors = default_detectors();
    tracker = std::make_unique<Tracker>(tc, &clock);
    MonitorOptions mo;
    mo.gate = enf->customer_gate();
    monitor = std::make_unique<Monitor>(std::make_shared<KeywordScorer>(), Policy(), mo);
  }

  // Replays a JSON-lines traffic log through the stack.
  ReplayResult run(const std::string& traffic) {
    std::istringstream in(traffic);
    return replay(in, *monitor, *tracker, *review, *enf, clock);
  }
};

}  // namespace abusemon::test
