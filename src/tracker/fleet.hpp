// Fleet mode: a background flusher that mirrors per-customer counters into Redis (hiredis).
//
// The record path only aggregates deltas into its shard's bounded `pending` map (under the shard
// lock it already holds). This thread swaps those maps out, cuts them into batches and sends each
// batch as one EVALSHA of a Lua script, pipelined. Every batch carries a unique id that the script
// claims with SET NX before applying it, so a batch re-sent after a lost reply is applied exactly
// once. While Redis is unreachable nothing is swapped out: deltas keep aggregating in place (still
// bounded) and are sent when the connection comes back. With fleet detection the same thread also
// appends the buffered events to the fleet stream (StreamAppender), and a FleetDetector thread
// runs the detectors of the shards this replica holds (fleet_stream.hpp).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "tracker/tracker_internal.hpp"

struct redisContext;

namespace abusemon::detail {

class StreamAppender;  // fleet detection (fleet_stream.hpp)
class FleetDetector;

class FleetClient {
 public:
  FleetClient(Tracker::Impl& owner, FleetConfig cfg);
  ~FleetClient();
  FleetClient(const FleetClient&) = delete;
  FleetClient& operator=(const FleetClient&) = delete;

  void start();
  void stop();  // one last bounded flush attempt, then joins the thread
  bool flush(int64_t timeout_ms);
  void add_stats(TrackerStats& s) const;
  std::optional<FleetCounters> read_counters(std::string_view customer) const;

 private:
  struct Batch {
    std::string id;
    std::vector<std::pair<std::string, FleetDelta>> items;
    uint64_t events = 0;
  };

  void run();
  bool cycle();  // returns true when nothing is left to send
  bool connect();
  void disconnect();
  void collect();
  void send();
  void build_args(const Batch& b, std::vector<std::string>& args) const;
  std::string key_of(std::string_view customer) const;

  Tracker::Impl& owner_;
  FleetConfig cfg_;
  std::string client_id_;
  uint64_t seq_ = 0;
  redisContext* ctx_ = nullptr;  // owned by the flusher thread
  std::string sha_;
  std::deque<Batch> outbox_;                  // flusher thread only
  std::unique_ptr<StreamAppender> appender_;  // fleet detection only; flusher thread
  std::unique_ptr<FleetDetector> detector_;   // fleet detection only; its own thread

  std::thread thread_;
  mutable std::mutex mu_;  // guards the fields below
  std::condition_variable cv_;
  std::condition_variable done_cv_;
  bool stop_ = false;
  uint64_t requested_gen_ = 0;
  uint64_t done_gen_ = 0;
  bool last_empty_ = true;
  bool first_cycle_done_ = false;
  uint64_t outbox_customers_ = 0;
  uint64_t sent_events_ = 0;
  uint64_t errors_ = 0;
  uint64_t dropped_events_ = 0;
  bool connected_ = false;
};

}  // namespace abusemon::detail
