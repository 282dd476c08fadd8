// Abuse pattern capture: a stateful per-customer / per-end-user tracker.
//
// One harmful prompt is a classification; abuse is a pattern. The Tracker consumes one
// TrackerEvent per verdict (clean requests too, so rates have denominators), keeps compact
// fixed-size state per customer and per (customer, end-user), runs the configured detectors and
// queues Signals that the host drains. Optionally (fleet mode) it mirrors per-customer counters
// into a shared Redis so that several replicas see the same totals, and (fleet detection) runs the
// detectors on the events of the whole fleet (docs/FLEET.md).
//
// Threading contract
//   * Every Tracker member function is thread-safe.
//   * State is split into `shards` shards, each guarded by its own mutex; an event locks exactly
//   one
//     shard (customer and user state of one customer live in the same shard). There is no global
//     lock on the record path. The signal queue has its own mutex that is taken only when a signal
//     is raised or drained.
//   * record_review() locks the customer's shard like record().
//   * snapshot() locks one shard at a time: the file is consistent per shard, not across shards.
//   * record() never performs I/O. In fleet mode a background thread owns the Redis connection;
//     record() only adds to a bounded in-memory buffer (dropped updates are counted).
//
// Time
//   All times are milliseconds since the Unix epoch. An event with time_ms == 0 is stamped with the
//   injected Clock. Events older than the entity's last event are counted without extra decay
//   (state never moves backwards in time), so replays should be roughly ordered per customer.
//
// Decayed counts
//   A count with horizon H is an exponentially decayed count with time constant H: a constant rate
//   of r events per H gives a steady value of r, and an event contributes exp(-age/H). So "count
//   over horizon H" approximates "events in the last H" while needing O(1) state. Detector
//   thresholds on counts (count, min_requests) are compared with the decayed count rounded to the
//   nearest integer, so N events close together count as N; N events spread evenly over H decay
//   to about 0.63 N.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/export.hpp"
#include "abusemon/types.hpp"
#include "abusemon/verdict.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

// ------------------------------------------------------------------------------------------------
// Events

// Severity levels that are counted (safe is not): index 0 = low, 1 = medium, 2 = high.
inline constexpr std::size_t kTrackedSeverities = 3;
// Counters exist for each Category plus one "any category" row (the max over categories).
inline constexpr std::size_t kTrackerRows = kCategoryCount + 1;
inline constexpr std::size_t kAnyCategoryRow = kCategoryCount;
// Maximum number of decay horizons (state is fixed-size).
inline constexpr std::size_t kMaxHorizons = 3;
// Evidence kept per entity: the most recent flagged items and the most severe ones.
inline constexpr std::size_t kEvidenceRecent = 4;
inline constexpr std::size_t kEvidenceSevere = 2;

// One classified request or completion. string_views are only read during record().
struct TrackerEvent {
  std::string_view customer;  // required, non-empty, no NUL byte, at most 256 bytes
  std::string_view user;      // optional end-user id within the customer ("" = none)
  int64_t time_ms = 0;        // event time; 0 = now (the tracker's Clock)
  Direction direction = Direction::prompt;
  std::array<Severity, kCategoryCount> severity{};  // per Category (index = enum value); safe = 0
  Action action = Action::allow;
  bool jailbreak = false;  // a jailbreak attempt was detected (independent of severity[jailbreak])
  uint64_t fingerprint = 0;  // SimHash of the text (see fingerprint()); 0 = none
  uint64_t item_id = 0;      // host's id of the request/completion, reported as evidence; 0 = none
};

// Outcome of a review of a flagged item (human or automated pre-review; include/abusemon/review.hpp
// produces them as DecisionRecords). The tracker keeps exact lifetime totals per category.
enum class ReviewOutcome : uint8_t { confirmed = 0, corrected = 1, dismissed = 2 };
inline constexpr std::size_t kReviewOutcomeCount = 3;
std::string_view to_string(ReviewOutcome o) noexcept;
std::optional<ReviewOutcome> parse_review_outcome(std::string_view name) noexcept;

// One review outcome for a customer (and its end-user, if any).
struct ReviewEvent {
  std::string_view customer;  // required, as TrackerEvent::customer
  std::string_view user;      // optional end-user ("" = customer only)
  // confirmed / corrected: the final category; dismissed: the category that had been flagged.
  Category category = Category::hate;
  ReviewOutcome outcome = ReviewOutcome::confirmed;
  int64_t time_ms = 0;  // when it was decided; 0 = now (the tracker's Clock)
  // Position in the review store's decision feed. > 0 makes recording idempotent: a seq already
  // applied to the entity is ignored. Out-of-order arrival (concurrent reviewers) is handled for
  // the 64 seqs below the newest one seen; older ones are taken as applied. 0 = always count.
  int64_t decision_seq = 0;
};

struct DecisionRecord;  // abusemon/review.hpp
// The review outcome of a review decision (confirm -> confirmed, correct -> corrected with the
// corrected category, dismiss -> dismissed), with its customer, user, time and seq. The views
// point into `decision`.
ReviewEvent review_event_from_decision(const DecisionRecord& decision);

// The event for a Monitor verdict: its direction, per-category severities, action and jailbreak
// detection; `text` (if not empty) is fingerprinted. The views are stored in the event, so they
// must stay valid until it is recorded.
TrackerEvent event_from_verdict(const Verdict& verdict, std::string_view customer,
                                std::string_view user = {}, std::string_view text = {},
                                uint64_t item_id = 0, int64_t time_ms = 0);

// 64-bit SimHash of `text` over character 3-grams of its normalised form (ASCII lower-cased,
// runs of non-alphanumeric ASCII collapsed to one space; other bytes kept). Near-duplicate texts
// get fingerprints at a small Hamming distance. Returns 0 only for texts with no content.
// Pure function; thread-safe.
uint64_t fingerprint(std::string_view text) noexcept;

// Number of differing bits between two fingerprints.
int hamming_distance(uint64_t a, uint64_t b) noexcept;

// ------------------------------------------------------------------------------------------------
// Configuration (normally parsed from JSON with parse_tracker_config(); see docs/TRACKER.md)

enum class DetectorType : uint8_t {
  severe,     // one event with `category` at >= min_severity -> immediate signal
  frequency,  // decayed count of events (category, >= min_severity) over `horizon` >= count
  rate,       // harmful share over `horizon` >= rate, once requests over `horizon` >= min_requests
  burst,  // short-horizon event rate >= factor x own long-horizon rate (needs min_count, min_age)
  jailbreak,  // decayed count of jailbreak attempts over `horizon` >= count
  evasion,    // a blocked prompt followed by >= count near-duplicate prompts within `window_ms`
  recurring,  // events (any category, >= min_severity) on >= count distinct UTC days within
              // `window_ms` (at most 32 days), at any rate
};
std::string_view to_string(DetectorType t) noexcept;
std::optional<DetectorType> parse_detector_type(std::string_view name) noexcept;

// Which entities a detector watches.
enum class DetectorScope : uint8_t { customer, user, both };
std::string_view to_string(DetectorScope s) noexcept;

struct DetectorConfig {
  std::string name;  // unique; reported in signals
  DetectorType type = DetectorType::frequency;
  DetectorScope scope = DetectorScope::both;
  std::optional<Category> category;          // nullopt = any category (severe/frequency/rate/burst)
  Severity min_severity = Severity::medium;  // low..high
  Severity priority = Severity::medium;      // carried into the Signal for the host's routing
  std::size_t horizon = 0;                   // index into TrackerConfig::horizons
  std::size_t long_horizon = 0;              // burst: baseline horizon index (> horizon)
  double count = 1;  // frequency/jailbreak/evasion/burst: integer threshold (see "Decayed counts");
                     // recurring: distinct days
  double rate = 0;   // rate: share in (0, 1]
  double min_requests = 0;  // rate: minimum decayed requests over the horizon
  double factor = 0;        // burst: short rate / long rate multiple (> 1)
  int64_t min_age_ms = 0;   // burst: entity must be at least this old
  int max_distance = 12;    // evasion: max Hamming distance of a rephrasing
  int min_distance = 0;     // evasion: min distance (1 = exact resubmissions do not count)
  int64_t window_ms = 10 * 60 * 1000;  // evasion: rephrasings must follow within this;
                                       // recurring: the days counted (1 to 32 days)
};

struct TrackerHorizon {
  std::string name;  // e.g. "1h"; detectors refer to horizons by name
  int64_t ms = 0;    // time constant in milliseconds, > 0
};

// Abuse score: score_h = 1 - exp(-load_h / scale) per horizon, with
// load_h = sum over categories and severities of category_weight * severity_weight * count.
// The score is the maximum of the per-horizon scores; the trend is score(shortest horizon) minus
// score(longest horizon) scaled to the same unit rate: > 0 means getting worse.
struct ScoreConfig {
  std::array<double, kTrackedSeverities> severity_weight{0.2, 1.0, 4.0};  // low, medium, high
  std::array<double, kCategoryCount> category_weight{1, 1, 1, 3, 1, 1, 0.5};
  double scale = 10.0;  // load at which the score reaches 1 - 1/e (~0.63); > 0
};

// Fleet-wide detection (docs/FLEET.md): every replica appends its events to a Redis Stream split
// into `shards` by customer; for each shard one replica at a time (it holds the shard's lease) runs
// the detectors on the stream and publishes what they raise once per fleet to a signals stream
// that every replica surfaces. Replicas of a fleet must use the same shards and detectors.
struct FleetDetectionConfig {
  std::size_t shards = 16;                    // stream shards, 1..1024
  int64_t lease_ms = 3000;                    // a dead owner's shards move after this
  std::size_t stream_maxlen = 1'000'000;      // entries kept per shard stream (~ trimming)
  std::size_t signals_maxlen = 100'000;       // entries kept in the signals stream
  int64_t dedup_ttl_ms = 7 * 86'400'000LL;    // how long a raised signal's id is remembered
  std::size_t max_buffered_events = 100'000;  // events waiting for Redis; beyond: dropped
  std::size_t read_count = 1000;              // entries per XREAD
};

// Fleet mode: per-customer counters shared through Redis (see docs/TRACKER.md#fleet-mode).
struct FleetConfig {
  std::string host = "127.0.0.1";
  int port = 6379;
  std::string key_prefix = "abusemon";  // keys are <prefix>:c:<customer>
  std::size_t max_pending = 100000;     // buffered customers (aggregated deltas); beyond: dropped
  int64_t flush_interval_ms = 50;       // background flush period
  int64_t connect_timeout_ms = 200;
  int64_t command_timeout_ms = 2000;
  std::size_t batch_size = 128;                   // customers per Lua call; calls are pipelined
  std::optional<FleetDetectionConfig> detection;  // nullopt = detectors see local events only
  std::string replica_id;  // names this replica in leases; "" = random per Tracker
};

struct TrackerConfig {
  std::vector<TrackerHorizon> horizons{
      {"1h", 3'600'000}, {"24h", 86'400'000}, {"30d", 2'592'000'000}};  // 1..3, ascending
  std::size_t shards = 64;                   // 1..4096; more shards = less contention
  std::size_t max_customers = 1'000'000;     // memory bound; least recently seen evicted beyond
  std::size_t max_users = 1'000'000;         // same for (customer, user) entities
  int64_t idle_ttl_ms = 30LL * 86'400'000;   // entities idle longer are evicted; 0 = never
  std::size_t signal_queue_capacity = 4096;  // undrained signals beyond are dropped (counted)
  ScoreConfig score;
  std::vector<DetectorConfig> detectors;  // empty = none (parse_tracker_config adds defaults)
  std::optional<FleetConfig> fleet;       // nullopt = single process
};

// Parse a JSON tracker config. Unknown keys and bad values throw abusemon::error(status::format)
// whose message names the offending key (e.g. "tracker config: detectors[2].horizon: ...").
// A missing "detectors" key gives default_detectors(); "detectors": [] gives none.
TrackerConfig parse_tracker_config(std::string_view json);
// The built-in detector set (for the default horizons): see docs/TRACKER.md.
std::vector<DetectorConfig> default_detectors();
// Validate a config built in C++; throws std::invalid_argument naming the field.
void validate(const TrackerConfig& config);

// ------------------------------------------------------------------------------------------------
// Outputs

enum class SignalState : uint8_t { open, acknowledged, closed };
std::string_view to_string(SignalState s) noexcept;

// Who raised a signal: this process's detectors on its own events (local; also fleet mode while
// Redis is unreachable), or fleet detection on the events of all replicas (once per fleet; every
// replica surfaces it with the same id).
enum class SignalSource : uint8_t { local, fleet };
std::string_view to_string(SignalSource s) noexcept;

struct Signal {
  uint64_t id = 0;  // unique within this Tracker; never 0
  std::string customer;
  std::string user;  // "" for customer-level signals
  std::string detector;
  DetectorType type = DetectorType::severe;
  Severity priority = Severity::medium;
  SignalState state = SignalState::open;
  int64_t time_ms = 0;
  std::optional<Category> category;  // nullopt = any / not category-specific
  double value = 0;                  // the measured quantity (count, share, ratio, ...)
  double threshold = 0;              // the configured threshold it crossed
  int64_t window_ms = 0;             // the horizon / window the value refers to
  double score = 0;                  // entity abuse score when raised
  std::vector<uint64_t> item_ids;    // evidence: triggering item first, then recent/severe ones
  std::string message;               // one human-readable line
  SignalSource source = SignalSource::local;
};
std::string to_json(const Signal& s);

// A read-only copy of one entity's state, decayed to `as_of_ms`.
struct EntityView {
  std::string customer;
  std::string user;
  int64_t as_of_ms = 0;
  int64_t first_seen_ms = 0;
  int64_t last_seen_ms = 0;
  uint64_t total_requests = 0;        // exact, lifetime
  uint64_t total_flagged = 0;         // exact: events with any category at >= low
  uint64_t total_blocked = 0;         // exact: events with action == block
  std::vector<std::string> horizons;  // names, same order as below
  std::vector<double> requests;       // [h] decayed requests
  std::vector<double> jailbreaks;     // [h] decayed jailbreak attempts
  // [h][row][s]: decayed events with category row (kAnyCategoryRow = any) at severity >= s+1
  std::vector<std::array<std::array<double, kTrackedSeverities>, kTrackerRows>> counts;
  std::vector<uint64_t> recent_items;  // most recent flagged item ids, newest first
  std::vector<uint64_t> severe_items;  // most severe flagged item ids, worst first
  double score = 0;
  double trend = 0;
  std::vector<std::string> open_detectors;  // detectors with an open/acknowledged signal
  // Review outcomes, exact lifetime totals: [outcome][category] (see ReviewOutcome).
  std::array<std::array<uint32_t, kCategoryCount>, kReviewOutcomeCount> reviews{};
  int64_t last_review_ms = 0;  // 0 = never reviewed
};
std::string to_json(const EntityView& v);

struct TrackerStats {
  uint64_t events = 0;
  uint64_t customers = 0;  // live entities
  uint64_t users = 0;
  uint64_t evicted = 0;
  uint64_t signals_raised = 0;
  uint64_t signals_dropped = 0;  // queue full
  uint64_t signals_pending = 0;  // in the queue, not drained yet
  uint64_t open_signals = 0;
  // fleet mode (all 0 otherwise)
  uint64_t fleet_buffered = 0;     // customers with unsent deltas (incl. retry buffer)
  uint64_t fleet_dropped = 0;      // events whose fleet delta was dropped (buffer full)
  uint64_t fleet_sent_events = 0;  // events acknowledged by Redis
  uint64_t fleet_errors = 0;       // failed connects / commands
  bool fleet_connected = false;
  // fleet detection (all 0 otherwise)
  uint64_t fleet_stream_events = 0;    // events appended to the fleet stream (acknowledged)
  uint64_t fleet_stream_buffered = 0;  // events waiting for Redis
  uint64_t fleet_stream_dropped = 0;   // events not appended (buffer full)
  uint64_t fleet_owned_shards = 0;     // stream shards this replica runs detection for
  uint64_t fleet_consumed = 0;         // stream entries fed to this replica's fleet detectors
  uint64_t fleet_published = 0;        // fleet signals this replica published (first raiser)
  uint64_t fleet_received = 0;         // fleet signals surfaced here
  uint64_t fleet_reconciled = 0;       // fleet signals not surfaced: raised locally meanwhile
  uint64_t fleet_closed = 0;           // fleet signals closed here because another replica did
  uint64_t fleet_malformed = 0;        // stream entries that could not be decoded (skipped)
  bool fleet_detecting = false;        // local detectors are paused: the fleet's run instead
  std::string fleet_last_error;        // last Redis / stream error, "" = none
};
std::string to_json(const TrackerStats& s);

// Per-customer counters as stored in Redis (fleet mode); exact totals summed over all replicas.
struct FleetCounters {
  uint64_t requests = 0;
  uint64_t flagged = 0;
  uint64_t blocked = 0;
  uint64_t jailbreaks = 0;
  std::array<std::array<uint64_t, kTrackedSeverities>, kTrackerRows> counts{};  // >= severity
  int64_t first_seen_ms = 0;
  int64_t last_seen_ms = 0;
  std::vector<double> requests_decayed;  // [h], decayed to last_seen_ms
  std::vector<double> flagged_decayed;   // [h]
  std::array<std::array<uint64_t, kCategoryCount>, kReviewOutcomeCount> reviews{};  // as EntityView
};

// ------------------------------------------------------------------------------------------------

class Tracker {
 public:
  // Throws std::invalid_argument for an invalid config. `clock` = nullptr uses SystemClock; the
  // clock must outlive the Tracker. In fleet mode the background flusher starts immediately; it
  // does not need Redis to be up.
  explicit Tracker(TrackerConfig config = {}, const Clock* clock = nullptr);
  // Stops the flusher after one last best-effort flush (bounded by command_timeout_ms).
  ~Tracker();
  Tracker(const Tracker&) = delete;
  Tracker& operator=(const Tracker&) = delete;

  // Record one event. Throws std::invalid_argument for an empty/oversized customer id or a NUL
  // byte in an id. Never blocks on I/O.
  void record(const TrackerEvent& event);
  // Record many events; equivalent to calling record() for each, in order.
  void record_batch(std::span<const TrackerEvent> events);

  // Count a review outcome on the customer and, if given, its end-user (entities are created if
  // unknown). Returns false when it was ignored as already applied (see ReviewEvent::decision_seq).
  // Throws std::invalid_argument as record(). Never blocks on I/O; in fleet mode the counts are
  // mirrored to Redis like the event counters.
  bool record_review(const ReviewEvent& review);
  // record_review(review_event_from_decision(decision)): hand it every decision of a ReviewStore,
  // e.g. `store.set_decision_listener([&t](const DecisionRecord& d) { t.record_decision(d); })`.
  bool record_decision(const DecisionRecord& decision);

  // Move up to `max` queued signals (oldest first) into `out` (appended). Returns how many.
  std::size_t drain_signals(std::vector<Signal>& out, std::size_t max = SIZE_MAX);
  // Mark an open signal acknowledged (still suppresses re-raising). false if unknown/closed.
  bool acknowledge(uint64_t signal_id);
  // Close a signal: its detector may fire again for that entity. false if unknown/closed. A fleet
  // signal's close reaches the whole fleet (through Redis, buffered while it is away): the fleet's
  // detector is re-armed and every replica closes its copy (stats().fleet_closed).
  bool close(uint64_t signal_id);
  // Signals that are open or acknowledged, ordered by id.
  std::vector<Signal> open_signals() const;

  // State of a customer (user empty) or of one of its end-users, decayed to now; nullopt if the
  // entity is unknown (never seen, or evicted).
  std::optional<EntityView> entity(std::string_view customer, std::string_view user = {}) const;

  // Evict entities idle for longer than idle_ttl_ms. Returns how many were evicted. Eviction also
  // happens on its own when the memory bound is hit; call this periodically to release idle ones.
  std::size_t evict_idle();

  // Write all state (entities + open signals) to `path` atomically: a temporary file in the same
  // directory is written, fsync'ed and renamed over `path`, then the directory is fsync'ed. A
  // crash at any point leaves the previous file intact. The temporary file is
  // `<path>.tmp.<pid>.<random>`, created exclusively (O_EXCL | O_NOFOLLOW, mode 0600); temporary
  // files of `path` left by writers that no longer run are removed first. Throws
  // abusemon::error(status::io).
  void snapshot(const std::string& path) const;
  // Replace all state with the contents of a snapshot. Throws abusemon::error with status::io
  // (cannot read), status::format (bad magic, truncated, checksum mismatch) or status::state
  // (written with different horizons). On error the current state is unchanged.
  void restore(const std::string& path);

  TrackerStats stats() const;
  const TrackerConfig& config() const noexcept;

  // Fleet mode: ask the flusher to send everything buffered and wait up to timeout_ms for it.
  // Returns true if the buffer was empty when it returned. Throws abusemon::error(status::state)
  // when fleet mode is off.
  bool flush_fleet(int64_t timeout_ms);
  // Fleet mode: read a customer's shared counters from Redis (synchronous, own connection).
  // nullopt if Redis has no such customer. Throws abusemon::error(status::unavailable) when Redis
  // cannot be reached, status::state when fleet mode is off.
  std::optional<FleetCounters> fleet_counters(std::string_view customer) const;

  // Bytes of entity state per idle entity (fixed-size part, excluding the id and map overhead).
  static std::size_t state_bytes() noexcept;

  struct ABUSEMON_NO_EXPORT Impl;  // private: never exported with the class

 private:
  std::unique_ptr<Impl> impl_;
};

// Snapshot inspection without a Tracker (for tooling): all entities in the file, decayed to the
// snapshot's own time. Same errors as Tracker::restore().
struct SnapshotInfo {
  int64_t written_ms = 0;
  std::vector<std::string> horizons;
  std::vector<EntityView> entities;
  std::vector<Signal> open_signals;
};
SnapshotInfo read_snapshot(const std::string& path);

}  // namespace abusemon
