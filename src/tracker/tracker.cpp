// Tracker: the names of its enums and the public API (record, reviews, signals, views,
// eviction, stats). The state machinery: tracker_impl.cpp.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <ctime>
#include <stdexcept>

#include "abusemon/error.hpp"
#include "core/enum_names.hpp"
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
// Names

constexpr detail::EnumNames<DetectorType, 7> kDetectorTypeNames{
    {"severe", "frequency", "rate", "burst", "jailbreak", "evasion", "recurring"}};

std::string_view to_string(DetectorType t) noexcept {
  return kDetectorTypeNames.name(t);
}

std::optional<DetectorType> parse_detector_type(std::string_view name) noexcept {
  return kDetectorTypeNames.parse(name);
}

constexpr detail::EnumNames<SignalSource, 2> kSignalSourceNames{{"local", "fleet"}};

std::string_view to_string(SignalSource s) noexcept {
  return kSignalSourceNames.name(s);
}

constexpr detail::EnumNames<DetectorScope, 3> kDetectorScopeNames{{"customer", "user", "both"}};

std::string_view to_string(DetectorScope s) noexcept {
  return kDetectorScopeNames.name(s);
}

constexpr detail::EnumNames<ReviewOutcome, 3> kReviewOutcomeNames{
    {"confirmed", "corrected", "dismissed"}};

std::string_view to_string(ReviewOutcome o) noexcept {
  return kReviewOutcomeNames.name(o);
}

std::optional<ReviewOutcome> parse_review_outcome(std::string_view name) noexcept {
  return kReviewOutcomeNames.parse(name);
}

constexpr detail::EnumNames<SignalState, 3> kSignalStateNames{{"open", "acknowledged", "closed"}};

std::string_view to_string(SignalState s) noexcept {
  return kSignalStateNames.name(s);
}

// ------------------------------------------------------------------------------------------------
// Public API

TrackerEvent event_from_verdict(const Verdict& v, std::string_view customer, std::string_view user,
                                std::string_view text, uint64_t item_id, int64_t time_ms) {
  TrackerEvent ev;
  ev.customer = customer;
  ev.user = user;
  ev.time_ms = time_ms;
  ev.direction = v.direction;
  for (std::size_t c = 0; c < kCategoryCount; ++c) ev.severity[c] = v.categories[c].severity;
  ev.action = v.action;
  ev.jailbreak = v.jailbreak_detected;
  ev.fingerprint = text.empty() ? 0 : fingerprint(text);
  ev.item_id = item_id;
  return ev;
}

Tracker::Tracker(TrackerConfig config, const Clock* clock)
    : impl_(std::make_unique<Impl>(std::move(config), clock)) {}

Tracker::~Tracker() = default;

const TrackerConfig& Tracker::config() const noexcept {
  return impl_->cfg;
}

std::size_t Tracker::state_bytes() noexcept {
  return sizeof(EntityState);
}

void Tracker::record(const TrackerEvent& ev) {
  if (ev.customer.empty()) throw std::invalid_argument("tracker: customer id is empty");
  check_id(ev.customer, "customer");
  check_id(ev.user, "user");
  for (auto s : ev.severity) {
    if (static_cast<uint8_t>(s) > static_cast<uint8_t>(Severity::high)) {
      throw std::invalid_argument("tracker: severity value out of range");
    }
  }
  const int64_t t = ev.time_ms != 0 ? ev.time_ms : impl_->clock->now_ms();
  const std::size_t slot = impl_->slot_of(ev.customer);
  Shard& sh = impl_->shard_of_slot(slot);
  std::lock_guard<std::mutex> lk(sh.mu);
  impl_->record_locked(sh, slot, ev, t);
}

void Tracker::record_batch(std::span<const TrackerEvent> events) {
  for (const auto& ev : events) record(ev);
}

namespace {
// Sliding-window replay check (as IPsec's anti-replay window): true the first time `seq` is seen.
bool first_application(detail::ReviewCounts& rc, int64_t seq) {
  if (seq <= 0) return true;
  if (seq > rc.last_seq) {
    const uint64_t shift = static_cast<uint64_t>(seq - rc.last_seq);
    rc.seq_window = shift >= 64 ? 0 : rc.seq_window << shift;
    if (rc.last_seq > 0 && shift <= 64) rc.seq_window |= uint64_t{1} << (shift - 1);
    rc.last_seq = seq;
    return true;
  }
  if (seq == rc.last_seq) return false;
  const uint64_t back = static_cast<uint64_t>(rc.last_seq - seq - 1);
  if (back >= 64) return false;
  const uint64_t bit = uint64_t{1} << back;
  if (rc.seq_window & bit) return false;
  rc.seq_window |= bit;
  return true;
}
}  // namespace

bool Tracker::Impl::count_review(Shard& sh, std::string_view key, const ReviewEvent& r, int64_t t) {
  auto it = sh.reviews.find(key);
  if (it == sh.reviews.end()) {
    it = sh.reviews.emplace(std::string(key), detail::ReviewCounts{}).first;
  }
  detail::ReviewCounts& rc = it->second;
  if (!first_application(rc, r.decision_seq)) return false;
  uint32_t& n = rc.n[static_cast<std::size_t>(r.outcome)][static_cast<std::size_t>(r.category)];
  if (n != UINT32_MAX) ++n;
  rc.last_ms = std::max(rc.last_ms, t);
  return true;
}

bool Tracker::record_review(const ReviewEvent& r) {
  if (r.customer.empty()) throw std::invalid_argument("tracker: customer id is empty");
  check_id(r.customer, "customer");
  check_id(r.user, "user");
  if (static_cast<std::size_t>(r.category) >= kCategoryCount) {
    throw std::invalid_argument("tracker: review category out of range");
  }
  if (static_cast<std::size_t>(r.outcome) >= kReviewOutcomeCount) {
    throw std::invalid_argument("tracker: review outcome out of range");
  }
  const int64_t t = r.time_ms != 0 ? r.time_ms : impl_->clock->now_ms();
  const std::size_t slot = impl_->slot_of(r.customer);
  Shard& sh = impl_->shard_of_slot(slot);
  std::lock_guard<std::mutex> lk(sh.mu);
  // The entities exist from now on (an outcome may concern a customer evicted since, or seen by
  // another replica only): review counts live and are evicted with their entity.
  bool inserted = false;
  impl_->find_or_insert(sh, sh.customers, impl_->cust_cap_per_shard, r.customer, t, inserted);
  const bool applied = impl_->count_review(sh, r.customer, r, t);
  if (!r.user.empty()) {
    std::string key;
    user_key(key, r.customer, r.user);
    impl_->find_or_insert(sh, sh.users, impl_->user_cap_per_shard, key, t, inserted);
    impl_->count_review(sh, key, r, t);
  }
  if (applied && impl_->fleet) {
    if (detail::FleetDelta* d = impl_->fleet_delta(sh, r.customer)) {
      ++d->reviews[static_cast<std::size_t>(r.outcome)][static_cast<std::size_t>(r.category)];
    }
  }
  return applied;
}

std::size_t Tracker::drain_signals(std::vector<Signal>& out, std::size_t max) {
  std::lock_guard<std::mutex> lk(impl_->signals.mu);
  auto& q = impl_->signals.q;
  std::size_t n = 0;
  while (n < max && !q.empty()) {
    out.push_back(std::move(q.front()));
    q.pop_front();
    ++n;
  }
  return n;
}

namespace {
EntityState* find_entity(Shard& sh, const Signal& s) {
  if (s.user.empty()) {
    auto it = sh.customers.find(std::string_view(s.customer));
    return it == sh.customers.end() ? nullptr : &it->second;
  }
  std::string key;
  user_key(key, s.customer, s.user);
  auto it = sh.users.find(std::string_view(key));
  return it == sh.users.end() ? nullptr : &it->second;
}
}  // namespace

bool Tracker::acknowledge(uint64_t signal_id) {
  Shard& sh = impl_->shard_of_slot(signal_id & kSlotMask);
  std::lock_guard<std::mutex> lk(sh.mu);
  auto it = sh.open.find(signal_id);
  if (it == sh.open.end()) return false;
  it->second.signal.state = SignalState::acknowledged;
  return true;
}

bool Tracker::close(uint64_t signal_id) {
  return impl_->close_signal(signal_id, true);
}

bool Tracker::Impl::close_signal(uint64_t signal_id, bool announce) {
  Shard& sh = shard_of_slot(signal_id & kSlotMask);
  std::lock_guard<std::mutex> lk(sh.mu);
  auto it = sh.open.find(signal_id);
  if (it == sh.open.end()) return false;
  const Signal& s = it->second.signal;
  if (s.source == SignalSource::local) {
    if (EntityState* st = find_entity(sh, s)) st->open_mask &= ~(1u << it->second.detector);
  } else if (announce && stream_cap_per_shard > 0) {
    // The detector state of a fleet signal lives in its shard's owner: tell it through the
    // customer's stream, in order with the events (buffered like them while Redis is away).
    if (sh.stream_pending.size() < stream_cap_per_shard) {
      detail::StreamEvent& e = sh.stream_pending.emplace_back();
      e.customer = s.customer;
      e.user = s.user;
      e.time_ms = std::max<int64_t>(1, clock->now_ms());
      e.item_id = signal_id;
      e.close_detector = s.detector;
    } else {
      ++sh.stream_dropped;
    }
  }
  sh.open.erase(it);
  return true;
}

std::vector<Signal> Tracker::open_signals() const {
  std::vector<Signal> out;
  for (std::size_t i = 0; i < impl_->nshards; ++i) {
    Shard& sh = impl_->shards[i];
    std::lock_guard<std::mutex> lk(sh.mu);
    for (const auto& [id, os] : sh.open) out.push_back(os.signal);
  }
  std::sort(out.begin(), out.end(), [](const Signal& a, const Signal& b) { return a.id < b.id; });
  return out;
}

std::optional<EntityView> Tracker::entity(std::string_view customer, std::string_view user) const {
  check_id(customer, "customer");
  check_id(user, "user");
  const int64_t now = impl_->clock->now_ms();
  Shard& sh = impl_->shard_of_slot(impl_->slot_of(customer));
  std::lock_guard<std::mutex> lk(sh.mu);
  const EntityState* st = nullptr;
  std::string key;
  if (user.empty()) {
    key.assign(customer);
    auto it = sh.customers.find(customer);
    if (it != sh.customers.end()) st = &it->second;
  } else {
    user_key(key, customer, user);
    auto it = sh.users.find(std::string_view(key));
    if (it != sh.users.end()) st = &it->second;
  }
  if (st == nullptr) return std::nullopt;
  auto rv = sh.reviews.find(std::string_view(key));
  return impl_->view_of(*st, customer, user, now, rv == sh.reviews.end() ? nullptr : &rv->second);
}

std::size_t Tracker::evict_idle() {
  if (impl_->cfg.idle_ttl_ms == 0) return 0;
  const int64_t cutoff = impl_->clock->now_ms() - impl_->cfg.idle_ttl_ms;
  std::size_t n = 0;
  for (std::size_t i = 0; i < impl_->nshards; ++i) {
    Shard& sh = impl_->shards[i];
    std::lock_guard<std::mutex> lk(sh.mu);
    for (EntityMap* m : {&sh.customers, &sh.users}) {
      for (auto it = m->begin(); it != m->end();) {
        if (it->second.last_seen_ms < cutoff) {
          if (!sh.reviews.empty()) sh.reviews.erase(it->first);
          it = m->erase(it);
          ++n;
          ++sh.evicted;
        } else {
          ++it;
        }
      }
    }
  }
  return n;
}

TrackerStats Tracker::stats() const {
  TrackerStats s;
  for (std::size_t i = 0; i < impl_->nshards; ++i) {
    Shard& sh = impl_->shards[i];
    std::lock_guard<std::mutex> lk(sh.mu);
    s.events += sh.events;
    s.customers += sh.customers.size();
    s.users += sh.users.size();
    s.evicted += sh.evicted;
    s.open_signals += sh.open.size();
    s.fleet_buffered += sh.pending.size();
    s.fleet_dropped += sh.fleet_dropped;
    s.fleet_stream_buffered += sh.stream_pending.size();
    s.fleet_stream_dropped += sh.stream_dropped;
  }
  {
    std::lock_guard<std::mutex> lk(impl_->signals.mu);
    s.signals_raised = impl_->signals.raised;
    s.signals_dropped = impl_->signals.dropped;
    s.signals_pending = impl_->signals.q.size();
  }
  if (impl_->fleet) impl_->fleet->add_stats(s);
  return s;
}

bool Tracker::flush_fleet(int64_t timeout_ms) {
  if (!impl_->fleet) throw error(status::state, "tracker: fleet mode is not configured");
  return impl_->fleet->flush(timeout_ms);
}

std::optional<FleetCounters> Tracker::fleet_counters(std::string_view customer) const {
  if (!impl_->fleet) throw error(status::state, "tracker: fleet mode is not configured");
  check_id(customer, "customer");
  return impl_->fleet->read_counters(customer);
}

}  // namespace abusemon
