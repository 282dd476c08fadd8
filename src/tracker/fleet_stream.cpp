// Fleet detection, the producing side: event encoding and the appender (see fleet_stream.hpp).
#include "tracker/fleet_stream.hpp"

#include <charconv>
#include <cstdio>

#include "tracker/fleet_redis.hpp"

namespace abusemon::detail {

namespace {

// Appends one batch of events to a shard stream exactly once. KEYS[1] = batch id (claimed with
// SET NX), KEYS[2] = stream; ARGV[1] = batch id ttl (s), ARGV[2] = MAXLEN, then 10 values per
// event in the order of `names`; the 10th (x, a close's detector) only when not empty.
constexpr const char* kAppendScript = R"lua(
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', tonumber(ARGV[1])) then return 0 end
local names = {'c', 'u', 't', 'd', 'a', 'j', 's', 'f', 'i', 'x'}
for a = 3, #ARGV, 10 do
  local args = {KEYS[2], 'MAXLEN', '~', ARGV[2], '*'}
  for k = 1, 10 do
    if k < 10 or ARGV[a + 9] ~= '' then
      args[#args + 1] = names[k]; args[#args + 1] = ARGV[a + k - 1]
    end
  end
  redis.call('XADD', unpack(args))
end
return 1
)lua";

constexpr int64_t kBatchIdTtlS = 86400;
constexpr std::size_t kFieldCount = 9;  // required fields; x is optional

template <typename T>
bool parse_num(std::string_view s, T& out, int base = 10) {
  if (s.empty()) return false;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out, base);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

std::size_t stream_shard_of(std::string_view customer, std::size_t shards) noexcept {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char ch : customer) h = (h ^ ch) * 0x100000001b3ULL;
  return static_cast<std::size_t>(h % shards);
}

std::string stream_key(const std::string& prefix, std::size_t shard) {
  return prefix + ":ev:" + std::to_string(shard);
}

void encode_event(const StreamEvent& e, std::vector<std::string>& out) {
  out.push_back(e.customer);
  out.push_back(e.user);
  out.push_back(std::to_string(e.time_ms));
  out.push_back(std::to_string(e.direction));
  out.push_back(std::to_string(e.action));
  out.push_back(std::to_string(e.jailbreak));
  std::string sev(kCategoryCount, '0');
  for (std::size_t c = 0; c < kCategoryCount; ++c) sev[c] = static_cast<char>('0' + e.severity[c]);
  out.push_back(std::move(sev));
  char hex[24];
  std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(e.fingerprint));
  out.emplace_back(hex);
  out.push_back(std::to_string(e.item_id));
  out.push_back(e.close_detector);
}

bool decode_event(const redisReply* fields, StreamEvent& out, std::string& why) {
  if (fields == nullptr || fields->type != REDIS_REPLY_ARRAY) {
    why = "entry has no field list";
    return false;
  }
  bool seen[kFieldCount + 1] = {};
  constexpr std::string_view kNames = "cutdajsfix";
  for (std::size_t i = 0; i < fields->elements; i += 2) {
    if (i + 1 >= fields->elements) {
      why = "odd number of field/value items";
      return false;
    }
    const redisReply* kr = fields->element[i];
    const redisReply* vr = fields->element[i + 1];
    if (kr->type != REDIS_REPLY_STRING || vr->type != REDIS_REPLY_STRING) {
      why = "field or value is not a string";
      return false;
    }
    const std::string_view k = reply_str(kr), v = reply_str(vr);
    const std::size_t f = k.size() == 1 ? kNames.find(k[0]) : std::string_view::npos;
    if (f == std::string_view::npos) {
      why = "unknown field \"" + std::string(k.substr(0, 32)) + "\"";
      return false;
    }
    seen[f] = true;
    bool ok = true;
    unsigned small = 0;
    switch (k[0]) {
      case 'c':
        out.customer.assign(v);
        ok = !v.empty() && v.size() <= kMaxIdBytes && v.find('\0') == std::string_view::npos;
        break;
      case 'u':
        out.user.assign(v);
        ok = v.size() <= kMaxIdBytes && v.find('\0') == std::string_view::npos;
        break;
      case 't':
        ok = parse_num(v, out.time_ms) && out.time_ms > 0;
        break;
      case 'd':
        ok = parse_num(v, small) && small <= 1;
        out.direction = static_cast<uint8_t>(small);
        break;
      case 'a':
        ok = parse_num(v, small) && small <= 2;
        out.action = static_cast<uint8_t>(small);
        break;
      case 'j':
        ok = parse_num(v, small) && small <= 1;
        out.jailbreak = static_cast<uint8_t>(small);
        break;
      case 's':
        ok = v.size() == kCategoryCount;
        for (std::size_t c = 0; ok && c < kCategoryCount; ++c) {
          ok = v[c] >= '0' && v[c] <= '3';
          out.severity[c] = static_cast<uint8_t>(v[c] - '0');
        }
        break;
      case 'f':
        ok = parse_num(v, out.fingerprint, 16);
        break;
      case 'x':
        out.close_detector.assign(v);
        ok = !v.empty() && v.size() <= kMaxIdBytes && v.find('\0') == std::string_view::npos;
        break;
      default:
        ok = parse_num(v, out.item_id);
        break;
    }
    if (!ok) {
      why = "bad value for field \"" + std::string(k) + "\"";
      return false;
    }
  }
  for (std::size_t f = 0; f < kFieldCount; ++f) {
    if (!seen[f]) {
      why = std::string("missing field \"") + kNames[f] + "\"";
      return false;
    }
  }
  return true;
}

uint64_t fleet_signal_hash(std::string_view entry_id, const Signal& s) noexcept {
  uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&h](std::string_view part) {
    for (unsigned char ch : part) h = (h ^ ch) * 0x100000001b3ULL;
    h = (h ^ 0xff) * 0x100000001b3ULL;  // separator: parts cannot run into each other
  };
  mix(entry_id);
  mix(s.detector);
  mix(s.customer);
  mix(s.user);
  return h;
}

StreamAppender::StreamAppender(Tracker::Impl& owner, const FleetConfig& cfg, std::string client_id)
    : owner_(owner), cfg_(cfg), det_(*cfg.detection), client_id_(std::move(client_id)) {}

void StreamAppender::collect() {
  std::vector<std::vector<StreamEvent>> by_shard(det_.shards);
  uint64_t n = 0;
  for (std::size_t i = 0; i < owner_.nshards; ++i) {
    Shard& sh = owner_.shards[i];
    std::vector<StreamEvent> taken;
    {
      std::lock_guard<std::mutex> lk(sh.mu);
      if (sh.stream_pending.empty()) continue;
      taken.swap(sh.stream_pending);
    }
    // A customer's events stay in recording order (one local shard, appended in order).
    for (auto& e : taken) {
      by_shard[stream_shard_of(e.customer, det_.shards)].push_back(std::move(e));
      ++n;
    }
  }
  for (std::size_t k = 0; k < by_shard.size(); ++k) {
    auto& evs = by_shard[k];
    for (std::size_t i = 0; i < evs.size(); i += cfg_.batch_size) {
      Batch b;
      b.id = cfg_.key_prefix + ":ebatch:" + client_id_ + ":" + std::to_string(++seq_);
      b.shard = k;
      const std::size_t end = std::min(evs.size(), i + cfg_.batch_size);
      b.events.assign(std::make_move_iterator(evs.begin() + static_cast<std::ptrdiff_t>(i)),
                      std::make_move_iterator(evs.begin() + static_cast<std::ptrdiff_t>(end)));
      outbox_.push_back(std::move(b));
    }
  }
  outbox_events_ += n;
}

bool StreamAppender::send(redisContext* c, std::string& why) {
  if (outbox_.empty()) return true;
  std::vector<std::string> args;
  for (const auto& b : outbox_) {
    args.clear();
    args.insert(args.end(), {"EVAL", kAppendScript, "2", b.id, stream_key(cfg_.key_prefix, b.shard),
                             std::to_string(kBatchIdTtlS), std::to_string(det_.stream_maxlen)});
    for (const auto& e : b.events) encode_event(e, args);
    if (!append_argv(c, args)) {
      why = "fleet stream: cannot queue XADD";
      return false;
    }
  }
  const std::size_t n = outbox_.size();
  for (std::size_t i = 0; i < n; ++i) {
    void* reply = nullptr;
    if (redisGetReply(c, &reply) != REDIS_OK || reply == nullptr) {
      why = std::string("fleet stream: ") + (c->errstr[0] ? c->errstr : "no reply");
      return false;  // fate of the rest unknown: kept, re-sent under the same ids
    }
    const ReplyPtr rp(reply);
    const Batch& b = outbox_.front();
    if (rp.r->type == REDIS_REPLY_ERROR) {
      // A script error is not transient (e.g. the key holds another type): give the batch up.
      why = "fleet stream: " + std::string(reply_str(rp.r));
      failed_ += b.events.size();
    } else {
      sent_ += b.events.size();
    }
    outbox_events_ -= b.events.size();
    outbox_.pop_front();
  }
  return true;
}

void StreamAppender::add_stats(TrackerStats& s) const {
  s.fleet_stream_events = sent_.load();
  s.fleet_stream_buffered += outbox_events_.load();
  s.fleet_stream_dropped += failed_.load();
}

}  // namespace abusemon::detail
