// Fleet detection, the consuming side: shard leases, detection on the shard streams, signals
// published once per fleet and surfaced on every replica (see fleet_stream.hpp and docs/FLEET.md).
#include <charconv>
#include <chrono>
#include <cstdio>
#include <stdexcept>

#include "tracker/fleet_redis.hpp"
#include "tracker/fleet_stream.hpp"

namespace abusemon::detail {

namespace {

// Acquires or renews a shard lease: 1 = held by ARGV[1] for ARGV[2] ms from now.
constexpr const char* kClaimScript = R"lua(
local v = redis.call('GET', KEYS[1])
if v == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not v then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0
)lua";

constexpr const char* kReleaseScript = R"lua(
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
)lua";

// Heartbeat on the server's clock (hosts' clocks may differ); returns the live replicas.
constexpr const char* kHeartbeatScript = R"lua(
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZCARD', KEYS[1])
)lua";

// Publishes a signal unless its id was published before: the dedup key and the stream entry are
// written atomically, so a publisher dying in between cannot lose or double it.
constexpr const char* kPublishScript = R"lua(
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', 'id', ARGV[3], 'signal', ARGV[4])
return 1
)lua";

constexpr std::size_t kErrorsMaxlen = 10000;

std::string hex64(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

bool is_int(const ReplyPtr& r, long long v) {
  return r.r != nullptr && r.r->type == REDIS_REPLY_INTEGER && r.r->integer == v;
}

int64_t wall_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace

FleetDetector::FleetDetector(Tracker::Impl& owner, const FleetConfig& cfg, std::string replica_id)
    : owner_(owner), cfg_(cfg), det_(*cfg.detection), id_(std::move(replica_id)) {
  inner_cfg_ = owner.cfg;
  inner_cfg_.fleet.reset();
  inner_cfg_.shards = 4;
  inner_cfg_.signal_queue_capacity = 1u << 20;  // drained after every event
  // Signals published before this replica started are not surfaced here (XREAD returns the
  // entries after the cursor: start one millisecond early so none of this one is missed).
  sig_cursor_ = std::to_string(wall_ms() - 1) + "-0";
}

FleetDetector::~FleetDetector() {
  stop();
  if (ctx_) redisFree(ctx_);
}

void FleetDetector::start() {
  thread_ = std::thread([this] { run(); });
}

void FleetDetector::stop() {
  {
    std::lock_guard<std::mutex> lk(mu_);
    if (stop_) return;
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void FleetDetector::add_stats(TrackerStats& s) const {
  s.fleet_owned_shards = owned_count_.load();
  s.fleet_consumed = consumed_.load();
  s.fleet_published = published_.load();
  s.fleet_received = received_.load();
  s.fleet_reconciled = reconciled_.load();
  s.fleet_closed = closed_.load();
  s.fleet_malformed = malformed_.load();
  std::lock_guard<std::mutex> lk(mu_);
  if (!last_error_.empty()) s.fleet_last_error = last_error_;
}

void FleetDetector::set_error(const std::string& why) {
  std::lock_guard<std::mutex> lk(mu_);
  last_error_ = why;
}

void FleetDetector::fail(const std::string& why) {
  set_error(why);
  if (ctx_) redisFree(ctx_);
  ctx_ = nullptr;
  // Leases may lapse meanwhile: the state is rebuilt from the stream when a shard is held again.
  owned_.clear();
  owned_count_ = 0;
}

void FleetDetector::run() {
  const SigpipeGuard no_sigpipe;
  std::unique_lock<std::mutex> lk(mu_);
  while (!stop_) {
    lk.unlock();
    cycle();
    lk.lock();
    cv_.wait_for(lk, std::chrono::milliseconds(cfg_.flush_interval_ms), [&] { return stop_; });
  }
  lk.unlock();
  if (ctx_ != nullptr) {  // hand the shards over at once instead of after the lease
    for (const auto& kv : owned_) {
      command_argv(ctx_, {"EVAL", kReleaseScript, "1",
                          cfg_.key_prefix + ":lease:" + std::to_string(kv.first), id_});
    }
    command_argv(ctx_, {"ZREM", cfg_.key_prefix + ":replicas", id_});
  }
  owned_.clear();
  owned_count_ = 0;
}

bool FleetDetector::cycle() {
  if (ctx_ == nullptr) {
    std::string why;
    ctx_ =
        connect_redis(cfg_.host, cfg_.port, cfg_.connect_timeout_ms, cfg_.command_timeout_ms, why);
    if (ctx_ == nullptr) {
      set_error("fleet detection: " + why);
      return false;
    }
  }
  const ReplyPtr hb =
      command_argv(ctx_, {"EVAL", kHeartbeatScript, "1", cfg_.key_prefix + ":replicas", id_,
                          std::to_string(det_.lease_ms)});
  if (hb.r == nullptr || hb.r->type != REDIS_REPLY_INTEGER) {
    fail("fleet detection: heartbeat failed: " +
         (hb.r ? std::string(reply_str(hb.r)) : std::string(ctx_->errstr)));
    return false;
  }
  if (!balance(static_cast<std::size_t>(std::max<long long>(1, hb.r->integer)))) return false;
  // Leases are renewed once per cycle: all reading of this cycle must end well before they lapse.
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(det_.lease_ms / 3);
  for (auto& [k, o] : owned_) {
    if (!consume(k, o, deadline)) return false;
  }
  return read_signals();
}

bool FleetDetector::balance(std::size_t replicas) {
  const std::size_t k_count = det_.shards;
  const std::size_t target = (k_count + replicas - 1) / replicas;
  // Replicas start their scan at different shards so that they do not all race for shard 0.
  const std::size_t start = stream_shard_of(id_, k_count);
  const std::string lease_ttl = std::to_string(det_.lease_ms);
  for (std::size_t i = 0; i < k_count; ++i) {
    const std::size_t k = (start + i) % k_count;
    const bool mine = owned_.count(k) != 0;
    if (!mine && owned_.size() >= target) continue;
    const ReplyPtr r =
        command_argv(ctx_, {"EVAL", kClaimScript, "1",
                            cfg_.key_prefix + ":lease:" + std::to_string(k), id_, lease_ttl});
    if (r.r == nullptr || r.r->type == REDIS_REPLY_ERROR) {
      fail("fleet detection: lease: " +
           (r.r ? std::string(reply_str(r.r)) : std::string(ctx_->errstr)));
      return false;
    }
    if (is_int(r, 1) && !mine) {
      // Taken over (or first owner): rebuild the shard's detector state from its stream.
      Owned& o = owned_[k];
      o.clock = std::make_unique<ManualClock>(0);
      o.tracker = std::make_unique<Tracker>(inner_cfg_, o.clock.get());
    } else if (!is_int(r, 1) && mine) {
      owned_.erase(k);  // lost (lapsed while we were away): the new owner carries on
    }
  }
  // More than our share (replicas joined): hand the surplus over.
  while (owned_.size() > target) {
    const auto it = std::prev(owned_.end());
    command_argv(ctx_, {"EVAL", kReleaseScript, "1",
                        cfg_.key_prefix + ":lease:" + std::to_string(it->first), id_});
    owned_.erase(it);
  }
  owned_count_ = owned_.size();
  return true;
}

bool FleetDetector::consume(std::size_t shard, Owned& o,
                            std::chrono::steady_clock::time_point deadline) {
  const std::string key = stream_key(cfg_.key_prefix, shard);
  do {
    const ReplyPtr r = command_argv(
        ctx_, {"XREAD", "COUNT", std::to_string(det_.read_count), "STREAMS", key, o.cursor});
    if (r.r == nullptr || r.r->type == REDIS_REPLY_ERROR) {
      fail("fleet detection: XREAD " + key + ": " +
           (r.r ? std::string(reply_str(r.r)) : std::string(ctx_->errstr)));
      return false;
    }
    if (r.r->type != REDIS_REPLY_ARRAY || r.r->elements == 0) return true;  // nothing new
    const redisReply* entries = r.r->element[0]->element[1];
    for (std::size_t i = 0; i < entries->elements; ++i) {
      const redisReply* entry = entries->element[i];
      const std::string_view id = reply_str(entry->element[0]);
      StreamEvent e;
      std::string why;
      const bool ok = decode_event(entry->elements > 1 ? entry->element[1] : nullptr, e, why);
      if (!ok) {
        ++malformed_;
        if (!record_error(key, id, why)) return false;
      } else if (!feed(o, id, e)) {
        return false;
      }
      o.cursor.assign(id);
    }
    if (entries->elements < det_.read_count) return true;
  } while (std::chrono::steady_clock::now() < deadline);
  return true;  // more next cycle, after the lease is renewed
}

bool FleetDetector::feed(Owned& o, std::string_view entry_id, const StreamEvent& e) {
  if (e.time_ms > o.clock->now_ms()) o.clock->set_ms(e.time_ms);
  if (!e.close_detector.empty()) {
    // A replica closed a fleet signal: re-arm the detector for the entity (a takeover replays the
    // close in order with the events) and have every replica close its copy.
    for (const Signal& s : o.tracker->open_signals()) {
      if (s.customer == e.customer && s.user == e.user && s.detector == e.close_detector) {
        o.tracker->close(s.id);
      }
    }
    ++consumed_;
    const ReplyPtr r = command_argv(
        ctx_, {"XADD", cfg_.key_prefix + ":signals", "MAXLEN", "~",
               std::to_string(det_.signals_maxlen), "*", "closed", std::to_string(e.item_id)});
    if (r.r == nullptr || r.r->type == REDIS_REPLY_ERROR) {
      fail("fleet detection: announcing a close: " +
           (r.r ? std::string(reply_str(r.r)) : std::string(ctx_->errstr)));
      return false;
    }
    return true;
  }
  TrackerEvent te;
  te.customer = e.customer;
  te.user = e.user;
  te.time_ms = e.time_ms;
  te.direction = static_cast<Direction>(e.direction);
  te.action = static_cast<Action>(e.action);
  te.jailbreak = e.jailbreak != 0;
  te.fingerprint = e.fingerprint;
  te.item_id = e.item_id;
  for (std::size_t c = 0; c < kCategoryCount; ++c)
    te.severity[c] = static_cast<Severity>(e.severity[c]);
  o.tracker->record(te);
  ++consumed_;
  thread_local std::vector<Signal> sigs;
  sigs.clear();
  o.tracker->drain_signals(sigs);
  for (auto& s : sigs) {
    s.source = SignalSource::fleet;
    if (!publish(s, fleet_signal_hash(entry_id, s))) return false;
  }
  return true;
}

bool FleetDetector::publish(const Signal& s, uint64_t hash) {
  const std::string id = hex64(hash);
  const ReplyPtr r =
      command_argv(ctx_, {"EVAL", kPublishScript, "2", cfg_.key_prefix + ":sig:" + id,
                          cfg_.key_prefix + ":signals", std::to_string(det_.dedup_ttl_ms),
                          std::to_string(det_.signals_maxlen), id, to_json(s)});
  if (r.r == nullptr || r.r->type == REDIS_REPLY_ERROR) {
    fail("fleet detection: publishing a signal: " +
         (r.r ? std::string(reply_str(r.r)) : std::string(ctx_->errstr)));
    return false;
  }
  if (is_int(r, 1)) ++published_;
  return true;
}

bool FleetDetector::record_error(std::string_view stream, std::string_view entry_id,
                                 const std::string& why) {
  const std::string msg = "fleet detection: malformed entry " + std::string(entry_id) + " in " +
                          std::string(stream) + ": " + why + " (skipped)";
  set_error(msg);
  const ReplyPtr r =
      command_argv(ctx_, {"XADD", cfg_.key_prefix + ":errors", "MAXLEN", "~",
                          std::to_string(kErrorsMaxlen), "*", "stream", std::string(stream),
                          "entry", std::string(entry_id), "replica", id_, "error", why});
  if (r.r == nullptr) {
    fail("fleet detection: " + std::string(ctx_->errstr));
    return false;
  }
  return true;
}

bool FleetDetector::read_signals() {
  const std::string key = cfg_.key_prefix + ":signals";
  while (true) {
    const ReplyPtr r = command_argv(
        ctx_, {"XREAD", "COUNT", std::to_string(det_.read_count), "STREAMS", key, sig_cursor_});
    if (r.r == nullptr || r.r->type == REDIS_REPLY_ERROR) {
      fail("fleet detection: XREAD " + key + ": " +
           (r.r ? std::string(reply_str(r.r)) : std::string(ctx_->errstr)));
      return false;
    }
    if (r.r->type != REDIS_REPLY_ARRAY || r.r->elements == 0) return true;
    const redisReply* entries = r.r->element[0]->element[1];
    for (std::size_t i = 0; i < entries->elements; ++i) {
      const redisReply* entry = entries->element[i];
      const std::string_view id = reply_str(entry->element[0]);
      sig_cursor_.assign(id);
      const redisReply* f = entry->elements > 1 ? entry->element[1] : nullptr;
      std::string_view hash_hex, json, closed;
      for (std::size_t j = 0; f && f->type == REDIS_REPLY_ARRAY && j + 1 < f->elements; j += 2) {
        const std::string_view name = reply_str(f->element[j]);
        if (name == "id") hash_hex = reply_str(f->element[j + 1]);
        if (name == "signal") json = reply_str(f->element[j + 1]);
        if (name == "closed") closed = reply_str(f->element[j + 1]);
      }
      if (!closed.empty()) {  // a replica closed this fleet signal: close the copy here too
        uint64_t sid = 0;
        const auto cr = std::from_chars(closed.data(), closed.data() + closed.size(), sid);
        if (cr.ec != std::errc() || cr.ptr != closed.data() + closed.size()) {
          ++malformed_;
          if (!record_error(key, id, "bad \"closed\" id")) return false;
        } else if (owner_.close_signal(sid, false)) {
          ++closed_;
        }
        continue;
      }
      uint64_t hash = 0;
      const auto pr = std::from_chars(hash_hex.data(), hash_hex.data() + hash_hex.size(), hash, 16);
      const bool hash_ok =
          !hash_hex.empty() && pr.ec == std::errc() && pr.ptr == hash_hex.data() + hash_hex.size();
      std::string why = hash_ok ? "" : "missing or bad \"id\"";
      Signal s;
      if (hash_ok) {
        try {
          s = signal_from_json(json);
          check_id(s.customer, "customer");
          check_id(s.user, "user");
          if (s.customer.empty()) why = "empty customer";
        } catch (const std::exception& e) {
          why = e.what();
        }
      }
      if (!why.empty()) {
        ++malformed_;
        if (!record_error(key, id, why)) return false;
        continue;
      }
      switch (owner_.surface_fleet_signal(std::move(s), hash)) {
        case 1:
          ++received_;
          break;
        case 2:
          ++reconciled_;
          break;
        default:
          break;
      }
    }
    if (entries->elements < det_.read_count) return true;
  }
}

}  // namespace abusemon::detail
