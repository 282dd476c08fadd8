// Replay: runs a timestamped traffic log through classification -> tracker -> review (with a
// simulated reviewer) -> enforcement, on a ManualClock set to each record's time, and reports a
// timeline and a per-customer summary. The building blocks are the real ones; only the reviewer
// is simulated. Used by `abusemon replay` (docs/CLI.md) and the README demo.
//
// Traffic format: one JSON object per line: "time" (RFC 3339, e.g. "2026-11-01T09:14:03Z", or a
// number of epoch seconds), "customer", optional "user", "region", "prompt", optional
// "completion". Blank lines are skipped. Records should be in time order (the clock only moves
// forward; an earlier time is treated as the current time).
//
// Threading: replay() drives the objects it is given from the calling thread; they may be shared
// with other threads (all are thread-safe), but the clock must only be moved by replay().
#pragma once

#include <abusemon/enforcement.hpp>
#include <abusemon/monitor.hpp>
#include <abusemon/policy.hpp>
#include <abusemon/review.hpp>
#include <abusemon/tracker.hpp>
#include <abusemon/types.hpp>

#include <cstdint>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "abusemon/export.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// One request of a traffic log.
struct TrafficRecord {
  std::int64_t time_ms = 0;
  std::string customer;
  std::string user;
  std::string region;
  std::string prompt;
  std::optional<std::string> completion;
};

/// Parses one traffic line; error(format) naming the problem (bad JSON, missing or mistyped
/// field, unparseable time).
TrafficRecord parse_traffic_record(std::string_view line);
/// Milliseconds since the epoch of an RFC 3339 time ("2026-11-01T09:14:03Z", fractional seconds
/// and numeric offsets accepted); nullopt if malformed.
std::optional<std::int64_t> parse_rfc3339(std::string_view text) noexcept;

/// One replica of a fleet replay (docs/FLEET.md#replaying-a-fleet). N processes replay the same
/// traffic log against one Redis (the tracker config's fleet section, with detection) and one
/// store (a PostgreSQL URL, or a SQLite file on one host). Replica I takes records I, I+N, I+2N,
/// ... (round-robin, as a load balancer would). Every replica reads the whole log and moves its
/// clock to each record's time at that record's wall-clock slot (start_wall_ms + k * pace_ms), so
/// the replicas' clocks agree. After its own record, a replica waits up to signal_wait_ms for a
/// fleet signal naming that record before the text goes to review (as one process would review
/// it with the signal); the replica whose record triggered a fleet signal is the one that reviews
/// it, so each signal is reviewed once per fleet.
struct ReplayFleetOptions {
  std::size_t replica_index = 0;  ///< 0 .. replica_count-1
  std::size_t replica_count = 1;  ///< >= 1
  /// Wall time (ms since the epoch) of the first record's slot; every replica must get the same.
  /// 0 = now.
  std::int64_t start_wall_ms = 0;
  /// Wall time between two records' slots; > signal_wait_ms. Records that have nothing to wait
  /// for keep the pace too, so that every replica's clock follows the same traffic time.
  std::int64_t pace_ms = 200;
  /// How long an own record's flagged text waits for the fleet's signals before review; it should
  /// exceed the fleet's event-to-signal latency (docs/FLEET.md: p95 ~70-135 ms at 50 ms flush).
  std::int64_t signal_wait_ms = 150;
  /// After the last slot: keep surfacing the fleet's signals and syncing enforcement this long.
  std::int64_t settle_ms = 2000;
};

/// How the simulated pipeline behaves.
struct ReplayOptions {
  /// A text goes to review when any category reaches this severity (or it was blocked), or
  /// when a tracker signal fires on it.
  Severity flag_min_severity = Severity::medium;
  /// The simulated reviewer confirms an item when the text's highest category score is at least
  /// this, and dismisses the rest (a stand-in for people; automated pre-review is the store's
  /// option). The item's category is the one a tracker signal names, else the most severe. An
  /// item raised by a recurring-pattern signal is judged with its pattern: confirmed when its
  /// text is flagged at all (>= low).
  double reviewer_confirm_score = 0.5;
  /// Region used for records without one.
  std::string default_region = "us";
  /// Set: this process is one replica of a fleet replay (the tracker must run fleet detection).
  std::optional<ReplayFleetOptions> fleet;
};

/// One line of the timeline.
struct ReplayEvent {
  std::int64_t time_ms = 0;
  std::string customer;
  std::string user;    ///< the end user of the record or of a user-scoped transition ("" = none)
  std::string kind;    ///< refused, flagged, signal, decision, transition
  std::string detail;  ///< labels, counts, reasons: never the text itself
};

/// What happened to one end user that enforcement acted on.
struct ReplayUser {
  std::string user;
  std::size_t requests = 0;
  std::size_t refused = 0;               ///< refused by the gate (its own block or the customer's)
  std::vector<std::string> transitions;  ///< "blocked", "good_standing", ... in order
  std::size_t notices = 0;               ///< user notices sent to the customer about it
  Standing final_state = Standing::good_standing;
};

/// What happened to one customer.
struct ReplayCustomer {
  std::string customer;
  std::size_t requests = 0;
  std::size_t refused = 0;                       ///< refused by the gate
  std::size_t flagged = 0;                       ///< texts sent to review
  std::vector<std::string> signals;              ///< detector names, in order raised
  std::map<std::string, std::size_t> decisions;  ///< "confirm"/"correct"/"dismiss" -> count
  std::vector<std::string> transitions;          ///< "warned", "suspended", ... in order
  std::vector<std::string> notifications;        ///< kinds, in order created
  Standing final_state = Standing::good_standing;
  /// End users with a user-scoped transition, by id (other end users are not listed).
  std::vector<ReplayUser> users;
};

struct ReplayResult {
  std::size_t records = 0;  ///< records replayed (by this replica, in a fleet replay)
  /// Fleet replay: own records that started after their slot had ended, or were still being
  /// processed when the next record's slot began (this replica fell behind: for those the fleet
  /// was not in step, and its result may differ from one process's; raise the pace).
  std::size_t late_records = 0;
  std::vector<ReplayEvent> timeline;
  std::vector<ReplayCustomer> customers;  ///< by customer id
};

/// Replays `traffic`. The Monitor should have enforcement.customer_gate() as its gate (then
/// suspended customers are refused without scoring, as in production); `clock` must be the clock
/// of the tracker, review store and enforcement. Every review decision is also counted in the
/// tracker (Tracker::record_decision, through a decision listener added for the run). Principals
/// "replay-reviewer-<region>" and "replay-manager-<region>" are created in the review store as
/// needed. error(format) for a bad line (with its line number).
ReplayResult replay(std::istream& traffic, const Monitor& monitor, Tracker& tracker,
                    ReviewStore& review, Enforcement& enforcement, ManualClock& clock,
                    const ReplayOptions& options = {});

/// The set-up of `abusemon replay` and abusemon.replay() around replay().
struct ReplayRunOptions {
  ReplayOptions replay;  ///< the simulated pipeline
  /// Review/enforcement store file; empty = a temporary one, removed afterwards. An existing file
  /// carries its state (principals, decisions, standings) over.
  std::string db;
  std::string outbox;   ///< append the notifications to this JSON Lines file ("" = none)
  std::string maildir;  ///< deliver the notifications into this Maildir ("" = none)
  /// Tracker configuration; nullopt = the defaults with default_detectors(). Its fleet section is
  /// used only in a fleet replay (replay.fleet set; then it is required, with detection): a
  /// plain replay never writes to a shared Redis.
  std::optional<TrackerConfig> tracker;
  EnforcementPolicy enforcement;
  double auto_confirm_confidence = 0.0;  ///< the review store's automated pre-review; 0 = off
};

/// Builds the pipeline on one ManualClock — a review store and enforcement on options.db, a
/// tracker, a Monitor over `scorer` and `policy` (with `monitor_options`, its gate replaced by the
/// enforcement gate) — replays `traffic`, then delivers every notification to each requested
/// outbox (each gets all of them). In a fleet replay nothing is delivered (the replicas' results
/// are combined by merge_replay_results, which delivers). Errors as replay(), the constructors
/// and the sinks; error(invalid_argument) for a fleet replay without fleet detection in the
/// tracker config or with bad fleet options.
ReplayResult run_replay(std::istream& traffic, std::shared_ptr<const Scorer> scorer, Policy policy,
                        const ReplayRunOptions& options, MonitorOptions monitor_options = {});

/// The summary as JSON: {"records":N,"customers":[{"customer","final_state","requests","refused",
/// "flagged","signals","decisions","transitions","notifications","users":[{"user","final_state",
/// "requests","refused","transitions","notices"}]}]}; with_timeline adds "timeline":
/// [{"time_ms","customer","user","kind","detail"}].
std::string to_json_string(const ReplayResult& r, bool with_timeline = false);
/// Parses to_json_string's output back (the timeline when present). error(format) naming the
/// problem.
ReplayResult replay_result_from_json(std::string_view json);

/// Combines the results of the replicas of one fleet replay (each with its timeline) into the
/// result one process reports: records, requests, refusals, flagged texts and decisions add up;
/// timelines, signals and transitions merge in time order; final standings and notifications
/// are read from the shared store behind `enforcement`. Then delivers every notification to
/// each requested sink ("" = none), as run_replay does. error(format) for a result without its
/// timeline (it is needed to order the merged lists).
ReplayResult merge_replay_results(std::vector<ReplayResult> replicas, Enforcement& enforcement,
                                  const std::string& outbox = {}, const std::string& maildir = {});

/// Delivers every due notification of `enforcement` to each requested sink ("" = none).
/// error(io) when a delivery fails (a failure is retried only after a backoff).
void deliver_replay_notifications(Enforcement& enforcement, const std::string& outbox,
                                  const std::string& maildir);

}  // namespace abusemon
