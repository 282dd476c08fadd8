// Private data structures of the Tracker (src/tracker/*.cpp and its tests only).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "abusemon/tracker.hpp"

namespace abusemon::detail {

// Fixed-size per-entity state. Trivially copyable: snapshots write it as raw bytes (the snapshot
// header records sizeof so that a layout change is detected, not misread).
struct EntityState {
  // Hot part (first cache line): what a clean event touches.
  int64_t first_seen_ms;
  int64_t last_seen_ms;  // also the time requests[] refers to
  int64_t counts_ms;     // the time counts[] and jailbreaks[] refer to (decayed lazily: only
                         // flagged events and reads touch them)
  uint64_t total_requests;
  uint32_t total_flagged;
  uint32_t total_blocked;
  uint32_t open_mask;  // bit d: detector d has an open (or acknowledged) signal on this entity
  uint8_t recent_pos;  // next write position in recent[]
  uint8_t evasion_hits;
  uint8_t severe_rank[kEvidenceSevere];  // severity*16 + (15 - category) of severe[i]; 0 = empty
  float requests[kMaxHorizons];
  // Cold part.
  float jailbreaks[kMaxHorizons];
  float counts[kMaxHorizons][kTrackerRows][kTrackedSeverities];  // events at >= severity s+1
  uint64_t recent[kEvidenceRecent];  // ring of the most recent flagged items and rephrasings
  uint64_t severe[kEvidenceSevere];  // most severe flagged item ids (worst first)
  int64_t blocked_ms;                // last blocked prompt with a fingerprint
  uint64_t blocked_fp[2];            // fingerprints of the last two blocked prompts
  uint64_t blocked_item;
  // Recurring patterns: bit i = an event at >= the recurring detectors' min_severity (one per
  // kind of entity) on UTC day harm_day - i: "on N distinct days" in 8 bytes, at any rate.
  int32_t harm_day;
  uint32_t harm_days;
};
static_assert(std::is_trivially_copyable_v<EntityState>);
static_assert(std::is_standard_layout_v<EntityState>);

// Review outcomes of one entity. Kept out of EntityState, in a per-shard side map, because few
// entities are ever reviewed: idle state stays small. Trivially copyable (snapshots write it raw).
struct ReviewCounts {
  uint32_t n[kReviewOutcomeCount][kCategoryCount];  // exact totals
  int64_t last_ms;                                  // time of the last counted outcome
  int64_t last_seq;                                 // highest decision seq applied (idempotency)
  uint64_t seq_window;  // bit i: seq last_seq - 1 - i was applied (decisions of concurrent
                        // reviewers may arrive out of order; older than 64 counts as applied)
};
static_assert(std::is_trivially_copyable_v<ReviewCounts>);

// Heterogeneous-lookup hash so that a string_view finds a std::string key without allocating.
struct KeyHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};
using EntityMap = std::unordered_map<std::string, EntityState, KeyHash, std::equal_to<>>;
// Keyed like the entity maps: the customer id, or customer + '\0' + user for an end-user.
using ReviewMap = std::unordered_map<std::string, ReviewCounts, KeyHash, std::equal_to<>>;

// Fleet mode: a customer's not-yet-sent changes, aggregated (exact integer deltas plus decayed
// deltas referred to last_ms, so that merging and late delivery stay exact).
struct FleetDelta {
  uint32_t requests = 0;
  uint32_t flagged = 0;
  uint32_t blocked = 0;
  uint32_t jailbreaks = 0;
  uint32_t counts[kTrackerRows][kTrackedSeverities] = {};
  uint32_t reviews[kReviewOutcomeCount][kCategoryCount] = {};
  // first_ms/last_ms stay 0 while the delta holds only review outcomes (no event time).
  int64_t first_ms = 0;
  int64_t last_ms = 0;
  double requests_decayed[kMaxHorizons] = {};
  double flagged_decayed[kMaxHorizons] = {};
};
using FleetMap = std::unordered_map<std::string, FleetDelta, KeyHash, std::equal_to<>>;
// Merge `src` into `dst` (both possibly empty) given the horizons' time constants.
void merge_delta(FleetDelta& dst, const FleetDelta& src, const std::vector<TrackerHorizon>& hz);

// Fleet detection: one event as appended to the fleet stream (src/tracker/fleet_stream.cpp).
struct StreamEvent {
  std::string customer;
  std::string user;
  int64_t time_ms = 0;
  uint64_t fingerprint = 0;
  uint64_t item_id = 0;
  uint8_t severity[kCategoryCount] = {};
  uint8_t direction = 0;
  uint8_t action = 0;
  uint8_t jailbreak = 0;
  // Not empty: not an event but the close of fleet signal `item_id` (its id on every replica),
  // raised by this detector for (customer, user): the shard's owner re-arms the detector.
  std::string close_detector;
};

struct OpenSignal {
  Signal signal;      // the signal as raised (state updated in place)
  uint32_t detector;  // index into config.detectors
};

struct alignas(64) Shard {
  mutable std::mutex mu;
  EntityMap customers;
  EntityMap users;    // key: customer + '\0' + user
  ReviewMap reviews;  // entities with review outcomes; erased with the entity
  std::unordered_map<uint64_t, OpenSignal> open;
  uint64_t next_signal = 1;  // per-shard counter; ids are (counter << 12) | slot
  uint64_t events = 0;
  uint64_t evicted = 0;
  uint64_t rng = 0x9E3779B97F4A7C15ULL;  // eviction sampling
  FleetMap pending;                      // fleet mode only
  uint64_t fleet_dropped = 0;
  std::vector<StreamEvent> stream_pending;  // fleet detection only: events not yet taken
  uint64_t stream_dropped = 0;
};

class FleetClient;  // src/tracker/fleet.cpp

struct SignalQueue {
  std::mutex mu;
  std::deque<Signal> q;
  std::size_t capacity = 0;
  uint64_t raised = 0;
  uint64_t dropped = 0;
};

// Precomputed per-horizon constants.
struct HorizonConst {
  double tau_ms;
  float inv_tau;
};

}  // namespace abusemon::detail

namespace abusemon {

struct Tracker::Impl {
  TrackerConfig cfg;
  const Clock* clock;
  std::vector<detail::HorizonConst> hz;
  std::size_t nshards;
  std::unique_ptr<detail::Shard[]> shards;
  std::size_t cust_cap_per_shard;
  std::size_t user_cap_per_shard;
  std::size_t pending_cap_per_shard = 0;
  int evasion_detector = -1;  // index of the (single) evasion detector, -1 = none
  int64_t evasion_window_ms = 0;
  int evasion_distance = 0;
  int recurring_severity[2] = {0, 0};  // customers, users: days marked at >= this (0 = none)
  bool any_user_detector = false;
  std::size_t stream_cap_per_shard = 0;  // fleet detection: buffered events per shard
  // Fleet detection is running (Redis reachable): local detectors are paused so that a signal is
  // raised once per fleet; while Redis is away they run on local events (degraded mode).
  std::atomic<bool> fleet_detecting{false};
  detail::SignalQueue signals;
  std::unique_ptr<detail::FleetClient> fleet;

  Impl(TrackerConfig c, const Clock* clk);
  ~Impl();

  std::size_t slot_of(std::string_view customer) const noexcept;
  detail::Shard& shard_of_slot(std::size_t slot) noexcept { return shards[slot % nshards]; }

  void record_locked(detail::Shard& sh, std::size_t slot, const TrackerEvent& ev, int64_t t);
  detail::EntityState& find_or_insert(detail::Shard& sh, detail::EntityMap& m, std::size_t cap,
                                      std::string_view key, int64_t t, bool& inserted);
  void evict_sampled(detail::Shard& sh, detail::EntityMap& m, int64_t now);
  void update_state(detail::EntityState& st, const TrackerEvent& ev, int64_t t, int max_sev,
                    bool jb) const noexcept;
  void run_detectors(detail::Shard& sh, std::size_t slot, detail::EntityState& st, bool is_user,
                     std::string_view customer, std::string_view user, const TrackerEvent& ev,
                     int64_t t, int max_sev, bool jb);
  void raise(detail::Shard& sh, std::size_t slot, detail::EntityState& st, uint32_t det,
             std::string_view customer, std::string_view user, const TrackerEvent& ev, int64_t t,
             double value, double threshold, int64_t window_ms, std::string message);
  void add_fleet_delta(detail::Shard& sh, std::string_view customer, const TrackerEvent& ev,
                       int64_t t, int max_sev, bool jb);
  detail::FleetDelta* fleet_delta(detail::Shard& sh, std::string_view customer);
  void add_stream_event(detail::Shard& sh, const TrackerEvent& ev, int64_t t);
  // Fleet detection: queue a signal published by the fleet. 1 = surfaced, 0 = already here,
  // 2 = reconciled (this replica raised it locally while Redis was away).
  int surface_fleet_signal(Signal s, uint64_t fleet_hash);
  // Closes an open signal (re-arming its detector for the entity). A fleet signal closed by the
  // host (`announce`) is also appended to the fleet stream, so that the shard's owner re-arms the
  // fleet's detector and every replica closes its copy. false if unknown or closed.
  bool close_signal(uint64_t signal_id, bool announce);
  bool count_review(detail::Shard& sh, std::string_view key, const ReviewEvent& r, int64_t t);

  // Decayed view helpers.
  void decay_to(detail::EntityState& st, int64_t t) const noexcept;         // requests[]
  void decay_counts_to(detail::EntityState& st, int64_t t) const noexcept;  // counts, jailbreaks
  double effective_tau(std::size_t h, int64_t age_ms) const noexcept;
  void score_of(const detail::EntityState& st, int64_t now, double& score, double& trend) const;
  EntityView view_of(const detail::EntityState& st, std::string_view customer,
                     std::string_view user, int64_t now,
                     const detail::ReviewCounts* reviews = nullptr) const;
};

namespace detail {
// Score/view computations usable without a Tracker (snapshot inspection).
EntityView make_view(const EntityState& st, std::string_view customer, std::string_view user,
                     int64_t now, const std::vector<TrackerHorizon>& horizons,
                     const ScoreConfig& score, const std::vector<std::string>& detector_names,
                     const ReviewCounts* reviews = nullptr);
void entity_score(const EntityState& st, int64_t now, const std::vector<TrackerHorizon>& horizons,
                  const ScoreConfig& score, double& out_score, double& out_trend);
Signal signal_from_json(std::string_view json);  // throws abusemon::error(status::format)
}  // namespace detail

namespace detail {

// Helpers of tracker.cpp and tracker_impl.cpp.
constexpr std::size_t kMaxIdBytes = 256;
constexpr std::size_t kSlotBits = 12;  // signal ids carry the customer's 12-bit slot
constexpr std::size_t kSlotMask = (std::size_t{1} << kSlotBits) - 1;
constexpr std::size_t kEvictionSample = 5;

inline void check_id(std::string_view id, const char* what) {
  if (id.size() > kMaxIdBytes) {
    throw std::invalid_argument(std::string("tracker: ") + what + " id longer than 256 bytes");
  }
  if (id.find('\0') != std::string_view::npos) {
    throw std::invalid_argument(std::string("tracker: ") + what + " id contains a NUL byte");
  }
}

// Composite key of a (customer, user) entity. Customer ids never contain NUL, so the split is
// unambiguous.
inline void user_key(std::string& out, std::string_view customer, std::string_view user) {
  out.assign(customer);
  out.push_back('\0');
  out.append(user);
}

inline uint64_t next_random(uint64_t& s) noexcept {  // xorshift64*
  s ^= s >> 12;
  s ^= s << 25;
  s ^= s >> 27;
  return s * 0x2545F4914F6CDD1DULL;
}

inline int max_severity(const TrackerEvent& ev, int& worst_cat) noexcept {
  int m = 0;
  worst_cat = static_cast<int>(kAnyCategoryRow);
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    int s = static_cast<int>(ev.severity[c]);
    if (s > m) {
      m = s;
      worst_cat = static_cast<int>(c);
    }
  }
  return m;
}

inline std::string fmt_num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

// Decayed counts are compared after rounding to the nearest integer: N events within a small part
// of the horizon decay to slightly below N and must still count as N.
inline bool reached(double decayed, double count) {
  return decayed + 0.5 >= count;
}

constexpr int64_t kDayMs = 86'400'000;

// Recurring patterns: marks the event's UTC day in the day masks of the severities it reaches.
inline void mark_day(EntityState& st, int64_t t) noexcept {
  const auto day = static_cast<int32_t>(t / kDayMs);
  if (day > st.harm_day) {
    const int32_t shift = day - st.harm_day;
    st.harm_days = shift >= 32 ? 0u : st.harm_days << shift;
    st.harm_day = day;
  }
  const int32_t back = st.harm_day - day;  // > 0 for an event older than the newest one
  if (back < 32) st.harm_days |= 1u << back;
}

inline uint32_t day_window(const EntityState& st, int64_t window_ms) noexcept {
  const int64_t w = std::min<int64_t>(32, (window_ms + kDayMs - 1) / kDayMs);
  return st.harm_days & (w >= 32 ? ~0u : (1u << w) - 1);
}

inline int distinct_days(const EntityState& st, int64_t window_ms) noexcept {
  return std::popcount(day_window(st, window_ms));
}

// Offset (days before harm_day) of the oldest day counted in the window.
inline int last_day(const EntityState& st, int64_t window_ms) noexcept {
  const uint32_t m = day_window(st, window_ms);
  return m == 0 ? 0 : 31 - std::countl_zero(m);
}

inline std::string day_text(int64_t day) {
  std::time_t tt = static_cast<std::time_t>(day * 86400);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

inline std::string_view row_name(std::optional<Category> c) {
  return c ? to_string(*c) : std::string_view("any");
}

}  // namespace detail

}  // namespace abusemon
