// Fleet-wide detection (docs/FLEET.md): events of several replicas on a Redis Stream, shard
// leases, signals once per fleet. Tests tagged [redis] start their own redis-server; they fail
// (not skip) when it is not installed. Waits below are readiness waits with generous bounds,
// never timing assertions.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/tracker.hpp"
#include "catch.hpp"
#include "support/fleet_traffic.hpp"
#include "support/redis_server.hpp"
#include "tracker/fleet_redis.hpp"
#include "tracker/fleet_stream.hpp"

using namespace abusemon;
namespace fs = std::filesystem;

namespace {

constexpr int64_t kFlushMs = 50;
// How far a loaded machine may move a signal's event time in the multi-process test (below).
constexpr int64_t kOrderSlackMs = 1000;

// A synchronous client to inspect what the replicas wrote.
class Redis {
 public:
  explicit Redis(int port) {
    std::string why;
    c_ = detail::connect_redis("127.0.0.1", port, 1000, 5000, why);
    REQUIRE(c_ != nullptr);
  }
  ~Redis() { redisFree(c_); }
  Redis(const Redis&) = delete;
  Redis& operator=(const Redis&) = delete;
  long long integer(const std::vector<std::string>& args) {
    const detail::ReplyPtr r = detail::command_argv(c_, args);
    REQUIRE(r.r != nullptr);
    REQUIRE(r.r->type == REDIS_REPLY_INTEGER);
    return r.r->integer;
  }
  std::string str(const std::vector<std::string>& args) {
    const detail::ReplyPtr r = detail::command_argv(c_, args);
    REQUIRE(r.r != nullptr);
    return std::string(detail::reply_str(r.r));
  }
  // Field values of every entry of a stream, in order.
  std::vector<std::map<std::string, std::string>> xrange(const std::string& key) {
    const detail::ReplyPtr r = detail::command_argv(c_, {"XRANGE", key, "-", "+"});
    REQUIRE(r.r != nullptr);
    std::vector<std::map<std::string, std::string>> out;
    for (std::size_t i = 0; r.r->type == REDIS_REPLY_ARRAY && i < r.r->elements; ++i) {
      const redisReply* f = r.r->element[i]->element[1];
      auto& m = out.emplace_back();
      for (std::size_t j = 0; j + 1 < f->elements; j += 2) {
        m[std::string(detail::reply_str(f->element[j]))] =
            std::string(detail::reply_str(f->element[j + 1]));
      }
    }
    return out;
  }

 private:
  redisContext* c_ = nullptr;
};

std::string fleet_json(int port, const std::string& prefix, const std::string& replica,
                       const std::string& detection_extra = "") {
  return R"({"port": )" + std::to_string(port) + R"(, "key_prefix": ")" + prefix +
         R"(", "flush_interval": ")" + std::to_string(kFlushMs) + R"(ms", "replica_id": ")" +
         replica + R"(", "detection": {"shards": 6, "lease": "1s")" + detection_extra + "}}";
}

TrackerConfig fleet_cfg(int port, const std::string& prefix, const std::string& replica,
                        const std::string& detection_extra = "") {
  return parse_tracker_config(
      test::fleet_tracker_config(fleet_json(port, prefix, replica, detection_extra)));
}

bool wait_until(const std::function<bool()>& pred, int seconds = 30) {
  for (int i = 0; i < seconds * 50; ++i) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return pred();
}

struct SigKey {
  std::string detector, customer, user;
  bool operator<(const SigKey& o) const {
    return std::tie(detector, customer, user) < std::tie(o.detector, o.customer, o.user);
  }
};

// Signals of one process replaying the whole traffic alone (no fleet).
std::map<SigKey, int64_t> reference_signals(const std::vector<test::TrafficEvent>& traffic,
                                            int64_t t0) {
  ManualClock clock(t0);
  Tracker t(parse_tracker_config(test::fleet_tracker_config()), &clock);
  std::map<SigKey, int64_t> out;
  for (const auto& e : traffic) {
    clock.set_ms(t0 + e.offset_ms);
    t.record(test::to_event(e, t0));
  }
  std::vector<Signal> sigs;
  t.drain_signals(sigs);
  for (const auto& s : sigs) out[{s.detector, s.customer, s.user}] = s.time_ms;
  return out;
}

// One replica process: records its round-robin share of the traffic at the events' own times
// (event i at t0 + offset_i on the wall clock), then surfaces fleet signals until it has
// `expect` of them, and writes them to `out` as JSON lines. `until` < traffic size: records only
// events before index `until`, flushes, touches `out`.ready and waits to be killed.
[[noreturn]] void replica_main(int port, const std::string& prefix, int index, int count,
                               const std::vector<test::TrafficEvent>& traffic, int64_t t0,
                               std::size_t expect, const std::string& out, std::size_t until,
                               int survivors) {
  int rc = 1;
  try {
    Tracker t(fleet_cfg(port, prefix, "r" + std::to_string(index)));
    for (std::size_t i = 0; i < traffic.size(); ++i) {
      const int owner = i < until ? static_cast<int>(i % static_cast<std::size_t>(count))
                                  : static_cast<int>(i % static_cast<std::size_t>(survivors));
      if (i >= until && index >= survivors) break;
      if (owner != index) continue;
      const int64_t at = t0 + traffic[i].offset_ms;
      const auto now = std::chrono::system_clock::now().time_since_epoch();
      const int64_t now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(now).count();
      if (at > now_ms) std::this_thread::sleep_for(std::chrono::milliseconds(at - now_ms));
      t.record(test::to_event(traffic[i], t0));
    }
    bool flushed = false;
    for (int i = 0; i < 100 && !flushed; ++i) flushed = t.flush_fleet(200);
    if (index >= survivors) {
      std::ofstream(out + ".ready") << (flushed ? "ok" : "not flushed") << '\n';
      while (true) pause();  // killed here, holding its leases
    }
    std::vector<Signal> got;
    wait_until([&] {
      t.drain_signals(got);
      return got.size() >= expect;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(3 * kFlushMs));  // a duplicate shows
    t.drain_signals(got);
    std::ofstream f(out);
    for (const auto& s : got) f << to_json(s) << '\n';
    f << "{\"stats\": " << to_json(t.stats()) << "}\n";
    rc = flushed ? 0 : 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "replica %d: %s\n", index, e.what());
  }
  _exit(rc);
}

std::vector<Signal> read_signals(const std::string& path) {
  std::vector<Signal> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("{\"stats\"", 0) == 0) continue;
    out.push_back(detail::signal_from_json(line));
  }
  return out;
}

}  // namespace

TEST_CASE("fleet detection: config", "[tracker]") {
  const TrackerConfig c =
      fleet_cfg(7000, "p", "r0", R"(, "stream_maxlen": 5000, "dedup_ttl": "1h")");
  REQUIRE(c.fleet);
  REQUIRE(c.fleet->detection);
  CHECK(c.fleet->replica_id == "r0");
  CHECK(c.fleet->detection->shards == 6);
  CHECK(c.fleet->detection->lease_ms == 1000);
  CHECK(c.fleet->detection->stream_maxlen == 5000);
  CHECK(c.fleet->detection->dedup_ttl_ms == 3'600'000);
  auto message = [](const std::string& fleet) {
    try {
      parse_tracker_config(R"({"fleet": )" + fleet + "}");
    } catch (const error& e) {
      CHECK(e.code() == status::format);
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK_THAT(message(R"({"detection": {"shards": 0}})"), Catch::Contains("fleet.detection.shards"));
  CHECK_THAT(message(R"({"detection": {"lease": "10ms"}})"),
             Catch::Contains("fleet.detection.lease"));
  CHECK_THAT(message(R"({"detection": {"bogus": 1}})"), Catch::Contains("fleet.detection.bogus"));
  CHECK_THAT(message(R"({"replica_id": "a b"})"), Catch::Contains("fleet.replica_id"));
  // Without a detection section, fleet mode only mirrors counters.
  CHECK_FALSE(parse_tracker_config(R"({"fleet": {}})").fleet->detection);
}

TEST_CASE("fleet detection: stream entries round-trip, garbage is reported, not fatal",
          "[tracker]") {
  detail::StreamEvent e;
  e.customer = "acme";
  e.user = "u 1";
  e.time_ms = 1'700'000'000'123;
  e.fingerprint = 0xfedcba9876543210ULL;
  e.item_id = 42;
  e.severity[2] = 3;
  e.action = 2;
  e.jailbreak = 1;
  std::vector<std::string> vals;
  detail::encode_event(e, vals);
  REQUIRE(vals.size() == 10);  // the 10th, a close's detector, is empty for an event
  CHECK(vals[9].empty());
  // Build the reply hiredis would hand over for XREAD's field list.
  auto decode = [](const std::vector<std::string>& kv, detail::StreamEvent& out, std::string& why) {
    std::vector<redisReply> items(kv.size());
    std::vector<redisReply*> ptrs;
    for (std::size_t i = 0; i < kv.size(); ++i) {
      items[i] = redisReply{};
      items[i].type = REDIS_REPLY_STRING;
      items[i].str = const_cast<char*>(kv[i].data());
      items[i].len = kv[i].size();
      ptrs.push_back(&items[i]);
    }
    redisReply arr{};
    arr.type = REDIS_REPLY_ARRAY;
    arr.elements = ptrs.size();
    arr.element = ptrs.data();
    return detail::decode_event(&arr, out, why);
  };
  const char* names = "cutdajsfi";
  std::vector<std::string> kv;
  for (std::size_t i = 0; i < 9; ++i) kv.insert(kv.end(), {std::string(1, names[i]), vals[i]});
  detail::StreamEvent back;
  std::string why;
  REQUIRE(decode(kv, back, why));
  CHECK(back.customer == "acme");
  CHECK(back.user == "u 1");
  CHECK(back.time_ms == e.time_ms);
  CHECK(back.fingerprint == e.fingerprint);
  CHECK(back.item_id == 42);
  CHECK(back.severity[2] == 3);
  CHECK(back.action == 2);
  CHECK(back.jailbreak == 1);
  CHECK(back.close_detector.empty());
  // A close entry: the event fields plus x, the detector to re-arm.
  std::vector<std::string> close_kv = kv;
  close_kv.insert(close_kv.end(), {"x", "burst"});
  detail::StreamEvent closed;
  REQUIRE(decode(close_kv, closed, why));
  CHECK(closed.close_detector == "burst");
  close_kv.back() = "";
  CHECK_FALSE(decode(close_kv, closed, why));
  CHECK_THAT(why, Catch::Contains("\"x\""));

  auto broken = [&](std::size_t field, const std::string& value) {
    std::vector<std::string> bad = kv;
    bad[2 * field + 1] = value;
    detail::StreamEvent out;
    std::string w;
    CHECK_FALSE(decode(bad, out, w));
    return w;
  };
  CHECK_THAT(broken(0, ""), Catch::Contains("\"c\""));
  CHECK_THAT(broken(2, "12x"), Catch::Contains("\"t\""));
  CHECK_THAT(broken(4, "7"), Catch::Contains("\"a\""));
  CHECK_THAT(broken(6, "0000009"), Catch::Contains("\"s\""));
  CHECK_THAT(broken(7, "zz"), Catch::Contains("\"f\""));
  std::vector<std::string> missing(kv.begin(), kv.end() - 2);
  detail::StreamEvent out;
  CHECK_FALSE(decode(missing, out, why));
  CHECK_THAT(why, Catch::Contains("missing field \"i\""));
  CHECK_FALSE(decode({"z", "y"}, out, why));
  CHECK_THAT(why, Catch::Contains("unknown field"));
  CHECK_FALSE(decode({"c"}, out, why));
  CHECK_THAT(why, Catch::Contains("odd number"));
}

TEST_CASE(
    "fleet detection: three replica processes raise the signals of one, once, and a killed "
    "replica loses no acknowledged event",
    "[tracker][redis]") {
  test::RedisServer redis;
  const auto traffic = test::fleet_traffic();
  const auto wall = std::chrono::system_clock::now().time_since_epoch();
  // Start a little ahead so that all three are up (readiness, not timing).
  const int64_t t0 = std::chrono::duration_cast<std::chrono::milliseconds>(wall).count() + 1500;
  const auto expected = reference_signals(traffic, t0);
  // The traffic trips every detector kind the fleet must see (the test cannot pass vacuously).
  std::set<std::string> kinds;
  for (const auto& [k, t] : expected) kinds.insert(k.detector);
  REQUIRE(kinds == std::set<std::string>{"sev", "freq", "rate", "burst", "jb", "evasion"});
  REQUIRE(expected.count({"freq", "freq", "u3"}) == 1);  // user level too

  const bool kill_one = GENERATE(false, true);
  CAPTURE(kill_one);
  const std::string prefix = kill_one ? "kill" : "rr";
  const fs::path dir = fs::temp_directory_path() / ("am_fleet_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::size_t until = kill_one ? traffic.size() / 2 : traffic.size();
  const int survivors = kill_one ? 2 : 3;
  std::vector<pid_t> kids;
  for (int i = 0; i < 3; ++i) {
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      replica_main(redis.port(), prefix, i, 3, traffic, t0, expected.size(),
                   (dir / ("r" + std::to_string(i))).string(), until, survivors);
    }
    kids.push_back(pid);
  }
  Redis r(redis.port());
  if (kill_one) {
    const std::string ready = (dir / "r2.ready").string();
    REQUIRE(wait_until([&] { return fs::exists(ready); }, 60));
    std::string flushed;
    std::ifstream(ready) >> flushed;
    REQUIRE(flushed == "ok");
    // It holds shard leases when it dies (mid-run: the others are still replaying).
    int held = 0;
    for (int k = 0; k < 6; ++k)
      held += r.str({"GET", prefix + ":lease:" + std::to_string(k)}) == "r2";
    CHECK(held > 0);
    REQUIRE(kill(kids[2], SIGKILL) == 0);
  }
  for (int i = 0; i < 3; ++i) {
    int st = 0;
    REQUIRE(waitpid(kids[static_cast<std::size_t>(i)], &st, 0) ==
            kids[static_cast<std::size_t>(i)]);
    if (i < survivors) {
      CHECK(WIFEXITED(st));
      CHECK(WEXITSTATUS(st) == 0);
    }
  }
  // No acknowledged event is lost: every event is in the shard streams exactly once.
  long long appended = 0;
  for (int k = 0; k < 6; ++k) appended += r.integer({"XLEN", prefix + ":ev:" + std::to_string(k)});
  CHECK(appended == static_cast<long long>(traffic.size()));
  // Each signal was raised once for the whole fleet.
  const auto published = r.xrange(prefix + ":signals");
  CHECK(published.size() == expected.size());
  std::set<std::string> ids;
  for (const auto& p : published) ids.insert(p.at("id"));
  CHECK(ids.size() == published.size());
  // Every surviving replica surfaces the same signals as one process alone (kind, entity), each
  // once. The fleet sees events in arrival order: a replica the scheduler delays past a
  // customer's 150 ms spacing can move a share-based signal (rate) to a later event of the same
  // stretch, so the event time is checked within kOrderSlackMs, not to the millisecond.
  for (int i = 0; i < survivors; ++i) {
    CAPTURE(i);
    const auto got = read_signals((dir / ("r" + std::to_string(i))).string());
    std::map<SigKey, int64_t> seen;
    for (const auto& s : got) {
      CHECK(s.source == SignalSource::fleet);
      CHECK(seen.emplace(SigKey{s.detector, s.customer, s.user}, s.time_ms).second);
    }
    REQUIRE(seen.size() == expected.size());
    for (const auto& [k, t] : expected) {
      CAPTURE(k.detector, k.customer, k.user);
      REQUIRE(seen.count(k) == 1);
      CHECK(std::abs(seen[k] - t) <= kOrderSlackMs);
    }
  }
  fs::remove_all(dir);
}

namespace {

TrackerEvent severe_event(const std::string& customer, int64_t t) {
  TrackerEvent e;
  e.customer = customer;
  e.time_ms = t;
  e.severity[static_cast<std::size_t>(Category::hate)] = Severity::high;
  return e;
}

bool flushed(Tracker& t) {
  return wait_until([&] { return t.flush_fleet(200); });
}

int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

TEST_CASE("fleet detection: leases split the shards, a stopped replica hands its shards over",
          "[tracker][redis][concurrency]") {
  test::RedisServer redis;
  Redis r(redis.port());
  auto b = std::make_unique<Tracker>(fleet_cfg(redis.port(), "lease", "b"));
  {
    Tracker a(fleet_cfg(redis.port(), "lease", "a"));
    REQUIRE(wait_until(
        [&] { return a.stats().fleet_owned_shards == 3 && b->stats().fleet_owned_shards == 3; }));
    std::map<std::string, int> holders;
    for (int k = 0; k < 6; ++k) ++holders[r.str({"GET", "lease:lease:" + std::to_string(k)})];
    CHECK(holders == std::map<std::string, int>{{"a", 3}, {"b", 3}});
    CHECK(r.integer({"PTTL", "lease:lease:0"}) > 0);  // a lease, not a permanent key
  }
  // a stopped: its leases were released, b holds every shard.
  REQUIRE(wait_until([&] { return b->stats().fleet_owned_shards == 6; }));
  for (int k = 0; k < 6; ++k) CHECK(r.str({"GET", "lease:lease:" + std::to_string(k)}) == "b");
  b.reset();
  CHECK(r.integer({"EXISTS", "lease:lease:0"}) == 0);
}

TEST_CASE(
    "fleet detection: a signal is published once, also when another replica takes the "
    "shard over and replays the stream",
    "[tracker][redis][concurrency]") {
  test::RedisServer redis;
  Redis r(redis.port());
  const int64_t t0 = now_ms();
  {
    Tracker a(fleet_cfg(redis.port(), "dd", "a"));
    for (int i = 0; i < 20; ++i) a.record(severe_event("cust" + std::to_string(i % 4), t0 + i));
    REQUIRE(flushed(a));
    REQUIRE(wait_until([&] { return a.stats().fleet_published == 4; }));
    std::vector<Signal> got;
    REQUIRE(wait_until([&] {
      a.drain_signals(got);
      return got.size() == 4;
    }));
    for (const auto& s : got) CHECK(s.source == SignalSource::fleet);
  }
  CHECK(r.integer({"XLEN", "dd:signals"}) == 4);
  const auto published = r.xrange("dd:signals");
  REQUIRE(published.size() == 4);
  CHECK(r.integer({"PTTL", "dd:sig:" + published[0].at("id")}) > 0);
  // b takes every shard over, rebuilds the detectors' state from the streams and raises the same
  // signals again: the dedup keys keep them from being published twice.
  Tracker b(fleet_cfg(redis.port(), "dd", "b"));
  REQUIRE(wait_until([&] {
    const auto s = b.stats();
    return s.fleet_owned_shards == 6 && s.fleet_consumed == 20;
  }));
  CHECK(b.stats().fleet_published == 0);
  CHECK(r.integer({"XLEN", "dd:signals"}) == 4);
}

TEST_CASE(
    "fleet detection: closing a fleet signal on one replica re-arms the fleet's detector and "
    "closes every replica's copy",
    "[tracker][redis][concurrency]") {
  test::RedisServer redis;
  Tracker a(fleet_cfg(redis.port(), "close", "a"));
  Tracker b(fleet_cfg(redis.port(), "close", "b"));
  // The shards split between both first: a takeover later would replay the stream (and count
  // its events again).
  REQUIRE(wait_until(
      [&] { return a.stats().fleet_owned_shards == 3 && b.stats().fleet_owned_shards == 3; }));
  const int64_t t0 = now_ms();
  auto surfaced = [](Tracker& t, std::vector<Signal>& got, std::size_t n) {
    return wait_until([&] {
      t.drain_signals(got);
      return got.size() >= n;
    });
  };
  auto published = [&] { return a.stats().fleet_published + b.stats().fleet_published; };
  a.record(severe_event("acme", t0));
  REQUIRE(flushed(a));
  std::vector<Signal> on_a, on_b;
  REQUIRE(surfaced(a, on_a, 1));
  REQUIRE(surfaced(b, on_b, 1));
  REQUIRE(on_a[0].id == on_b[0].id);
  // While the signal is open, the detector stays quiet for the customer fleet-wide.
  b.record(severe_event("acme", t0 + 1));
  REQUIRE(flushed(b));
  REQUIRE(wait_until([&] { return a.stats().fleet_consumed + b.stats().fleet_consumed >= 2; }));
  CHECK(published() == 1);

  REQUIRE(a.close(on_a[0].id));
  CHECK(a.open_signals().empty());
  REQUIRE(flushed(a));
  // b's copy is closed too (it did not close it itself).
  REQUIRE(wait_until([&] { return b.open_signals().empty(); }));
  CHECK(b.stats().fleet_closed == 1);
  CHECK_FALSE(b.close(on_b[0].id));
  // Re-armed: the next severe event raises a new fleet signal.
  b.record(severe_event("acme", t0 + 2));
  REQUIRE(flushed(b));
  REQUIRE(surfaced(a, on_a, 2));
  CHECK(on_a[1].id != on_a[0].id);
  CHECK(on_a[1].source == SignalSource::fleet);
  CHECK(published() == 2);
}

TEST_CASE("fleet detection: streams are trimmed to stream_maxlen", "[tracker][redis]") {
  test::RedisServer redis;
  Redis r(redis.port());
  Tracker t(fleet_cfg(redis.port(), "trim", "a", R"(, "stream_maxlen": 100)"));
  const int64_t t0 = now_ms();
  for (int i = 0; i < 1000; ++i) {
    TrackerEvent e;
    e.customer = "one";
    e.time_ms = t0 + i;
    t.record(e);
  }
  REQUIRE(flushed(t));
  CHECK(t.stats().fleet_stream_events == 1000);
  const std::string key = "trim:ev:" + std::to_string(detail::stream_shard_of("one", 6));
  const long long len = r.integer({"XLEN", key});
  CHECK(len >= 100);
  CHECK(len <= 200);  // approximate trimming: whole nodes of 100 entries
  // The oldest entries went first.
  const auto entries = r.xrange(key);
  CHECK(entries.back().at("t") == std::to_string(t0 + 999));
  CHECK(entries.front().at("t") != std::to_string(t0));
}

TEST_CASE("fleet detection: a garbage stream entry gives an error record, not a crash",
          "[tracker][redis]") {
  test::RedisServer redis;
  Redis r(redis.port());
  Tracker t(fleet_cfg(redis.port(), "bad", "a"));
  const std::string key = "bad:ev:" + std::to_string(detail::stream_shard_of("acme", 6));
  const std::string bad_id = r.str({"XADD", key, "*", "z", "y"});
  r.str({"XADD", "bad:signals", "*", "id", "zz", "signal", "{not json"});
  t.record(severe_event("acme", now_ms()));
  REQUIRE(flushed(t));
  std::vector<Signal> got;
  REQUIRE(wait_until([&] {
    t.drain_signals(got);
    return got.size() == 1;
  }));
  CHECK(got[0].customer == "acme");
  CHECK(got[0].source == SignalSource::fleet);
  wait_until([&] { return t.stats().fleet_malformed >= 2; });
  CHECK(t.stats().fleet_malformed == 2);
  const auto errors = r.xrange("bad:errors");
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].at("entry") == bad_id);
  CHECK(errors[0].at("stream") == key);
  CHECK_THAT(errors[0].at("error"), Catch::Contains("unknown field \"z\""));
  CHECK(errors[1].at("stream") == "bad:signals");
  CHECK_THAT(t.stats().fleet_last_error, Catch::Contains("malformed entry"));
}

TEST_CASE(
    "fleet detection: Redis down at start and going away mid-run: local detection, then "
    "reconciliation",
    "[tracker][redis][concurrency]") {
  const int port = test::free_loopback_port();
  Tracker t(fleet_cfg(port, "down", "a"));
  auto s = t.stats();
  CHECK_FALSE(s.fleet_detecting);
  // Down at start: the local detectors run (record() does not wait for Redis).
  const int64_t t0 = now_ms();
  t.record(severe_event("early", t0));
  std::vector<Signal> got;
  t.drain_signals(got);
  REQUIRE(got.size() == 1);
  CHECK(got[0].source == SignalSource::local);
  CHECK(t.stats().fleet_stream_buffered == 1);

  // Redis comes up: the buffered event reaches the fleet, whose signal is reconciled with the
  // local one instead of being surfaced twice.
  test::RedisServer redis(port);
  REQUIRE(flushed(t));
  REQUIRE(wait_until([&] { return t.stats().fleet_reconciled == 1; }));
  CHECK(t.stats().fleet_detecting);
  t.record(severe_event("later", t0 + 1));
  REQUIRE(wait_until([&] {
    t.drain_signals(got);
    return got.size() == 2;
  }));
  CHECK(got[1].customer == "later");
  CHECK(got[1].source == SignalSource::fleet);

  // Redis goes away mid-run: once the flusher notices, local detection takes over again.
  redis.kill_now();
  int n = 0;
  REQUIRE(wait_until([&] {
    TrackerEvent e;
    e.customer = "clean";
    e.time_ms = t0 + 2 + n++;
    t.record(e);
    return !t.stats().fleet_detecting;
  }));
  t.record(severe_event("during", t0 + 10'000));
  t.drain_signals(got);
  REQUIRE(got.size() == 3);
  CHECK(got[2].customer == "during");
  CHECK(got[2].source == SignalSource::local);
  // And back: what was buffered is appended, detected by the fleet and reconciled.
  redis.start();
  REQUIRE(flushed(t));
  REQUIRE(wait_until([&] { return t.stats().fleet_reconciled == 2; }));
  t.drain_signals(got);
  CHECK(got.size() == 3);
  CHECK(t.stats().fleet_stream_dropped == 0);
}
