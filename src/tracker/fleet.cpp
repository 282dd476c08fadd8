// Fleet mode: Redis flusher (see fleet.hpp for the design).
#include "tracker/fleet.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <random>

#include "abusemon/error.hpp"
#include "tracker/fleet_redis.hpp"
#include "tracker/fleet_stream.hpp"

namespace abusemon::detail {

namespace {

// Applies a batch of per-customer deltas atomically. KEYS[1] is the batch id (claimed with SET NX
// so a re-sent batch is applied once), KEYS[2..] the customers' hashes. ARGV: id ttl (s), key ttl
// (ms, 0 = none), H, then H x (name, tau ms), then per customer: n, n x (field, increment),
// first_ms, last_ms, H x (decayed requests, decayed flagged) referred to last_ms. last_ms = 0: the
// delta holds only counters (review outcomes), no event time: first/last/decayed are left alone.
constexpr const char* kApplyScript = R"lua(
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', tonumber(ARGV[1])) then return 0 end
local key_ttl = tonumber(ARGV[2])
local H = tonumber(ARGV[3])
local names, taus = {}, {}
local a = 4
for h = 1, H do names[h] = ARGV[a]; taus[h] = tonumber(ARGV[a + 1]); a = a + 2 end
for k = 2, #KEYS do
  local key = KEYS[k]
  local n = tonumber(ARGV[a]); a = a + 1
  for i = 1, n do redis.call('HINCRBY', key, ARGV[a], ARGV[a + 1]); a = a + 2 end
  local first, last = tonumber(ARGV[a]), tonumber(ARGV[a + 1]); a = a + 2
  if last > 0 then
    local cur = redis.call('HMGET', key, 'first', 'last')
    if (not cur[1]) or tonumber(cur[1]) > first then redis.call('HSET', key, 'first', ARGV[a - 2]) end
    local t0 = tonumber(cur[2]) or last
    local tn = math.max(t0, last)
    for h = 1, H do
      local fr, ff = 'req:' .. names[h], 'flag:' .. names[h]
      local v = redis.call('HMGET', key, fr, ff)
      local fo, fn = math.exp(-(tn - t0) / taus[h]), math.exp(-(tn - last) / taus[h])
      redis.call('HSET', key, fr, string.format('%.17g', (tonumber(v[1]) or 0) * fo + tonumber(ARGV[a]) * fn),
                 ff, string.format('%.17g', (tonumber(v[2]) or 0) * fo + tonumber(ARGV[a + 1]) * fn))
      a = a + 2
    end
    redis.call('HSET', key, 'last', string.format('%d', tn))
  else
    a = a + 2 * H
  end
  if key_ttl > 0 then redis.call('PEXPIRE', key, key_ttl) end
end
return 1
)lua";

constexpr int64_t kBatchIdTtlS = 86400;

// "confirmed:hate", ...: review outcome totals.
std::string review_field(std::size_t outcome, std::size_t category) {
  std::string f(to_string(static_cast<ReviewOutcome>(outcome)));
  f += ':';
  f += to_string(static_cast<Category>(category));
  return f;
}

std::string severity_field(std::size_t row, std::size_t s) {
  std::string f(row == kAnyCategoryRow ? std::string_view("any")
                                       : to_string(static_cast<Category>(row)));
  f += ':';
  f += to_string(static_cast<Severity>(s + 1));
  return f;
}

}  // namespace

FleetClient::FleetClient(Tracker::Impl& owner, FleetConfig cfg)
    : owner_(owner), cfg_(std::move(cfg)) {
  std::random_device rd;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%08x%08x-%d", rd(), rd(), static_cast<int>(getpid()));
  client_id_ = buf;
  if (cfg_.detection) {
    appender_ = std::make_unique<StreamAppender>(owner_, cfg_, client_id_);
    detector_ = std::make_unique<FleetDetector>(
        owner_, cfg_, cfg_.replica_id.empty() ? client_id_ : cfg_.replica_id);
  }
}

FleetClient::~FleetClient() {
  stop();
  disconnect();
}

std::string FleetClient::key_of(std::string_view customer) const {
  std::string k = cfg_.key_prefix;
  k += ":c:";
  k += customer;
  return k;
}

void FleetClient::start() {
  thread_ = std::thread([this] { run(); });
  if (!detector_) return;
  detector_->start();
  // Wait (bounded) for the first connection attempt: events recorded before it would otherwise
  // be detected locally although the fleet detects them too.
  std::unique_lock<std::mutex> lk(mu_);
  done_cv_.wait_for(lk,
                    std::chrono::milliseconds(cfg_.connect_timeout_ms + cfg_.command_timeout_ms),
                    [&] { return first_cycle_done_; });
}

void FleetClient::stop() {
  if (detector_) detector_->stop();
  {
    std::lock_guard<std::mutex> lk(mu_);
    if (stop_) return;
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

bool FleetClient::flush(int64_t timeout_ms) {
  std::unique_lock<std::mutex> lk(mu_);
  const uint64_t gen = ++requested_gen_;
  cv_.notify_all();
  done_cv_.wait_for(lk, std::chrono::milliseconds(std::max<int64_t>(timeout_ms, 0)),
                    [&] { return done_gen_ >= gen || stop_; });
  return done_gen_ >= gen && last_empty_;
}

void FleetClient::add_stats(TrackerStats& s) const {
  std::lock_guard<std::mutex> lk(mu_);
  s.fleet_buffered += outbox_customers_;
  s.fleet_dropped += dropped_events_;
  s.fleet_sent_events = sent_events_;
  s.fleet_errors = errors_;
  s.fleet_connected = connected_;
  s.fleet_detecting = owner_.fleet_detecting.load();
  if (appender_) appender_->add_stats(s);
  if (detector_) detector_->add_stats(s);
}

void FleetClient::run() {
  const SigpipeGuard no_sigpipe;
  std::unique_lock<std::mutex> lk(mu_);
  while (true) {
    const uint64_t gen = requested_gen_;
    const bool stopping = stop_;
    lk.unlock();
    const bool empty = cycle();
    if (stopping) {
      // The final cycle above already tried once; nothing more to do.
      lk.lock();
      done_gen_ = gen;
      last_empty_ = empty;
      done_cv_.notify_all();
      return;
    }
    lk.lock();
    done_gen_ = gen;
    last_empty_ = empty;
    first_cycle_done_ = true;
    done_cv_.notify_all();
    if (requested_gen_ != gen && empty == false && connected_) continue;  // flush() waiting
    cv_.wait_for(lk, std::chrono::milliseconds(cfg_.flush_interval_ms),
                 [&] { return stop_ || requested_gen_ != gen; });
  }
}

bool FleetClient::connect() {
  if (ctx_) return true;
  redisContext* c =
      redisConnectWithTimeout(cfg_.host.c_str(), cfg_.port, to_tv(cfg_.connect_timeout_ms));
  if (c == nullptr || c->err) {
    if (c) redisFree(c);
    std::lock_guard<std::mutex> lk(mu_);
    ++errors_;
    return false;
  }
  redisSetTimeout(c, to_tv(cfg_.command_timeout_ms));
  ReplyPtr rp;
  rp.r = static_cast<redisReply*>(redisCommand(c, "SCRIPT LOAD %s", kApplyScript));
  if (rp.r == nullptr || rp.r->type != REDIS_REPLY_STRING) {
    redisFree(c);
    std::lock_guard<std::mutex> lk(mu_);
    ++errors_;
    return false;
  }
  sha_.assign(rp.r->str, rp.r->len);
  ctx_ = c;
  owner_.fleet_detecting.store(appender_ != nullptr);
  std::lock_guard<std::mutex> lk(mu_);
  connected_ = true;
  return true;
}

void FleetClient::disconnect() {
  if (ctx_) redisFree(ctx_);
  ctx_ = nullptr;
  owner_.fleet_detecting.store(false);
  std::lock_guard<std::mutex> lk(mu_);
  connected_ = false;
}

void FleetClient::collect() {
  FleetMap merged;
  for (std::size_t i = 0; i < owner_.nshards; ++i) {
    Shard& sh = owner_.shards[i];
    FleetMap taken;
    {
      std::lock_guard<std::mutex> lk(sh.mu);
      if (sh.pending.empty()) continue;
      taken.swap(sh.pending);
    }
    // Customers of different shards never collide, so moving is enough.
    for (auto& kv : taken) merged.emplace(kv.first, kv.second);
  }
  Batch b;
  uint64_t customers = 0;
  for (auto& kv : merged) {
    if (b.items.empty())
      b.id = cfg_.key_prefix + ":batch:" + client_id_ + ":" + std::to_string(++seq_);
    b.events += kv.second.requests;
    b.items.emplace_back(kv.first, kv.second);
    ++customers;
    if (b.items.size() >= cfg_.batch_size) outbox_.push_back(std::move(b)), b = Batch{};
  }
  if (!b.items.empty()) outbox_.push_back(std::move(b));
  std::lock_guard<std::mutex> lk(mu_);
  outbox_customers_ += customers;
}

void FleetClient::build_args(const Batch& b, std::vector<std::string>& args) const {
  const auto& hz = owner_.cfg.horizons;
  args.clear();
  args.emplace_back("EVALSHA");
  args.push_back(sha_);
  args.push_back(std::to_string(b.items.size() + 1));
  args.push_back(b.id);
  for (const auto& it : b.items) args.push_back(key_of(it.first));
  args.push_back(std::to_string(kBatchIdTtlS));
  args.push_back(std::to_string(owner_.cfg.idle_ttl_ms));
  args.push_back(std::to_string(hz.size()));
  for (const auto& h : hz) {
    args.push_back(h.name);
    args.push_back(std::to_string(h.ms));
  }
  char num[40];
  for (const auto& [customer, d] : b.items) {
    const std::size_t count_pos = args.size();
    args.emplace_back();
    std::size_t n = 0;
    auto incr = [&](std::string field, uint64_t v) {
      if (v == 0) return;
      args.push_back(std::move(field));
      args.push_back(std::to_string(v));
      ++n;
    };
    incr("req", d.requests);
    incr("flag", d.flagged);
    incr("blk", d.blocked);
    incr("jb", d.jailbreaks);
    for (std::size_t r = 0; r < kTrackerRows; ++r) {
      for (std::size_t s = 0; s < kTrackedSeverities; ++s)
        incr(severity_field(r, s), d.counts[r][s]);
    }
    for (std::size_t o = 0; o < kReviewOutcomeCount; ++o) {
      for (std::size_t c = 0; c < kCategoryCount; ++c) incr(review_field(o, c), d.reviews[o][c]);
    }
    args[count_pos] = std::to_string(n);
    args.push_back(std::to_string(d.first_ms));
    args.push_back(std::to_string(d.last_ms));
    for (std::size_t h = 0; h < hz.size(); ++h) {
      std::snprintf(num, sizeof num, "%.17g", d.requests_decayed[h]);
      args.emplace_back(num);
      std::snprintf(num, sizeof num, "%.17g", d.flagged_decayed[h]);
      args.emplace_back(num);
    }
  }
}

void FleetClient::send() {
  if (outbox_.empty()) return;
  std::vector<std::string> args;
  std::vector<const char*> argv;
  std::vector<size_t> argvlen;
  // Pipeline: append every batch, then read the replies in order.
  for (const auto& b : outbox_) {
    build_args(b, args);
    argv.clear();
    argvlen.clear();
    for (const auto& a : args) {
      argv.push_back(a.data());
      argvlen.push_back(a.size());
    }
    if (redisAppendCommandArgv(ctx_, static_cast<int>(argv.size()), argv.data(), argvlen.data()) !=
        REDIS_OK) {
      disconnect();
      std::lock_guard<std::mutex> lk(mu_);
      ++errors_;
      return;
    }
  }
  const std::size_t n = outbox_.size();
  for (std::size_t i = 0; i < n; ++i) {
    ReplyPtr rp;
    void* reply = nullptr;
    if (redisGetReply(ctx_, &reply) != REDIS_OK || reply == nullptr) {
      // Unknown fate of the remaining batches: keep them; their ids make a re-send safe.
      disconnect();
      std::lock_guard<std::mutex> lk(mu_);
      ++errors_;
      return;
    }
    rp.r = static_cast<redisReply*>(reply);
    Batch& b = outbox_.front();
    if (rp.r->type == REDIS_REPLY_ERROR) {
      if (std::string_view(rp.r->str, rp.r->len).substr(0, 8) == "NOSCRIPT") {
        // Redis lost its script cache (a restart): reconnecting reloads it; keep the batches.
        disconnect();
        std::lock_guard<std::mutex> lk(mu_);
        ++errors_;
        return;
      }
      // A script error is not transient: give the batch up (counted) rather than loop on it.
      {
        std::lock_guard<std::mutex> lk(mu_);
        ++errors_;
        dropped_events_ += b.events;
        outbox_customers_ -= b.items.size();
      }
      outbox_.pop_front();
      continue;
    }
    {
      std::lock_guard<std::mutex> lk(mu_);
      sent_events_ += b.events;
      outbox_customers_ -= b.items.size();
    }
    outbox_.pop_front();
  }
}

bool FleetClient::cycle() {
  if (!connect()) {
    std::lock_guard<std::mutex> lk(mu_);
    return false;
  }
  if (outbox_.empty()) collect();
  send();
  if (ctx_ == nullptr) return false;
  if (appender_) {
    if (appender_->empty()) appender_->collect();
    std::string why;
    if (!appender_->send(ctx_, why)) {
      disconnect();
      std::lock_guard<std::mutex> lk(mu_);
      ++errors_;
      return false;
    }
    if (!appender_->empty()) return false;
  }
  // Empty when nothing is queued here and no shard has pending deltas or events.
  if (!outbox_.empty()) return false;
  for (std::size_t i = 0; i < owner_.nshards; ++i) {
    Shard& sh = owner_.shards[i];
    std::lock_guard<std::mutex> lk(sh.mu);
    if (!sh.pending.empty() || !sh.stream_pending.empty()) return false;
  }
  return true;
}

std::optional<FleetCounters> FleetClient::read_counters(std::string_view customer) const {
  const SigpipeGuard no_sigpipe;
  redisContext* c =
      redisConnectWithTimeout(cfg_.host.c_str(), cfg_.port, to_tv(cfg_.connect_timeout_ms));
  if (c == nullptr || c->err) {
    std::string why = c ? c->errstr : "allocation failed";
    if (c) redisFree(c);
    throw error(status::unavailable, "tracker: cannot connect to Redis at " + cfg_.host + ":" +
                                         std::to_string(cfg_.port) + ": " + why);
  }
  redisSetTimeout(c, to_tv(cfg_.command_timeout_ms));
  const std::string key = key_of(customer);
  const char* argv[2] = {"HGETALL", key.c_str()};
  const size_t argvlen[2] = {7, key.size()};
  ReplyPtr rp;
  rp.r = static_cast<redisReply*>(redisCommandArgv(c, 2, argv, argvlen));
  if (rp.r == nullptr || rp.r->type != REDIS_REPLY_ARRAY) {
    std::string why = rp.r == nullptr ? std::string(c->errstr)
                                      : std::string(rp.r->str ? rp.r->str : "unexpected reply");
    redisFree(c);
    throw error(status::unavailable, "tracker: Redis HGETALL failed: " + why);
  }
  redisFree(c);
  if (rp.r->elements == 0) return std::nullopt;
  const auto& hz = owner_.cfg.horizons;
  FleetCounters fc;
  fc.requests_decayed.assign(hz.size(), 0.0);
  fc.flagged_decayed.assign(hz.size(), 0.0);
  for (std::size_t i = 0; i + 1 < rp.r->elements; i += 2) {
    const std::string f(rp.r->element[i]->str, rp.r->element[i]->len);
    const std::string v(rp.r->element[i + 1]->str, rp.r->element[i + 1]->len);
    const uint64_t u = std::strtoull(v.c_str(), nullptr, 10);
    if (f == "req")
      fc.requests = u;
    else if (f == "flag")
      fc.flagged = u;
    else if (f == "blk")
      fc.blocked = u;
    else if (f == "jb")
      fc.jailbreaks = u;
    else if (f == "first")
      fc.first_seen_ms = std::strtoll(v.c_str(), nullptr, 10);
    else if (f == "last")
      fc.last_seen_ms = std::strtoll(v.c_str(), nullptr, 10);
    else {
      bool done = false;
      for (std::size_t h = 0; h < hz.size() && !done; ++h) {
        if (f == "req:" + hz[h].name)
          fc.requests_decayed[h] = std::strtod(v.c_str(), nullptr), done = true;
        else if (f == "flag:" + hz[h].name)
          fc.flagged_decayed[h] = std::strtod(v.c_str(), nullptr), done = true;
      }
      for (std::size_t r = 0; r < kTrackerRows && !done; ++r) {
        for (std::size_t s = 0; s < kTrackedSeverities && !done; ++s) {
          if (f == severity_field(r, s)) fc.counts[r][s] = u, done = true;
        }
      }
      for (std::size_t o = 0; o < kReviewOutcomeCount && !done; ++o) {
        for (std::size_t cat = 0; cat < kCategoryCount && !done; ++cat) {
          if (f == review_field(o, cat)) fc.reviews[o][cat] = u, done = true;
        }
      }
    }
  }
  return fc;
}

}  // namespace abusemon::detail
