// Storage backends side by side (docs/FLEET.md): review intake per second with W concurrent
// writers spread over P processes (each writer its own store handle = its own connection, as
// replicas have), and the enforcement gate's refresh latency (a standing committed by one
// process -> a replica process refuses the customer). Not a test: it prints figures.
//
//   bench_store --db sqlite:///tmp/b.db --procs 2 --writers 8 --items 2000
//   bench_store --db 'postgresql://user@host/db?schema=bench' --procs 2 --writers 8 --items 2000
//   bench_store --db URL --gate 20
//
// The store at --db is used as is (use a fresh file or schema per run).
#include <abusemon/enforcement.hpp>
#include <abusemon/review.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

using namespace abusemon;
using Steady = std::chrono::steady_clock;

namespace {

ReviewStoreOptions at(const std::string& db) {
  ReviewStoreOptions o;
  o.path = db;
  o.busy_timeout_ms = 60000;
  o.max_pending_items = 0;
  return o;
}

ReviewSubmission item(int w, int k) {
  ReviewSubmission s;
  s.content = "benchmark text " + std::to_string(w) + "-" + std::to_string(k);
  s.verdict_json = R"({"scores":{"harassment":0.6}})";
  s.customer = "cust-" + std::to_string(k % 50);
  s.user = "user-" + std::to_string(k % 7);
  s.region = "eea";
  s.signal = "classifier";
  s.queue = "default";
  s.category = Category::harassment;
  s.severity = Severity::medium;
  s.confidence = 0.6;
  return s;
}

double seconds_since(Steady::time_point t0) {
  return std::chrono::duration<double>(Steady::now() - t0).count();
}

// P processes x (W / P) threads, each submitting `items` / W items on its own handle.
void intake(const std::string& db, int procs, int writers, int items) {
  { ReviewStore init(at(db)); }  // schema before the writers start
  const int per_proc = std::max(1, writers / procs);
  const int each = std::max(1, items / (per_proc * procs));
  const auto t0 = Steady::now();
  std::vector<pid_t> pids;
  for (int p = 0; p < procs; ++p) {
    const pid_t pid = ::fork();
    if (pid < 0) std::exit(1);
    if (pid == 0) {
      int failed = 0;
      std::vector<std::thread> ts;
      for (int w = 0; w < per_proc; ++w) {
        ts.emplace_back([&, w] {
          try {
            ReviewStore st(at(db));
            for (int k = 0; k < each; ++k) st.submit(item(p * per_proc + w, k));
          } catch (const std::exception& e) {
            std::fprintf(stderr, "writer failed: %s\n", e.what());
            failed = 1;
          }
        });
      }
      for (auto& t : ts) t.join();
      ::_exit(failed);
    }
    pids.push_back(pid);
  }
  int bad = 0;
  for (pid_t pid : pids) {
    int ws = 0;
    ::waitpid(pid, &ws, 0);
    if (!WIFEXITED(ws) || WEXITSTATUS(ws) != 0) ++bad;
  }
  const double s = seconds_since(t0);
  const int total = each * per_proc * procs;
  ReviewStore check(at(db));
  const bool ok = check.verify_audit().ok;
  std::printf("intake: %d processes x %d writers, %d items in %.2f s = %.0f items/s%s%s\n", procs,
              per_proc, total, s, total / s, ok ? "" : " (AUDIT CHAIN BROKEN)",
              bad != 0 ? " (WRITERS FAILED)" : "");
}

// A replica process watches the gate; this process suspends customers one by one.
void gate(const std::string& db, int rounds) {
  EnforcementOptions o;
  o.path = db;
  { Enforcement init(o); }
  const bool pg = db.rfind("postgres", 0) == 0;
  int fds[2];
  if (::pipe(fds) != 0) std::exit(1);
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(fds[0]);
    Enforcement replica(o);
    for (int r = 0; r < rounds; ++r) {
      const std::string c = "gate-" + std::to_string(r);
      // PostgreSQL: the gate refreshes itself (NOTIFY); SQLite: the replica polls refresh_gate().
      while (replica.is_allowed(c).allowed) {
        if (!pg) replica.refresh_gate();
      }
      const auto now =
          std::chrono::duration_cast<std::chrono::microseconds>(Steady::now().time_since_epoch())
              .count();
      if (::write(fds[1], &now, sizeof now) != sizeof now) ::_exit(2);
    }
    ::_exit(0);
  }
  ::close(fds[1]);
  Enforcement writer(o);
  std::vector<double> ms;
  for (int r = 0; r < rounds; ++r) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    DecisionRecord d;
    d.seq = 1000000 + r;
    d.item_id = d.seq;
    d.kind = DecisionKind::confirm;
    d.category = Category::sexual_minors;
    d.severity = Severity::high;
    d.customer = "gate-" + std::to_string(r);
    d.decided_ms = d.occurred_ms = SystemClock::instance().now_ms();
    const auto t0 =
        std::chrono::duration_cast<std::chrono::microseconds>(Steady::now().time_since_epoch())
            .count();
    writer.apply(d);  // returns after the commit
    long long seen = 0;
    if (::read(fds[0], &seen, sizeof seen) != sizeof seen) break;
    ms.push_back(static_cast<double>(seen - t0) / 1000.0);
  }
  int ws = 0;
  ::waitpid(pid, &ws, 0);
  std::sort(ms.begin(), ms.end());
  if (ms.empty()) return;
  std::printf(
      "gate refresh (%s): %zu rounds, commit -> replica refuses: median %.2f ms, max %.2f ms\n",
      pg ? "LISTEN/NOTIFY" : "replica polling refresh_gate()", ms.size(), ms[ms.size() / 2],
      ms.back());
}

}  // namespace

int main(int argc, char** argv) {
  std::string db;
  int procs = 2, writers = 1, items = 1000, rounds = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i];
    const char* v = argv[i + 1];
    if (k == "--db")
      db = v;
    else if (k == "--procs")
      procs = std::atoi(v);
    else if (k == "--writers")
      writers = std::atoi(v);
    else if (k == "--items")
      items = std::atoi(v);
    else if (k == "--gate")
      rounds = std::atoi(v);
  }
  if (db.empty() || procs < 1 || writers < 1) {
    std::fprintf(stderr, "usage: %s --db LOCATION [--procs P --writers W --items N] [--gate R]\n",
                 argv[0]);
    return 2;
  }
  try {
    if (rounds > 0) {
      gate(db, rounds);
    } else {
      intake(db, procs, writers, items);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_store: %s\n", e.what());
    return 1;
  }
  return 0;
}
