// Fleet-detection latency and stream memory (docs/FLEET.md, "Benchmark: fleet detection latency"
// and "Sizing (Redis)"). Not a test: prints measurements. Needs a running redis-server:
//   redis-server --port 6390 --save '' --appendonly no &
//   bench_fleet --port 6390 [--replicas 1,3] [--groups 20] [--flush-ms 50] [--memory-events 100000]
// The traffic (tests/cpp/support/fleet_traffic.hpp, `groups` copies of the attack customers
// spread over the run, plus clean background customers) is replayed in real time: each event is
// recorded at its own time on the wall clock by replica i % N. Latency = wall time at which
// replica 0 surfaces the signal (drain_signals polled every millisecond) - the triggering event's
// time. "local" is one process without fleet detection (signals are raised inside record()).
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "../tests/cpp/support/fleet_traffic.hpp"
#include "abusemon/tracker.hpp"
#include "tracker/fleet_redis.hpp"

using namespace abusemon;

namespace {

int64_t wall_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::vector<test::TrafficEvent> traffic(int groups) {
  std::vector<test::TrafficEvent> out = test::fleet_traffic(8, 6000);
  const auto attack = test::fleet_traffic(0, 0);
  for (int g = 0; g < groups; ++g) {
    for (auto e : attack) {
      e.customer += "-" + std::to_string(g);
      e.offset_ms += 100 * g;  // overlapping groups
      e.item = out.size() + 1;
      out.push_back(e);
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.offset_ms < b.offset_ms; });
  return out;
}

std::string config(int port, const std::string& prefix, int replica, int flush_ms, bool fleet) {
  if (!fleet) return test::fleet_tracker_config();
  return test::fleet_tracker_config(
      R"({"port": )" + std::to_string(port) + R"(, "key_prefix": ")" + prefix +
      R"(", "flush_interval": ")" + std::to_string(flush_ms) + R"(ms", "replica_id": "r)" +
      std::to_string(replica) + R"(", "detection": {"shards": 16, "lease": "2s"}})");
}

// One replica: records its share in real time; replica 0 also measures surfacing latency.
[[noreturn]] void replica(int port, const std::string& prefix, int index, int n, int flush_ms,
                          bool fleet, const std::vector<test::TrafficEvent>& tr, int64_t t0,
                          std::size_t expect, const std::string& out) {
  Tracker t(parse_tracker_config(config(port, prefix, index, flush_ms, fleet)));
  std::vector<double> lat;
  std::atomic<bool> done{false};
  std::thread drainer;
  if (index == 0) {
    drainer = std::thread([&] {
      std::vector<Signal> sigs;
      const int64_t give_up = t0 + tr.back().offset_ms + 20000;
      while (lat.size() < expect && wall_ms() < give_up) {
        sigs.clear();
        t.drain_signals(sigs);
        const int64_t now = wall_ms();
        for (const auto& s : sigs) lat.push_back(static_cast<double>(now - s.time_ms));
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      done = true;
    });
  }
  for (std::size_t i = 0; i < tr.size(); ++i) {
    if (static_cast<int>(i % static_cast<std::size_t>(n)) != index) continue;
    const int64_t at = t0 + tr[i].offset_ms;
    const int64_t now = wall_ms();
    if (at > now) std::this_thread::sleep_for(std::chrono::milliseconds(at - now));
    t.record(test::to_event(tr[i], t0));
  }
  if (index == 0) {
    drainer.join();
    std::ofstream f(out);
    for (double l : lat) f << l << '\n';
  } else {
    // Stay up (holding leases) until replica 0 has what it expects.
    std::this_thread::sleep_for(std::chrono::milliseconds(8000));
  }
  _exit(0);
}

void run(int port, int n, int flush_ms, bool fleet, int groups) {
  const auto tr = traffic(groups);
  const int64_t t0 = wall_ms() + 1000;
  std::size_t expect = 0;
  {
    ManualClock clock(t0);
    Tracker ref(parse_tracker_config(test::fleet_tracker_config()), &clock);
    for (const auto& e : tr) {
      clock.set_ms(t0 + e.offset_ms);
      ref.record(test::to_event(e, t0));
    }
    std::vector<Signal> s;
    expect = ref.drain_signals(s);
  }
  const std::string prefix = "bench" + std::to_string(getpid()) + "-" + std::to_string(n) + "-" +
                             std::to_string(flush_ms) + (fleet ? "f" : "l");
  const std::string out = "/tmp/bench_fleet_" + prefix + ".txt";
  std::vector<pid_t> kids;
  for (int i = 0; i < n; ++i) {
    const pid_t pid = fork();
    if (pid == 0) replica(port, prefix, i, n, flush_ms, fleet, tr, t0, expect, out);
    kids.push_back(pid);
  }
  for (pid_t k : kids) waitpid(k, nullptr, 0);
  std::vector<double> lat;
  std::ifstream in(out);
  for (double v; in >> v;) lat.push_back(v);
  std::remove(out.c_str());
  std::sort(lat.begin(), lat.end());
  auto pct = [&](double p) {
    return lat.empty()
               ? -1.0
               : lat[std::min(lat.size() - 1,
                              static_cast<std::size_t>(p * static_cast<double>(lat.size())))];
  };
  std::printf(
      "%-6s replicas=%d flush=%3dms events=%zu signals=%zu/%zu  latency ms: p50 %.0f  p95 %.0f  "
      "max %.0f\n",
      fleet ? "fleet" : "local", n, flush_ms, tr.size(), lat.size(), expect, pct(0.5), pct(0.95),
      lat.empty() ? -1.0 : lat.back());
}

void memory(int port, std::size_t events) {
  const std::string prefix = "benchmem" + std::to_string(getpid());
  {
    Tracker t(parse_tracker_config(test::fleet_tracker_config(
        R"({"port": )" + std::to_string(port) + R"(, "key_prefix": ")" + prefix +
        R"(", "max_pending": 1000000, "detection": {"shards": 1, "max_buffered_events": 1000000}})")));
    const int64_t t0 = wall_ms();
    for (std::size_t i = 0; i < events; ++i) {
      TrackerEvent e;
      const std::string c = "customer-" + std::to_string(i % 5000);
      e.customer = c;
      e.user = "u" + std::to_string(i % 7);
      e.time_ms = t0 + static_cast<int64_t>(i);
      e.item_id = 1'000'000 + i;
      if (i % 10 == 0) e.severity[0] = Severity::medium;
      e.fingerprint = 0x9e3779b97f4a7c15ULL * (i + 1);
      t.record(e);
    }
    while (!t.flush_fleet(1000)) {
    }
  }
  std::string why;
  redisContext* c = detail::connect_redis("127.0.0.1", port, 1000, 10000, why);
  if (c == nullptr) return;
  const std::string key = prefix + ":ev:0";
  const detail::ReplyPtr len = detail::command_argv(c, {"XLEN", key});
  const detail::ReplyPtr mem = detail::command_argv(c, {"MEMORY", "USAGE", key, "SAMPLES", "0"});
  if (len.r && mem.r && len.r->type == REDIS_REPLY_INTEGER && mem.r->type == REDIS_REPLY_INTEGER) {
    std::printf("stream memory: %lld entries, %lld bytes, %.1f bytes/event\n", len.r->integer,
                mem.r->integer,
                static_cast<double>(mem.r->integer) / static_cast<double>(len.r->integer));
  }
  redisFree(c);
}

}  // namespace

int main(int argc, char** argv) {
  int port = 6379, groups = 20, flush_ms = 50;
  std::size_t mem_events = 100000;
  std::vector<int> replicas = {1, 3};
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--port")
      port = std::atoi(argv[i + 1]);
    else if (a == "--groups")
      groups = std::atoi(argv[i + 1]);
    else if (a == "--flush-ms")
      flush_ms = std::atoi(argv[i + 1]);
    else if (a == "--memory-events")
      mem_events = std::strtoull(argv[i + 1], nullptr, 10);
    else if (a == "--replicas") {
      replicas.clear();
      for (const char* p = argv[i + 1]; *p;) {
        replicas.push_back(std::atoi(p));
        while (*p && *p != ',') ++p;
        if (*p) ++p;
      }
    } else {
      std::fprintf(stderr, "unknown option %s\n", a.c_str());
      return 2;
    }
  }
  run(port, 1, flush_ms, false, groups);
  for (int n : replicas) run(port, n, flush_ms, true, groups);
  if (mem_events > 0) memory(port, mem_events);
  return 0;
}
