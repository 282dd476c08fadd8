// Fuzz target: the policy parser (Policy::from_json, blocklists included), the tracker config
// parser (parse_tracker_config) and the enforcement policy parser (EnforcementPolicy::from_json)
// on arbitrary bytes; the first byte picks which (mod 3). Whatever parses must round-trip
// (policies), match blocklists / build a Tracker and record events / open an Enforcement, apply
// decisions and render every notice without a crash.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "abusemon/enforcement.hpp"
#include "abusemon/error.hpp"
#include "abusemon/policy.hpp"
#include "abusemon/tracker.hpp"

namespace {

void fuzz_policy(std::string_view json) {
  abusemon::Policy policy;
  try {
    policy = abusemon::Policy::from_json(json);
  } catch (const abusemon::error&) {
    return;
  }
  // The canonical form must parse back to the same policy.
  const std::string canonical = policy.to_json();
  if (!(abusemon::Policy::from_json(canonical) == policy)) std::abort();
  const float scores[abusemon::kCategoryCount] = {0.1f, 0.55f, 0.75f, 0.95f, 0.0f, 1.0f, 0.8f};
  for (auto d : {abusemon::Direction::prompt, abusemon::Direction::completion}) {
    for (std::string_view text :
         {std::string_view("Hello ACME world, c++ and caf\xc3\xa9  phrase here"), json}) {
      const auto matches = policy.match_blocklists(text, d);
      for (const auto& m : matches) {
        if (m.start > m.end || m.end > text.size()) std::abort();
      }
      (void)policy.apply(std::span<const float, abusemon::kCategoryCount>(scores), d, text);
    }
  }
}

void fuzz_tracker(std::string_view json) {
  abusemon::TrackerConfig config;
  try {
    config = abusemon::parse_tracker_config(json);
  } catch (const abusemon::error&) {
    return;
  }
  // No network from a fuzz run; memory stays small whatever the file asked for.
  config.fleet.reset();
  config.shards = std::min<std::size_t>(config.shards, 8);
  abusemon::ManualClock clock(1'700'000'000'000);
  abusemon::Tracker tracker(config, &clock);
  abusemon::TrackerEvent e;
  e.customer = "c1";
  e.user = "u1";
  for (int i = 0; i < 8; ++i) {
    e.severity[static_cast<std::size_t>(i % abusemon::kCategoryCount)] =
        static_cast<abusemon::Severity>(i % 4);
    e.action = i % 3 == 0 ? abusemon::Action::block : abusemon::Action::allow;
    e.jailbreak = i % 2 == 0;
    e.fingerprint = 0x1234567890abcdefULL ^ static_cast<std::uint64_t>(i);
    e.item_id = static_cast<std::uint64_t>(i + 1);
    tracker.record(e);
    clock.advance_ms(60'000);
  }
  std::vector<abusemon::Signal> signals;
  tracker.drain_signals(signals);
  for (const auto& s : signals) (void)abusemon::to_json(s);
  (void)tracker.entity("c1");
  (void)tracker.entity("c1", "u1");
}

void fuzz_enforcement_policy(std::string_view json) {
  abusemon::EnforcementPolicy policy;
  try {
    policy = abusemon::EnforcementPolicy::from_json(json);
  } catch (const abusemon::error&) {
    return;
  }
  const std::string canonical = policy.to_json();
  if (abusemon::EnforcementPolicy::from_json(canonical).to_json() != canonical) std::abort();
  // A policy that parses must be one an Enforcement accepts, and its templates must render.
  const std::string db = "/dev/shm/abusemon-fuzz-config-" + std::to_string(getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) unlink((db + suffix).c_str());
  {
    abusemon::ManualClock clock(1'764'000'000'000);
    abusemon::EnforcementOptions o;
    o.path = db;
    o.policy = policy;
    o.clock = &clock;
    abusemon::Enforcement e(o);
    abusemon::DecisionRecord d;
    d.kind = abusemon::DecisionKind::confirm;
    d.customer = "c1";
    for (int i = 0; i < 4; ++i) {
      d.seq = i + 1;
      d.item_id = i + 1;
      d.user = i % 2 == 0 ? "u1" : "";
      d.category = i == 3 ? abusemon::Category::sexual_minors : abusemon::Category::hate;
      d.severity = static_cast<abusemon::Severity>(1 + i % 3);
      d.decided_ms = d.occurred_ms = clock.now_ms();
      (void)e.apply(d);
      clock.advance_ms(3LL * 24 * 3600 * 1000);
      (void)e.tick();
    }
    (void)e.file_appeal("c1", "fuzz");
    for (const auto& n : e.outbox()) (void)abusemon::to_json_string(n);
  }
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) unlink((db + suffix).c_str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view json(reinterpret_cast<const char*>(data + 1), size - 1);
  switch (data[0] % 3) {
    case 0:
      fuzz_policy(json);
      break;
    case 1:
      fuzz_tracker(json);
      break;
    default:
      fuzz_enforcement_policy(json);
      break;
  }
  return 0;
}
