// Tracker throughput and memory (docs/PERFORMANCE.md, section "Tracker"). Not a test: prints
// measurements. Usage:
//   bench_tracker [--events N] [--customers N] [--threads N] [--memory-customers N]
//                 [--redis-server PATH]
// For each thread count 1..N it prints one line: events, wall time and rate, and the rate per
// CPU-second of the recording threads (CLOCK_THREAD_CPUTIME_ID: what a dedicated core per thread
// gives, unaffected by other jobs on a shared machine), with the scaling against one thread.
// The Redis part starts its own redis-server on a free loopback port (skipped with a note when
// no redis-server binary is found).
#include <malloc.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "abusemon/tracker.hpp"

using namespace abusemon;
using Clk = std::chrono::steady_clock;

namespace {

struct Opts {
  std::size_t events = 4'000'000;
  std::size_t customers = 10'000;
  std::size_t memory_customers = 1'000'000;
  std::size_t threads = 2;
  std::string redis_server = "redis-server";
};

// Pre-generated events: 1 in 10 flagged; with_users: 1 in 2 carries one of 4 end-users.
struct Workload {
  std::vector<std::string> customers;
  std::vector<std::string> users;
  std::vector<TrackerEvent> events;
};

Workload make_workload(std::size_t n, std::size_t customers, bool with_users, uint64_t seed) {
  Workload w;
  for (std::size_t i = 0; i < customers; ++i) w.customers.push_back("cust-" + std::to_string(i));
  for (std::size_t i = 0; i < 4; ++i) w.users.push_back("user-" + std::to_string(i));
  w.events.reserve(n);
  uint64_t x = seed;
  const int64_t t0 = 1'764'000'000'000;
  for (std::size_t i = 0; i < n; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    TrackerEvent e;
    e.customer = w.customers[(x >> 33) % customers];
    if (with_users && ((x >> 20) & 1)) e.user = w.users[(x >> 40) % w.users.size()];
    e.time_ms = t0 + static_cast<int64_t>(i / 1000);  // 1000 events per ms
    if ((x >> 12) % 10 == 0) e.severity[(x >> 50) % kCategoryCount] = Severity::low;
    e.item_id = i + 1;
    w.events.push_back(e);
  }
  return w;
}

TrackerConfig bench_config() {
  TrackerConfig c = parse_tracker_config("{}");  // default detectors
  c.max_customers = 2'000'000;
  c.max_users = 2'000'000;
  c.signal_queue_capacity = 1u << 30;
  return c;
}

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Timing {
  double wall = 0;     // seconds for all threads to finish
  double max_cpu = 0;  // CPU seconds of the busiest recording thread
  double sum_cpu = 0;  // CPU seconds of all recording threads
};

// Wall time depends on what else the machine runs; the recording threads' own CPU time does
// not (it excludes time spent runnable but descheduled), so both are reported.
Timing run_threads(Tracker& t, const std::vector<Workload>& loads) {
  std::vector<std::thread> pool;
  std::vector<double> cpu(loads.size());
  const auto start = Clk::now();
  for (std::size_t i = 0; i < loads.size(); ++i) {
    pool.emplace_back([&t, &loads, &cpu, i] {
      const double c0 = thread_cpu_seconds();
      for (const auto& e : loads[i].events) t.record(e);
      cpu[i] = thread_cpu_seconds() - c0;
    });
  }
  for (auto& th : pool) th.join();
  Timing r;
  r.wall = std::chrono::duration<double>(Clk::now() - start).count();
  for (double c : cpu) {
    r.max_cpu = std::max(r.max_cpu, c);
    r.sum_cpu += c;
  }
  return r;
}

void bench_memory(std::size_t n) {
  TrackerConfig c = bench_config();
  c.max_customers = n + 1;
  const std::size_t before = mallinfo2().uordblks;
  Tracker t(c);
  char id[32];
  for (std::size_t i = 0; i < n; ++i) {
    std::snprintf(id, sizeof id, "cust-%zu", i);  // <= 15 bytes: inline in std::string
    TrackerEvent e;
    e.customer = id;
    e.time_ms = 1'764'000'000'000;
    t.record(e);
  }
  const double bytes = static_cast<double>(mallinfo2().uordblks - before);
  std::printf(
      "memory: %zu idle customers: %.1f MiB heap, %.1f bytes per customer "
      "(fixed state %zu bytes)\n",
      n, bytes / (1 << 20), bytes / static_cast<double>(n), Tracker::state_bytes());
}

int free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

bool port_open(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = htons(static_cast<uint16_t>(port));
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(fd);
  return ok;
}

void bench_redis(const Opts& o) {
  const int port = free_port();
  const std::string dir =
      std::filesystem::temp_directory_path() / ("am_bench_redis_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    const std::string p = std::to_string(port);
    execlp(o.redis_server.c_str(), o.redis_server.c_str(), "--port", p.c_str(), "--bind",
           "127.0.0.1", "--dir", dir.c_str(), "--save", "", "--appendonly", "no", "--logfile",
           (dir + "/redis.log").c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  for (int i = 0; i < 1000 && !port_open(port); ++i) usleep(10'000);
  if (!port_open(port)) {
    std::printf("redis: skipped (could not start '%s')\n", o.redis_server.c_str());
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    std::filesystem::remove_all(dir);
    return;
  }
  for (std::size_t customers : {std::size_t{1'000}, o.customers, std::size_t{100'000}}) {
    TrackerConfig c = bench_config();
    FleetConfig f;
    f.port = port;
    f.key_prefix = "bench" + std::to_string(customers);
    f.max_pending = 1'000'000;
    f.flush_interval_ms = 20;
    f.batch_size = 256;
    c.fleet = f;
    const std::size_t n = o.events / 2;
    const Workload w = make_workload(n, customers, false, 7);
    Tracker t(c);
    const auto start = Clk::now();
    for (const auto& e : w.events) t.record(e);
    const double rec = std::chrono::duration<double>(Clk::now() - start).count();
    bool flushed = false;
    for (int i = 0; i < 600 && !flushed; ++i) flushed = t.flush_fleet(1000);
    const double total = std::chrono::duration<double>(Clk::now() - start).count();
    const auto s = t.stats();
    std::printf(
        "redis: %zu events over %zu customers, 1 client: record %.2f M events/s; "
        "all in Redis after %.2f s = %.0f k events/s (sent %llu, dropped %llu, %s)\n",
        n, customers, n / rec / 1e6, total, s.fleet_sent_events / total / 1e3,
        static_cast<unsigned long long>(s.fleet_sent_events),
        static_cast<unsigned long long>(s.fleet_dropped), flushed ? "flushed" : "NOT flushed");
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  std::filesystem::remove_all(dir);
}

}  // namespace

int main(int argc, char** argv) {
  Opts o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "bench_tracker: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--events")
      o.events = std::stoull(next());
    else if (a == "--customers")
      o.customers = std::stoull(next());
    else if (a == "--threads")
      o.threads = std::max<std::size_t>(1, std::stoull(next()));
    else if (a == "--memory-customers")
      o.memory_customers = std::stoull(next());
    else if (a == "--redis-server")
      o.redis_server = next();
    else {
      std::fprintf(stderr,
                   "usage: bench_tracker [--events N] [--customers N] [--threads N] "
                   "[--memory-customers N] [--redis-server PATH]\n");
      return 2;
    }
  }
  std::printf(
      "tracker: state %zu bytes per entity; default detectors; %zu customers; "
      "10%% of events flagged\n",
      Tracker::state_bytes(), o.customers);
  for (bool users : {false, true}) {
    std::printf("\nin-memory, %s, %zu events per thread:\n",
                users ? "half the events with one of 4 end-users" : "customer events only",
                o.events);
    std::printf("  %7s %12s %8s %13s %20s %24s %8s\n", "threads", "events", "wall s", "M events/s",
                "M events/CPU-s/thread", "M events/s, core/thread", "scaling");
    {
      // Warm-up (page faults of the allocator, CPU frequency), not reported.
      Tracker warm(bench_config());
      run_threads(warm, {make_workload(o.events, o.customers, users, 99)});
    }
    double base = 0;
    for (std::size_t n = 1; n <= o.threads; ++n) {
      std::vector<Workload> loads;
      for (std::size_t i = 0; i < n; ++i) {
        loads.push_back(make_workload(o.events, o.customers, users, 1 + i));
      }
      Tracker t(bench_config());
      const Timing tm = run_threads(t, loads);
      const double total = static_cast<double>(o.events * n);
      // With a core per thread, all threads finish when the busiest one has used its CPU time.
      const double dedicated = total / tm.max_cpu / 1e6;
      if (n == 1) base = dedicated;
      std::printf("  %7zu %12.0f %8.2f %13.2f %20.2f %24.2f %7.2fx\n", n, total, tm.wall,
                  total / tm.wall / 1e6, total / tm.sum_cpu / 1e6, dedicated, dedicated / base);
    }
  }
  std::printf("\n");
  bench_redis(o);
  bench_memory(o.memory_customers);
  return 0;
}
