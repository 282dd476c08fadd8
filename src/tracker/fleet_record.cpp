// Fleet mode on the record path: per-customer counter deltas (mirrored by the flusher,
// fleet.cpp) and, with fleet detection, the events themselves (fleet_stream.cpp). Only in-memory
// work under the shard lock the caller holds: the record path never does I/O.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "tracker/tracker_internal.hpp"

namespace abusemon {

using detail::Shard;

detail::FleetDelta* Tracker::Impl::fleet_delta(Shard& sh, std::string_view customer) {
  auto it = sh.pending.find(customer);
  if (it == sh.pending.end()) {
    if (sh.pending.size() >= pending_cap_per_shard) {
      ++sh.fleet_dropped;
      return nullptr;
    }
    it = sh.pending.emplace(std::string(customer), detail::FleetDelta{}).first;
  }
  return &it->second;
}

void Tracker::Impl::add_fleet_delta(Shard& sh, std::string_view customer, const TrackerEvent& ev,
                                    int64_t t, int max_sev, bool jb) {
  detail::FleetDelta* dp = fleet_delta(sh, customer);
  if (dp == nullptr) return;
  detail::FleetDelta& d = *dp;
  if (d.last_ms == 0) {  // new, or holding review outcomes only
    d.first_ms = t;
    d.last_ms = t;
  }
  d.requests += 1;
  if (max_sev > 0) d.flagged += 1;
  if (ev.action == Action::block) d.blocked += 1;
  if (jb) d.jailbreaks += 1;
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    for (int k = 0; k < static_cast<int>(ev.severity[c]) && k < 3; ++k) d.counts[c][k] += 1;
  }
  for (int k = 0; k < max_sev && k < 3; ++k) d.counts[kAnyCategoryRow][k] += 1;
  d.first_ms = std::min(d.first_ms, t);
  // Decayed deltas are referred to last_ms; an older event contributes its decayed weight.
  // (expf: as on the local path, float precision is enough for decay factors.)
  if (t > d.last_ms) {
    const float dt = static_cast<float>(t - d.last_ms);
    for (std::size_t h = 0; h < hz.size(); ++h) {
      const double f = std::exp(-dt * hz[h].inv_tau);
      d.requests_decayed[h] *= f;
      d.flagged_decayed[h] *= f;
    }
    d.last_ms = t;
  }
  const float age = static_cast<float>(d.last_ms - t);
  for (std::size_t h = 0; h < hz.size(); ++h) {
    const double w = age > 0 ? std::exp(-age * hz[h].inv_tau) : 1.0;
    d.requests_decayed[h] += w;
    if (max_sev > 0) d.flagged_decayed[h] += w;
  }
}

void detail::merge_delta(FleetDelta& dst, const FleetDelta& src,
                         const std::vector<TrackerHorizon>& hz) {
  for (std::size_t o = 0; o < kReviewOutcomeCount; ++o) {
    for (std::size_t c = 0; c < kCategoryCount; ++c) dst.reviews[o][c] += src.reviews[o][c];
  }
  if (src.last_ms == 0) return;  // src holds review outcomes only
  if (dst.last_ms == 0) {        // dst holds review outcomes only (or nothing)
    uint32_t reviews[kReviewOutcomeCount][kCategoryCount];
    std::memcpy(reviews, dst.reviews, sizeof reviews);
    dst = src;
    std::memcpy(dst.reviews, reviews, sizeof reviews);
    return;
  }
  dst.requests += src.requests;
  dst.flagged += src.flagged;
  dst.blocked += src.blocked;
  dst.jailbreaks += src.jailbreaks;
  for (std::size_t r = 0; r < kTrackerRows; ++r) {
    for (std::size_t s = 0; s < kTrackedSeverities; ++s) dst.counts[r][s] += src.counts[r][s];
  }
  dst.first_ms = std::min(dst.first_ms, src.first_ms);
  const int64_t ref = std::max(dst.last_ms, src.last_ms);
  for (std::size_t h = 0; h < hz.size(); ++h) {
    const double tau = static_cast<double>(hz[h].ms);
    const double fd = std::exp(-static_cast<double>(ref - dst.last_ms) / tau);
    const double fs = std::exp(-static_cast<double>(ref - src.last_ms) / tau);
    dst.requests_decayed[h] = dst.requests_decayed[h] * fd + src.requests_decayed[h] * fs;
    dst.flagged_decayed[h] = dst.flagged_decayed[h] * fd + src.flagged_decayed[h] * fs;
  }
  dst.last_ms = ref;
}

void Tracker::Impl::add_stream_event(Shard& sh, const TrackerEvent& ev, int64_t t) {
  if (sh.stream_pending.size() >= stream_cap_per_shard) {
    ++sh.stream_dropped;
    return;
  }
  detail::StreamEvent& e = sh.stream_pending.emplace_back();
  e.customer = ev.customer;
  e.user = ev.user;
  e.time_ms = t;
  e.fingerprint = ev.fingerprint;
  e.item_id = ev.item_id;
  for (std::size_t c = 0; c < kCategoryCount; ++c)
    e.severity[c] = static_cast<uint8_t>(ev.severity[c]);
  e.direction = static_cast<uint8_t>(ev.direction);
  e.action = static_cast<uint8_t>(ev.action);
  e.jailbreak = ev.jailbreak ? 1 : 0;
}

int Tracker::Impl::surface_fleet_signal(Signal s, uint64_t fleet_hash) {
  using detail::kSlotBits;
  using detail::kSlotMask;
  const std::size_t slot = slot_of(s.customer);
  // The same id on every replica (the hash is the fleet's); the slot routes acknowledge/close to
  // the customer's shard; the top bit keeps it apart from local ids.
  s.id = (uint64_t{1} << 63) | ((fleet_hash & ((uint64_t{1} << 51) - 1)) << kSlotBits) |
         (slot & kSlotMask);
  s.source = SignalSource::fleet;
  s.state = SignalState::open;
  uint32_t det = 0;
  while (det < cfg.detectors.size() && cfg.detectors[det].name != s.detector) ++det;
  Shard& sh = shard_of_slot(slot);
  std::lock_guard<std::mutex> lk(sh.mu);
  if (sh.open.count(s.id) != 0) return 0;
  for (const auto& kv : sh.open) {
    const Signal& o = kv.second.signal;
    if (o.source == SignalSource::local && o.detector == s.detector && o.customer == s.customer &&
        o.user == s.user) {
      return 2;
    }
  }
  {
    std::lock_guard<std::mutex> qlk(signals.mu);
    if (signals.q.size() >= signals.capacity) {
      ++signals.dropped;
      return 0;
    }
    signals.q.push_back(s);
    ++signals.raised;
  }
  const uint64_t id = s.id;
  sh.open.emplace(id, detail::OpenSignal{std::move(s), det});
  return 1;
}

}  // namespace abusemon
