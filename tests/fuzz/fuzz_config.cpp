// Fuzz target: the policy parser (Policy::from_json, blocklists included) and the tracker config
// parser (parse_tracker_config) on arbitrary bytes; the first byte picks which. Whatever parses
// must round-trip (policy), match blocklists / build a Tracker and record events without a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view json(reinterpret_cast<const char*>(data + 1), size - 1);
  if ((data[0] & 1) == 0) {
    fuzz_policy(json);
  } else {
    fuzz_tracker(json);
  }
  return 0;
}
