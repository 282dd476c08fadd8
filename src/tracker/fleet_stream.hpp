// Fleet detection (docs/FLEET.md): events appended to a Redis Stream sharded by customer, shard
// leases, detection on the stream by the shard's owner, signals published once per fleet.
//
// Keys (prefix = FleetConfig::key_prefix):
//   <prefix>:ev:<k>      stream of shard k's events (fields c u t d a j s f i), trimmed ~MAXLEN,
//                        and of fleet signals closed by a replica (the same fields plus x)
//   <prefix>:ebatch:...  ids of appended event batches (SET NX: a re-sent batch is appended once)
//   <prefix>:lease:<k>   owner of shard k (SET PX, renewed every poll; lapses when it dies)
//   <prefix>:replicas    live replicas (ZSET scored by heartbeat expiry) to size each one's share
//   <prefix>:sig:<id>    a published signal's id (SET NX PX dedup_ttl): once per fleet
//   <prefix>:signals     stream of fleet signals (fields id, signal = JSON) read by every replica,
//                        and of closes (field closed = the signal's id on every replica)
//   <prefix>:errors      stream of error records (malformed entries), trimmed ~10000
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "tracker/tracker_internal.hpp"

struct redisContext;
struct redisReply;

namespace abusemon::detail {

// Stream shard of a customer: FNV-1a, stable across builds and hosts (unlike std::hash).
std::size_t stream_shard_of(std::string_view customer, std::size_t shards) noexcept;
std::string stream_key(const std::string& prefix, std::size_t shard);
// Appends the 9 field values of one event (order: c u t d a j s f i).
void encode_event(const StreamEvent& e, std::vector<std::string>& out);
// Decodes one stream entry's field/value array; false with `why` for a malformed entry.
bool decode_event(const redisReply* fields, StreamEvent& out, std::string& why);
// Fleet-wide id of a signal raised on stream entry `entry_id`: the same on every replica and on
// every replay of the stream, so that SET NX on it publishes the signal once.
uint64_t fleet_signal_hash(std::string_view entry_id, const Signal& s) noexcept;

// Appends buffered events to the shard streams (the flusher thread of FleetClient only; the
// counters are read by stats()).
class StreamAppender {
 public:
  StreamAppender(Tracker::Impl& owner, const FleetConfig& cfg, std::string client_id);
  void collect();  // moves the shards' pending events into the outbox
  // Sends the outbox (pipelined); false on a connection error (unsent batches are kept: their ids
  // make a re-send safe).
  bool send(redisContext* c, std::string& why);
  bool empty() const noexcept { return outbox_.empty(); }
  void add_stats(TrackerStats& s) const;

 private:
  struct Batch {
    std::string id;
    std::size_t shard = 0;
    std::vector<StreamEvent> events;
  };
  Tracker::Impl& owner_;
  const FleetConfig& cfg_;
  const FleetDetectionConfig& det_;
  std::string client_id_;
  uint64_t seq_ = 0;
  std::deque<Batch> outbox_;
  std::atomic<uint64_t> outbox_events_{0};
  std::atomic<uint64_t> sent_{0};
  std::atomic<uint64_t> failed_{0};
};

// Shard ownership and detection on the fleet stream; its own thread and connection.
class FleetDetector {
 public:
  FleetDetector(Tracker::Impl& owner, const FleetConfig& cfg, std::string replica_id);
  ~FleetDetector();
  FleetDetector(const FleetDetector&) = delete;
  FleetDetector& operator=(const FleetDetector&) = delete;
  void start();
  void stop();  // releases the leases it holds (best effort), joins the thread
  void add_stats(TrackerStats& s) const;

 private:
  struct Owned {
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<Tracker> tracker;  // detector-only state of the shard's customers
    std::string cursor = "0";          // last stream entry absorbed
  };
  void run();
  bool cycle();  // false: Redis error (connection dropped, owned state forgotten)
  bool balance(std::size_t replicas);
  bool consume(std::size_t shard, Owned& o, std::chrono::steady_clock::time_point deadline);
  bool feed(Owned& o, std::string_view entry_id, const StreamEvent& e);
  bool publish(const Signal& s, uint64_t hash);
  bool read_signals();
  bool record_error(std::string_view stream, std::string_view entry_id, const std::string& why);
  void fail(const std::string& why);
  void set_error(const std::string& why);

  Tracker::Impl& owner_;
  const FleetConfig& cfg_;
  const FleetDetectionConfig& det_;
  std::string id_;
  TrackerConfig inner_cfg_;
  redisContext* ctx_ = nullptr;  // detector thread only
  std::map<std::size_t, Owned> owned_;
  std::string sig_cursor_;

  std::thread thread_;
  mutable std::mutex mu_;  // guards stop_, last_error_
  std::condition_variable cv_;
  bool stop_ = false;
  std::string last_error_;
  std::atomic<uint64_t> owned_count_{0};
  std::atomic<uint64_t> consumed_{0};
  std::atomic<uint64_t> published_{0};
  std::atomic<uint64_t> received_{0};
  std::atomic<uint64_t> reconciled_{0};
  std::atomic<uint64_t> closed_{0};
  std::atomic<uint64_t> malformed_{0};
};

}  // namespace abusemon::detail
