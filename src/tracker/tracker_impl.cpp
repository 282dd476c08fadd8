// Tracker::Impl: sharded per-entity state, decay, scores and views, detectors and signals, fleet
// deltas.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <ctime>
#include <stdexcept>

#include "abusemon/error.hpp"
#include "tracker/fleet.hpp"
#include "tracker/tracker_internal.hpp"

namespace abusemon {

using detail::check_id;
using detail::day_text;
using detail::day_window;
using detail::distinct_days;
using detail::EntityMap;
using detail::EntityState;
using detail::fmt_num;
using detail::kDayMs;
using detail::kEvictionSample;
using detail::kMaxIdBytes;
using detail::kSlotBits;
using detail::kSlotMask;
using detail::last_day;
using detail::mark_day;
using detail::max_severity;
using detail::next_random;
using detail::reached;
using detail::row_name;
using detail::Shard;
using detail::user_key;

// ------------------------------------------------------------------------------------------------
// Scores and views (shared with snapshot inspection)

namespace detail {

namespace {
// Time constant that a constant event rate since first_seen would need to produce the observed
// decayed count: tau * (1 - exp(-age/tau)), floored at the shortest horizon so that young entities
// are compared on the same footing across horizons.
double eff_tau(double tau, double tau0, double age_ms) {
  double e = tau * -std::expm1(-std::max(age_ms, 0.0) / tau);
  return std::max(e, tau0);
}

void decay_state(EntityState& st, int64_t t, const std::vector<TrackerHorizon>& hz) {
  for (std::size_t h = 0; h < hz.size(); ++h) {
    const double tau = static_cast<double>(hz[h].ms);
    if (t > st.last_seen_ms) {
      st.requests[h] *=
          static_cast<float>(std::exp(-static_cast<double>(t - st.last_seen_ms) / tau));
    }
    if (t > st.counts_ms) {
      const auto f = static_cast<float>(std::exp(-static_cast<double>(t - st.counts_ms) / tau));
      st.jailbreaks[h] *= f;
      for (auto& row : st.counts[h]) {
        for (auto& v : row) v *= f;
      }
    }
  }
  st.last_seen_ms = std::max(st.last_seen_ms, t);
  st.counts_ms = std::max(st.counts_ms, t);
}
}  // namespace

void entity_score(const EntityState& st_in, int64_t now, const std::vector<TrackerHorizon>& hz,
                  const ScoreConfig& sc, double& out_score, double& out_trend) {
  EntityState st = st_in;
  decay_state(st, now, hz);
  const double tau0 = static_cast<double>(hz.front().ms);
  const double age = static_cast<double>(now - st.first_seen_ms);
  double first = 0, last = 0, best = 0;
  for (std::size_t h = 0; h < hz.size(); ++h) {
    double load = 0;
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
      const float* v = st.counts[h][c];
      const double excl[3] = {std::max(0.0f, v[0] - v[1]), std::max(0.0f, v[1] - v[2]), v[2]};
      double l = 0;
      for (std::size_t s = 0; s < kTrackedSeverities; ++s) l += sc.severity_weight[s] * excl[s];
      load += sc.category_weight[c] * l;
    }
    const double norm = load * tau0 / eff_tau(static_cast<double>(hz[h].ms), tau0, age);
    const double s = -std::expm1(-norm / sc.scale);
    if (h == 0) first = s;
    last = s;
    best = std::max(best, s);
  }
  out_score = best;
  out_trend = hz.size() > 1 ? first - last : 0.0;
}

EntityView make_view(const EntityState& st_in, std::string_view customer, std::string_view user,
                     int64_t now, const std::vector<TrackerHorizon>& hz, const ScoreConfig& sc,
                     const std::vector<std::string>& detector_names, const ReviewCounts* reviews) {
  EntityState st = st_in;
  now = std::max(now, st.last_seen_ms);
  const int64_t last_seen = st.last_seen_ms;
  decay_state(st, now, hz);
  EntityView v;
  v.customer = customer;
  v.user = user;
  v.as_of_ms = now;
  v.first_seen_ms = st.first_seen_ms;
  v.last_seen_ms = last_seen;
  v.total_requests = st.total_requests;
  v.total_flagged = st.total_flagged;
  v.total_blocked = st.total_blocked;
  for (std::size_t h = 0; h < hz.size(); ++h) {
    v.horizons.push_back(hz[h].name);
    v.requests.push_back(st.requests[h]);
    v.jailbreaks.push_back(st.jailbreaks[h]);
    auto& c = v.counts.emplace_back();
    for (std::size_t r = 0; r < kTrackerRows; ++r) {
      for (std::size_t s = 0; s < kTrackedSeverities; ++s) c[r][s] = st.counts[h][r][s];
    }
  }
  for (std::size_t i = 0; i < kEvidenceRecent; ++i) {
    const uint64_t id = st.recent[(st.recent_pos + kEvidenceRecent - 1 - i) % kEvidenceRecent];
    if (id != 0) v.recent_items.push_back(id);
  }
  for (std::size_t i = 0; i < kEvidenceSevere; ++i) {
    if (st.severe_rank[i] != 0 && st.severe[i] != 0) v.severe_items.push_back(st.severe[i]);
  }
  entity_score(st_in, now, hz, sc, v.score, v.trend);
  for (std::size_t d = 0; d < detector_names.size() && d < 32; ++d) {
    if (st.open_mask & (1u << d)) v.open_detectors.push_back(detector_names[d]);
  }
  if (reviews != nullptr) {
    for (std::size_t o = 0; o < kReviewOutcomeCount; ++o) {
      for (std::size_t c = 0; c < kCategoryCount; ++c) v.reviews[o][c] = reviews->n[o][c];
    }
    v.last_review_ms = reviews->last_ms;
  }
  return v;
}

}  // namespace detail

// ------------------------------------------------------------------------------------------------
// Impl

Tracker::Impl::Impl(TrackerConfig c, const Clock* clk)
    : cfg(std::move(c)), clock(clk ? clk : &SystemClock::instance()) {
  validate(cfg);
  for (const auto& h : cfg.horizons) {
    hz.push_back({static_cast<double>(h.ms), 1.0f / static_cast<float>(h.ms)});
  }
  nshards = cfg.shards;
  shards = std::make_unique<Shard[]>(nshards);
  cust_cap_per_shard = std::max<std::size_t>(1, (cfg.max_customers + nshards - 1) / nshards);
  user_cap_per_shard = std::max<std::size_t>(1, (cfg.max_users + nshards - 1) / nshards);
  for (std::size_t i = 0; i < nshards; ++i) shards[i].rng ^= (i + 1) * 0xD1B54A32D192ED03ULL;
  for (std::size_t d = 0; d < cfg.detectors.size(); ++d) {
    const auto& det = cfg.detectors[d];
    if (det.scope != DetectorScope::customer) any_user_detector = true;
    if (det.type == DetectorType::evasion) {
      evasion_detector = static_cast<int>(d);
      evasion_window_ms = det.window_ms;
      evasion_distance = det.max_distance;
    }
    if (det.type == DetectorType::recurring) {
      const int s = static_cast<int>(det.min_severity);
      if (det.scope != DetectorScope::user) recurring_severity[0] = s;
      if (det.scope != DetectorScope::customer) recurring_severity[1] = s;
    }
  }
  signals.capacity = cfg.signal_queue_capacity;
  if (cfg.fleet) {
    pending_cap_per_shard = std::max<std::size_t>(1, cfg.fleet->max_pending / nshards);
    if (cfg.fleet->detection) {
      stream_cap_per_shard =
          std::max<std::size_t>(1, cfg.fleet->detection->max_buffered_events / nshards);
    }
    fleet = std::make_unique<detail::FleetClient>(*this, *cfg.fleet);
    fleet->start();
  }
}

Tracker::Impl::~Impl() {
  if (fleet) fleet->stop();
}

std::size_t Tracker::Impl::slot_of(std::string_view customer) const noexcept {
  const uint64_t h = std::hash<std::string_view>{}(customer);
  return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ULL) >> (64 - kSlotBits));
}

void Tracker::Impl::decay_to(EntityState& st, int64_t t) const noexcept {
  // Float precision suffices (the state is float) and expf is several times cheaper than exp
  // on this, the hottest path.
  if (t <= st.last_seen_ms) return;
  const float dt = static_cast<float>(t - st.last_seen_ms);
  for (std::size_t h = 0; h < hz.size(); ++h) st.requests[h] *= std::exp(-dt * hz[h].inv_tau);
  st.last_seen_ms = t;
}

void Tracker::Impl::decay_counts_to(EntityState& st, int64_t t) const noexcept {
  if (t <= st.counts_ms) return;
  const float dt = static_cast<float>(t - st.counts_ms);
  for (std::size_t h = 0; h < hz.size(); ++h) {
    const float f = std::exp(-dt * hz[h].inv_tau);
    st.jailbreaks[h] *= f;
    float* v = &st.counts[h][0][0];
    for (std::size_t i = 0; i < kTrackerRows * kTrackedSeverities; ++i) v[i] *= f;
  }
  st.counts_ms = t;
}

double Tracker::Impl::effective_tau(std::size_t h, int64_t age_ms) const noexcept {
  const double tau = hz[h].tau_ms;
  const double e = tau * -std::expm1(-static_cast<double>(std::max<int64_t>(age_ms, 0)) / tau);
  return std::max(e, hz.front().tau_ms);
}

void Tracker::Impl::evict_sampled(Shard& sh, EntityMap& m, int64_t now) {
  if (m.empty()) return;
  const std::size_t nb = m.bucket_count();
  std::size_t b = static_cast<std::size_t>(next_random(sh.rng) % nb);
  const std::string* victim = nullptr;
  int64_t victim_key = INT64_MAX;
  std::size_t sampled = 0;
  for (std::size_t scanned = 0; scanned < nb && sampled < kEvictionSample; ++scanned) {
    for (auto it = m.begin(b); it != m.end(b); ++it) {
      ++sampled;
      // Entities with open signals are kept unless everything sampled has one; expired ones go
      // first because their effective age is the largest.
      int64_t key = it->second.last_seen_ms;
      if (it->second.open_mask != 0 && (cfg.idle_ttl_ms == 0 || now - key <= cfg.idle_ttl_ms)) {
        key = key / 2 + INT64_MAX / 2;
      }
      if (victim == nullptr || key < victim_key) {
        victim = &it->first;
        victim_key = key;
      }
    }
    b = (b + 1) % nb;
  }
  if (victim != nullptr) {
    if (!sh.reviews.empty()) sh.reviews.erase(*victim);
    m.erase(m.find(*victim));
    ++sh.evicted;
  }
}

EntityState& Tracker::Impl::find_or_insert(Shard& sh, EntityMap& m, std::size_t cap,
                                           std::string_view key, int64_t t, bool& inserted) {
  auto it = m.find(key);
  if (it != m.end()) {
    inserted = false;
    return it->second;
  }
  if (m.size() >= cap) evict_sampled(sh, m, t);
  auto [nit, ok] = m.emplace(std::string(key), EntityState{});
  (void)ok;
  inserted = true;
  nit->second.first_seen_ms = t;
  nit->second.last_seen_ms = t;
  nit->second.counts_ms = t;
  return nit->second;
}

void Tracker::Impl::update_state(EntityState& st, const TrackerEvent& ev, int64_t t, int max_sev,
                                 bool jb) const noexcept {
  decay_to(st, t);
  st.first_seen_ms = std::min(st.first_seen_ms, t);
  const std::size_t H = hz.size();
  st.total_requests += 1;
  for (std::size_t h = 0; h < H; ++h) st.requests[h] += 1.0f;
  if (ev.action == Action::block) st.total_blocked += 1;
  if (max_sev <= 0 && !jb) return;
  decay_counts_to(st, t);
  if (jb) {
    for (std::size_t h = 0; h < H; ++h) st.jailbreaks[h] += 1.0f;
  }
  if (max_sev <= 0) return;
  st.total_flagged += 1;
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    const int s = static_cast<int>(ev.severity[c]);
    for (int k = 0; k < s && k < 3; ++k) {
      for (std::size_t h = 0; h < H; ++h) st.counts[h][c][k] += 1.0f;
    }
  }
  for (int k = 0; k < max_sev && k < 3; ++k) {
    for (std::size_t h = 0; h < H; ++h) st.counts[h][kAnyCategoryRow][k] += 1.0f;
  }
}

namespace {

// Evidence bookkeeping for a flagged event.
void add_evidence(EntityState& st, uint64_t item, int max_sev, int worst_cat) {
  if (item == 0) return;
  st.recent[st.recent_pos] = item;
  st.recent_pos = static_cast<uint8_t>((st.recent_pos + 1) % kEvidenceRecent);
  const auto rank = static_cast<uint8_t>(max_sev * 16 + (15 - worst_cat));
  for (std::size_t i = 0; i < kEvidenceSevere; ++i) {
    if (rank > st.severe_rank[i]) {
      for (std::size_t j = kEvidenceSevere - 1; j > i; --j) {
        st.severe[j] = st.severe[j - 1];
        st.severe_rank[j] = st.severe_rank[j - 1];
      }
      st.severe[i] = item;
      st.severe_rank[i] = rank;
      break;
    }
  }
}

// Evasion bookkeeping; returns true if this prompt is a near-duplicate of a recent blocked one.
bool track_evasion(EntityState& st, const TrackerEvent& ev, int64_t t, int64_t window, int max_dist,
                   int min_dist) {
  if (ev.direction != Direction::prompt || ev.fingerprint == 0) return false;
  const bool in_window = st.blocked_ms != 0 && t - st.blocked_ms <= window;
  if (!in_window) st.evasion_hits = 0;
  bool near = false;
  if (in_window) {
    for (uint64_t fp : st.blocked_fp) {
      if (fp == 0) continue;
      const int d = hamming_distance(fp, ev.fingerprint);
      if (d >= min_dist && d <= max_dist) near = true;
    }
  }
  if (near) {
    if (st.evasion_hits < 255) ++st.evasion_hits;
    // A rephrasing is evidence even when it passed the classifier.
    if (ev.item_id != 0 &&
        st.recent[(st.recent_pos + kEvidenceRecent - 1) % kEvidenceRecent] != ev.item_id) {
      st.recent[st.recent_pos] = ev.item_id;
      st.recent_pos = static_cast<uint8_t>((st.recent_pos + 1) % kEvidenceRecent);
    }
  }
  if (ev.action == Action::block) {
    if (!near && !(in_window &&
                   (st.blocked_fp[0] == ev.fingerprint || st.blocked_fp[1] == ev.fingerprint))) {
      // A new topic: start over.
      st.evasion_hits = 0;
      st.blocked_item = ev.item_id;
    }
    if (st.blocked_fp[0] != ev.fingerprint) {
      st.blocked_fp[1] = st.blocked_fp[0];
      st.blocked_fp[0] = ev.fingerprint;
    }
    st.blocked_ms = t;
  }
  return near;
}

}  // namespace

void Tracker::Impl::raise(Shard& sh, std::size_t slot, EntityState& st, uint32_t det,
                          std::string_view customer, std::string_view user, const TrackerEvent& ev,
                          int64_t t, double value, double threshold, int64_t window_ms,
                          std::string message) {
  const uint32_t bit = 1u << det;
  if (st.open_mask & bit) return;
  const auto& dc = cfg.detectors[det];
  Signal s;
  s.id = (sh.next_signal++ << kSlotBits) | (slot & kSlotMask);
  s.customer = customer;
  s.user = user;
  s.detector = dc.name;
  s.type = dc.type;
  s.priority = dc.priority;
  s.time_ms = t;
  s.category = dc.type == DetectorType::jailbreak ? std::optional<Category>(Category::jailbreak)
                                                  : dc.category;
  s.value = value;
  s.threshold = threshold;
  s.window_ms = window_ms;
  double trend = 0;
  score_of(st, t, s.score, trend);
  auto add = [&s](uint64_t id) {
    if (id != 0 && std::find(s.item_ids.begin(), s.item_ids.end(), id) == s.item_ids.end()) {
      s.item_ids.push_back(id);
    }
  };
  if (dc.type == DetectorType::evasion) {
    add(st.blocked_item);
  }
  add(ev.item_id);
  for (std::size_t i = 0; i < kEvidenceSevere; ++i) add(st.severe[i]);
  for (std::size_t i = 0; i < kEvidenceRecent; ++i) {
    add(st.recent[(st.recent_pos + kEvidenceRecent - 1 - i) % kEvidenceRecent]);
  }
  s.message = std::move(message);
  {
    std::lock_guard<std::mutex> lk(signals.mu);
    if (signals.q.size() >= signals.capacity) {
      ++signals.dropped;  // not marked open, so it can be raised again once the host drains
      return;
    }
    signals.q.push_back(s);
    ++signals.raised;
  }
  st.open_mask |= bit;
  const uint64_t id = s.id;
  sh.open.emplace(id, detail::OpenSignal{std::move(s), det});
}

void Tracker::Impl::score_of(const EntityState& st, int64_t now, double& score,
                             double& trend) const {
  detail::entity_score(st, std::max(now, st.last_seen_ms), cfg.horizons, cfg.score, score, trend);
}

void Tracker::Impl::run_detectors(Shard& sh, std::size_t slot, EntityState& st, bool is_user,
                                  std::string_view customer, std::string_view user,
                                  const TrackerEvent& ev, int64_t t, int max_sev, bool jb) {
  const auto nd = static_cast<uint32_t>(cfg.detectors.size());
  for (uint32_t d = 0; d < nd; ++d) {
    const auto& dc = cfg.detectors[d];
    if (dc.scope == (is_user ? DetectorScope::customer : DetectorScope::user)) continue;
    if (st.open_mask & (1u << d)) continue;
    const std::size_t row = dc.category ? static_cast<std::size_t>(*dc.category) : kAnyCategoryRow;
    const int min_s = static_cast<int>(dc.min_severity);
    const std::size_t si = static_cast<std::size_t>(min_s - 1);
    auto who = [&]() -> std::string {
      return is_user
                 ? "user '" + std::string(user) + "' of customer '" + std::string(customer) + "'"
                 : "customer '" + std::string(customer) + "'";
    };
    switch (dc.type) {
      case DetectorType::severe: {
        const int s = dc.category ? static_cast<int>(ev.severity[row]) : max_sev;
        if (s >= min_s) {
          raise(sh, slot, st, d, customer, user, ev, t, s, min_s, 0,
                who() + ": " + std::string(row_name(dc.category)) + " at severity " +
                    std::string(to_string(static_cast<Severity>(s))) + " (detector '" + dc.name +
                    "')");
        }
        break;
      }
      case DetectorType::frequency: {
        if (max_sev < min_s) break;
        const double v = st.counts[dc.horizon][row][si];
        if (reached(v, dc.count)) {
          raise(sh, slot, st, d, customer, user, ev, t, v, dc.count, cfg.horizons[dc.horizon].ms,
                who() + ": " + fmt_num(v) + " " + std::string(row_name(dc.category)) +
                    " events at >= " + std::string(to_string(dc.min_severity)) + " over " +
                    cfg.horizons[dc.horizon].name + " (threshold " + fmt_num(dc.count) +
                    ", detector '" + dc.name + "')");
        }
        break;
      }
      case DetectorType::rate: {
        if (max_sev < min_s) break;
        const double req = st.requests[dc.horizon];
        if (!reached(req, dc.min_requests) || req <= 0) break;
        const double share = st.counts[dc.horizon][row][si] / req;
        if (share >= dc.rate) {
          raise(sh, slot, st, d, customer, user, ev, t, share, dc.rate, cfg.horizons[dc.horizon].ms,
                who() + ": " + fmt_num(share * 100) + "% of " + fmt_num(req) + " requests over " +
                    cfg.horizons[dc.horizon].name + " were " + std::string(row_name(dc.category)) +
                    " at >= " + std::string(to_string(dc.min_severity)) + " (threshold " +
                    fmt_num(dc.rate * 100) + "%, detector '" + dc.name + "')");
        }
        break;
      }
      case DetectorType::burst: {
        if (max_sev < min_s) break;
        const int64_t age = t - st.first_seen_ms;
        if (age < dc.min_age_ms) break;
        const double cs = st.counts[dc.horizon][row][si];
        const double cl = st.counts[dc.long_horizon][row][si];
        if (!reached(cs, dc.count) || cl <= 0) break;
        const double ratio =
            (cs / effective_tau(dc.horizon, age)) / (cl / effective_tau(dc.long_horizon, age));
        if (ratio >= dc.factor) {
          raise(sh, slot, st, d, customer, user, ev, t, ratio, dc.factor,
                cfg.horizons[dc.horizon].ms,
                who() + ": " + std::string(row_name(dc.category)) + " rate over " +
                    cfg.horizons[dc.horizon].name + " is " + fmt_num(ratio) + "x the " +
                    cfg.horizons[dc.long_horizon].name + " baseline (threshold " +
                    fmt_num(dc.factor) + "x, detector '" + dc.name + "')");
        }
        break;
      }
      case DetectorType::jailbreak: {
        if (!jb) break;
        const double v = st.jailbreaks[dc.horizon];
        if (reached(v, dc.count)) {
          raise(sh, slot, st, d, customer, user, ev, t, v, dc.count, cfg.horizons[dc.horizon].ms,
                who() + ": " + fmt_num(v) + " jailbreak attempts over " +
                    cfg.horizons[dc.horizon].name + " (threshold " + fmt_num(dc.count) +
                    ", detector '" + dc.name + "')");
        }
        break;
      }
      case DetectorType::recurring: {
        if (max_sev < min_s) break;
        const int days = distinct_days(st, dc.window_ms);
        if (days >= dc.count) {
          raise(sh, slot, st, d, customer, user, ev, t, days, dc.count, dc.window_ms,
                who() + ": events at >= " + std::string(to_string(dc.min_severity)) + " on " +
                    std::to_string(days) + " distinct days within " +
                    std::to_string(dc.window_ms / kDayMs) + " days, the first on " +
                    day_text(st.harm_day - last_day(st, dc.window_ms)) + " (threshold " +
                    fmt_num(dc.count) + " days, detector '" + dc.name + "')");
        }
        break;
      }
      case DetectorType::evasion: {
        if (st.evasion_hits >= dc.count) {
          raise(sh, slot, st, d, customer, user, ev, t, st.evasion_hits, dc.count, dc.window_ms,
                who() + ": " + std::to_string(st.evasion_hits) +
                    " near-duplicate rephrasings of a blocked prompt (threshold " +
                    fmt_num(dc.count) + ", detector '" + dc.name + "')");
        }
        break;
      }
    }
  }
}

void Tracker::Impl::record_locked(Shard& sh, std::size_t slot, const TrackerEvent& ev, int64_t t) {
  int worst_cat = 0;
  const int max_sev = max_severity(ev, worst_cat);
  const bool jb = ev.jailbreak ||
                  ev.severity[static_cast<std::size_t>(Category::jailbreak)] >= Severity::medium;
  const bool flagged = max_sev > 0;
  bool inserted = false;
  const bool has_evasion = evasion_detector >= 0;
  // Fleet detection running: the fleet's detectors see this event; local ones would raise the
  // same signal once per replica.
  const bool detect = !fleet_detecting.load(std::memory_order_relaxed);

  EntityState& cs = find_or_insert(sh, sh.customers, cust_cap_per_shard, ev.customer, t, inserted);
  update_state(cs, ev, t, max_sev, jb);
  if (flagged) add_evidence(cs, ev.item_id, max_sev, worst_cat);
  if (recurring_severity[0] > 0 && max_sev >= recurring_severity[0]) mark_day(cs, t);
  const bool ev_c = has_evasion && track_evasion(cs, ev, t, evasion_window_ms, evasion_distance,
                                                 cfg.detectors[evasion_detector].min_distance);
  if (detect && (flagged || jb || ev_c))
    run_detectors(sh, slot, cs, false, ev.customer, {}, ev, t, max_sev, jb);

  if (!ev.user.empty()) {
    thread_local std::string key;
    user_key(key, ev.customer, ev.user);
    EntityState& us = find_or_insert(sh, sh.users, user_cap_per_shard, key, t, inserted);
    update_state(us, ev, t, max_sev, jb);
    if (flagged) add_evidence(us, ev.item_id, max_sev, worst_cat);
    if (recurring_severity[1] > 0 && max_sev >= recurring_severity[1]) mark_day(us, t);
    const bool ev_u = has_evasion && track_evasion(us, ev, t, evasion_window_ms, evasion_distance,
                                                   cfg.detectors[evasion_detector].min_distance);
    if (detect && any_user_detector && (flagged || jb || ev_u)) {
      run_detectors(sh, slot, us, true, ev.customer, ev.user, ev, t, max_sev, jb);
    }
  }
  if (fleet) {
    add_fleet_delta(sh, ev.customer, ev, t, max_sev, jb);
    if (stream_cap_per_shard > 0) add_stream_event(sh, ev, t);
  }
  ++sh.events;
}

EntityView Tracker::Impl::view_of(const EntityState& st, std::string_view customer,
                                  std::string_view user, int64_t now,
                                  const detail::ReviewCounts* reviews) const {
  std::vector<std::string> names;
  names.reserve(cfg.detectors.size());
  for (const auto& d : cfg.detectors) names.push_back(d.name);
  return detail::make_view(st, customer, user, now, cfg.horizons, cfg.score, names, reviews);
}

}  // namespace abusemon
