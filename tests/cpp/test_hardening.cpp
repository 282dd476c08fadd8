// Hardening (issue #9): limits, fault injection and load.
//  - Limits: text length and batch size (Monitor), tracked customers (Tracker: bounded by LRU
//    eviction), review items and content size (ReviewStore) end in status::limit, never in an
//    unbounded allocation.
//  - Faults: disk full (RLIMIT_FSIZE in a forked child), SQLite busy (a second connection holding
//    the write lock), Redis slow (SIGSTOP) and killed with an append-only file, SIGKILL at random
//    points of a replay followed by a restart. Each checks that committed state survives intact.
//  - Load: many threads through Monitor + Tracker (and the enforcement gate) with exact totals
//    ([concurrency]: also run under ThreadSanitizer by scripts/test.sh).
// Tests tagged [redis] start their own redis-server on a free loopback port.
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <abusemon/enforcement.hpp>
#include <abusemon/error.hpp>
#include <abusemon/model.hpp>
#include <abusemon/monitor.hpp>
#include <abusemon/replay.hpp>
#include <abusemon/review.hpp>
#include <abusemon/tracker.hpp>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "keyword_scorer.hpp"
#include "support/redis_server.hpp"
#include "support/replay_stack.hpp"
#include "support/scratch.hpp"

using namespace abusemon;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kT0 = 1'764'000'000'000;  // 2025-11-24

// Scratch directory of one test.
struct Dir : test::ScratchDir {
  Dir() : test::ScratchDir("am_hardening_") {}
};
using test::status_of;

std::shared_ptr<test::KeywordScorer> scorer() {
  return std::make_shared<test::KeywordScorer>();
}

ReviewSubmission submission(const std::string& customer, const std::string& region,
                            std::string content = "flagged text") {
  ReviewSubmission s;
  s.content = std::move(content);
  s.customer = customer;
  s.region = region;
  s.signal = "classifier";
  s.category = Category::harassment;
  s.severity = Severity::high;
  s.confidence = 0.9;
  return s;
}

// PRAGMA integrity_check through a separate connection: "ok" for an intact file.
std::string integrity(const std::string& path) {
  sqlite3* db = nullptr;
  // Read-write, as the restart after a crash opens it: a read-only connection cannot rebuild a
  // stale WAL index (SQLITE_READONLY_RECOVERY when the kill hit while it was being written).
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK);
  std::string result = "no result";
  if (sqlite3_step(st) == SQLITE_ROW) {
    result = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return result;
}

// Waits for a forked child; returns its exit status, or 128 + signal.
int wait_child(pid_t pid) {
  int st = 0;
  REQUIRE(waitpid(pid, &st, 0) == pid);
  if (WIFEXITED(st)) return WEXITSTATUS(st);
  return 128 + WTERMSIG(st);
}

// Reads every int64 a child wrote to a pipe until EOF.
std::vector<std::int64_t> read_all(int fd) {
  std::vector<std::int64_t> out;
  std::int64_t v = 0;
  std::size_t have = 0;
  char* p = reinterpret_cast<char*>(&v);
  for (;;) {
    const ssize_t n = read(fd, p + have, sizeof v - have);
    if (n <= 0) break;
    have += static_cast<std::size_t>(n);
    if (have == sizeof v) {
      out.push_back(v);
      have = 0;
    }
  }
  close(fd);
  return out;
}

void write_i64(int fd, std::int64_t v) {
  // A short write to a pipe of 8 bytes cannot happen (PIPE_BUF >= 512).
  if (write(fd, &v, sizeof v) != static_cast<ssize_t>(sizeof v)) _exit(90);
}

}  // namespace

// ------------------------------------------------------------------------------------------------
// Limits

TEST_CASE("limits: the Monitor refuses over-long texts and over-large batches", "[hardening]") {
  MonitorOptions o;
  o.max_text_bytes = 64;
  o.max_batch_texts = 3;
  Monitor m(scorer(), Policy(), o);
  const std::string at_limit(64, 'a'), over(65, 'a');
  CHECK(m.check_prompt(at_limit).action == Action::allow);
  CHECK(status_of([&] { (void)m.check_prompt(over); }) == status::limit);
  CHECK(status_of([&] { m.validate_text(over); }) == status::limit);
  std::vector<std::string_view> three{"a", "b", "c"}, four{"a", "b", "c", "d"};
  CHECK(m.check_prompts(three).size() == 3);
  CHECK(status_of([&] { (void)m.check_prompts(four); }) == status::limit);
  CHECK(status_of([&] { (void)m.scores(four); }) == status::limit);
  // A stream is bounded by the same length limit, whatever the chunking.
  StreamChecker s(m, StreamOptions{0, 0, {}});
  (void)s.feed(std::string(40, 'x'));
  CHECK(status_of([&] { (void)s.feed(std::string(40, 'x')); }) == status::limit);
  // A huge text is refused before any copy or scoring (no allocation proportional to it).
  Monitor big(scorer());
  const std::string huge((1 << 20) + 1, 'z');
  CHECK(status_of([&] { (void)big.check_prompt(huge); }) == status::limit);
}

TEST_CASE("limits: tracked customers stay within max_customers (LRU eviction)", "[hardening]") {
  TrackerConfig c;
  c.max_customers = 100;
  c.max_users = 48;
  c.shards = 4;
  ManualClock clock(kT0);
  Tracker t(c, &clock);
  for (int i = 0; i < 1000; ++i) {
    TrackerEvent e;
    const std::string cust = "cust-" + std::to_string(i), user = "u" + std::to_string(i);
    e.customer = cust;
    e.user = user;
    t.record(e);
    clock.advance_ms(1);
  }
  const TrackerStats s = t.stats();
  CHECK(s.events == 1000);
  CHECK(s.customers <= 100);
  CHECK(s.users <= 48);
  CHECK(s.evicted >= 900);
  CHECK(t.entity("cust-999"));      // the most recent stay
  CHECK_FALSE(t.entity("cust-0"));  // the least recently seen went first
  // Oversized ids are refused, not stored.
  TrackerEvent e;
  const std::string long_id(257, 'c');
  e.customer = long_id;
  CHECK_THROWS_AS(t.record(e), std::invalid_argument);
}

TEST_CASE("limits: the review store bounds content size and pending items", "[hardening]") {
  Dir d;
  ReviewStoreOptions o;
  o.path = d.file("review.db");
  o.max_content_bytes = 100;
  o.max_pending_items = 3;
  ManualClock clock(kT0);
  o.clock = &clock;
  ReviewStore r(o);
  r.add_principal({"rev", Role::reviewer, "us", true});
  r.add_principal({"mgr", Role::manager, "us", true});
  CHECK(status_of([&] { r.submit(submission("c", "us", std::string(101, 'x'))); }) ==
        status::limit);
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 3; ++i) ids.push_back(r.submit(submission("c", "us", std::string(100, 'x'))));
  CHECK(status_of([&] { r.submit(submission("c", "us")); }) == status::limit);
  // A batch that would cross the limit is refused as a whole.
  std::vector<ReviewSubmission> batch{submission("c", "eea"), submission("c", "eea"),
                                      submission("c", "eea"), submission("c", "eea")};
  CHECK(status_of([&] { r.submit_batch(batch); }) == status::limit);
  CHECK(r.submit(submission("c", "eea")) > 0);  // other regions have their own bound
  // Deciding an item makes room again.
  const auto g = r.request_access("rev", GrantRequest{"", "", "backlog", 3600 * 1000});
  r.approve_access("mgr", g);
  r.decide("rev", ids[0], Decision{DecisionKind::dismiss, {}, {}, "fine"});
  CHECK(r.submit(submission("c", "us")) > 0);
  CHECK(status_of([&] { r.submit(submission("c", "us")); }) == status::limit);
  QueueFilter f;
  f.limit = 100;
  CHECK(r.queue("rev", f).size() == 3);
  CHECK(r.verify_audit().ok);
  // 0 disables both limits.
  o.max_content_bytes = 0;
  o.max_pending_items = 0;
  o.path = d.file("unlimited.db");
  ReviewStore u(o);
  for (int i = 0; i < 5; ++i) CHECK(u.submit(submission("c", "us", std::string(200, 'y'))) > 0);
}

// ------------------------------------------------------------------------------------------------
// Disk full

TEST_CASE("faults: disk full fails review writes cleanly and loses nothing committed",
          "[hardening][faults]") {
  Dir d;
  const std::string path = d.file("review.db");
  {
    ReviewStoreOptions o;
    o.path = path;
    ReviewStore r(o);
    r.add_principal({"rev", Role::reviewer, "us", true});
  }
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    // Writing past the limit gives EFBIG instead of SIGXFSZ; the soft limit can be raised back.
    signal(SIGXFSZ, SIG_IGN);
    ReviewStoreOptions o;
    o.path = path;
    ReviewStore r(o);
    std::uintmax_t biggest = 0;
    for (const char* f : {"", "-wal", "-shm"}) {
      std::error_code ec;
      const auto n = fs::file_size(path + f, ec);
      if (!ec) biggest = std::max(biggest, n);
    }
    rlimit lim{};
    getrlimit(RLIMIT_FSIZE, &lim);
    const rlimit full{static_cast<rlim_t>(biggest + 256 * 1024), lim.rlim_max};
    if (setrlimit(RLIMIT_FSIZE, &full) != 0) _exit(80);
    int failures = 0;
    for (int i = 0; i < 100000 && failures < 3; ++i) {
      try {
        write_i64(fds[1], r.submit(submission("c" + std::to_string(i % 7), "us",
                                              std::string(4000, static_cast<char>('a' + i % 26)))));
      } catch (const error& e) {
        if (e.code() != status::io) _exit(81);  // disk full must be an I/O error
        ++failures;
      }
    }
    if (failures < 3) _exit(82);  // the limit was never reached
    // Space comes back: the same store object works again without a restart.
    if (setrlimit(RLIMIT_FSIZE, &lim) != 0) _exit(83);
    try {
      write_i64(fds[1], r.submit(submission("after", "us")));
    } catch (const std::exception&) {
      _exit(84);
    }
    _exit(r.verify_audit().ok ? 0 : 85);
  }
  close(fds[1]);
  const std::vector<std::int64_t> committed = read_all(fds[0]);
  REQUIRE(wait_child(pid) == 0);
  REQUIRE(committed.size() > 2);
  CHECK(integrity(path) == "ok");
  ReviewStoreOptions o;
  o.path = path;
  ReviewStore r(o);
  CHECK(r.verify_audit().ok);
  QueueFilter f;
  f.limit = 10000;
  std::set<std::int64_t> stored;
  for (;;) {
    auto page = r.queue("rev", f);
    if (page.empty()) break;
    for (const auto& it : page) stored.insert(it.id);
    f.after_id = page.back().id;
  }
  for (std::int64_t id : committed) CHECK(stored.count(id) == 1);
  CHECK(stored.size() == committed.size());  // and nothing half-written from the failed ones
}

TEST_CASE("faults: a snapshot that hits a full disk keeps the previous one intact",
          "[hardening][faults]") {
  Dir d;
  const std::string path = d.file("tracker.snap");
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);
    ManualClock clock(kT0);
    Tracker t(TrackerConfig{}, &clock);
    TrackerEvent e;
    e.customer = "first";
    t.record(e);
    t.snapshot(path);
    for (int i = 0; i < 5000; ++i) {
      const std::string c = "cust-" + std::to_string(i);
      e.customer = c;
      t.record(e);
    }
    rlimit lim{};
    getrlimit(RLIMIT_FSIZE, &lim);
    const rlimit full{4096, lim.rlim_max};
    if (setrlimit(RLIMIT_FSIZE, &full) != 0) _exit(80);
    const auto st = status_of([&] { t.snapshot(path); });
    _exit(st == status::io ? 0 : 81);
  }
  REQUIRE(wait_child(pid) == 0);
  const SnapshotInfo info = read_snapshot(path);
  REQUIRE(info.entities.size() == 1);
  CHECK(info.entities[0].customer == "first");
  // No temporary file is left behind next to it.
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(d.path)) files += entry.is_regular_file();
  CHECK(files == 1);
}

// ------------------------------------------------------------------------------------------------
// SQLite busy

TEST_CASE("faults: SQLite busy gives status::unavailable and no partial state",
          "[hardening][faults]") {
  Dir d;
  const std::string path = d.file("review.db");
  ManualClock clock(kT0);
  ReviewStoreOptions o;
  o.path = path;
  o.clock = &clock;
  o.busy_timeout_ms = 50;
  ReviewStore r(o);
  r.add_principal({"rev", Role::reviewer, "us", true});
  r.add_principal({"mgr", Role::manager, "us", true});
  const auto first = r.submit(submission("cust", "us"));
  const auto g = r.request_access("rev", GrantRequest{"", "", "triage", 3600 * 1000});
  r.approve_access("mgr", g);
  r.decide("rev", first, Decision{DecisionKind::confirm, {}, {}, "abuse"});
  EnforcementOptions eo;
  eo.path = path;
  eo.clock = &clock;
  eo.busy_timeout_ms = 50;
  Enforcement enf(eo);
  const auto head_before = r.audit_head();

  // Another process (here: another connection) holds the write lock.
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  CHECK(status_of([&] { r.submit(submission("cust", "us")); }) == status::unavailable);
  CHECK(status_of([&] { (void)enf.sync(r); }) == status::unavailable);
  // The gate answers from memory while the database is locked.
  CHECK(enf.is_allowed("cust").allowed);
  REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(other);

  // Nothing of the refused calls was written; both objects work again.
  CHECK(r.audit_head().seq == head_before.seq);
  const auto transitions = enf.sync(r);
  CHECK(transitions.size() == 1);
  CHECK(enf.status("cust").state == Standing::warned);
  CHECK(r.submit(submission("cust", "us")) > first);
  CHECK(enf.sync(r).empty());  // the decision was applied once
  CHECK(r.verify_audit().ok);
  CHECK(integrity(path) == "ok");
}

// ------------------------------------------------------------------------------------------------
// Redis slow and killed

namespace {

TrackerConfig fleet(int port) {
  TrackerConfig c = parse_tracker_config(R"({"detectors": []})");
  FleetConfig f;
  f.port = port;
  f.key_prefix = "hard";
  f.flush_interval_ms = 5;
  f.command_timeout_ms = 200;
  f.connect_timeout_ms = 200;
  c.fleet = f;
  return c;
}

bool flushed(Tracker& t) {
  for (int i = 0; i < 300; ++i) {
    if (t.flush_fleet(100)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("faults: a stalled and a killed Redis never block the request path and lose nothing",
          "[hardening][faults][redis]") {
  test::RedisServer redis(0, /*durable=*/true);
  ManualClock clock(kT0);
  Tracker t(fleet(redis.port()), &clock);
  auto record = [&](int n) {
    for (int i = 0; i < n; ++i) {
      TrackerEvent e;
      const std::string c = "cust" + std::to_string(i % 10);
      e.customer = c;
      if (i % 3 == 0) e.severity[static_cast<std::size_t>(Category::violence)] = Severity::high;
      t.record(e);
    }
  };
  record(1000);
  REQUIRE(flushed(t));

  // Slow: the server stops answering mid-flight. record() keeps returning (were it blocked on
  // Redis, this test would hang here); flushing gives up after its own timeout.
  redis.pause();
  record(3000);
  CHECK_FALSE(t.flush_fleet(300));
  CHECK(t.stats().events == 4000);
  CHECK(t.stats().fleet_buffered > 0);
  redis.resume();
  REQUIRE(flushed(t));

  // Killed: acknowledged batches are in the fsync'ed AOF; the rest stays buffered and goes out
  // once the server is back. Batches re-sent after a timeout are applied once (batch ids).
  redis.kill_now();
  record(2000);
  CHECK_FALSE(t.flush_fleet(100));
  redis.start();
  REQUIRE(flushed(t));

  std::uint64_t requests = 0, high = 0;
  for (int c = 0; c < 10; ++c) {
    const auto fc = t.fleet_counters("cust" + std::to_string(c));
    REQUIRE(fc);
    requests += fc->requests;
    high += fc->counts[static_cast<std::size_t>(Category::violence)][2];
  }
  CHECK(requests == 6000);
  CHECK(high == 334 + 1000 + 667);
  CHECK(t.stats().fleet_dropped == 0);
  CHECK(t.stats().fleet_sent_events == 6000);
}

// ------------------------------------------------------------------------------------------------
// SIGKILL during a replay, then restart

namespace {

std::string traffic(int records, unsigned seed) {
  std::mt19937 rng(seed);
  std::ostringstream out;
  const char* harmful[] = {"harassment=0.95 you idiot", "violence=0.92 threat", "hate=0.3 meh",
                           "sexual_minors=0.97 bad"};
  for (int i = 0; i < records; ++i) {
    const int customer = static_cast<int>(rng() % 12);
    const bool bad = rng() % 3 == 0;
    out << R"({"time": )" << (1'793'000'000 + i * 600) << R"(, "customer": "cust-)" << customer
        << R"(", "user": "u)" << (rng() % 3) << R"(", "region": ")" << (customer % 2 ? "us" : "eea")
        << R"(", "prompt": ")" << (bad ? harmful[rng() % 4] : "hello there") << "\"}\n";
  }
  return out.str();
}

// The replay pipeline on a store file, its clock at kT0.
struct Replayer : test::ReplayStack {
  explicit Replayer(const std::string& db) : ReplayStack(db, kT0) {}
};

}  // namespace

TEST_CASE("faults: SIGKILL at random points of a replay loses no committed decision",
          "[hardening][faults]") {
  const std::string log = traffic(300, 7);
  std::mt19937 rng(20261125);
  for (int round = 0; round < 6; ++round) {
    Dir d;
    const std::string db = d.file("store.db");
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    // Even rounds: the child kills itself right after the K-th decision commits (before
    // enforcement applied it). Odd rounds: the parent kills it after a random delay, wherever it
    // happens to be (inside a transaction, between statements, while syncing).
    const int self_kill_after = round % 2 == 0 ? static_cast<int>(1 + rng() % 30) : -1;
    const unsigned delay_us = static_cast<unsigned>(rng() % 400'000);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      close(fds[0]);
      Replayer p(db);
      int decided = 0;
      p.review->add_decision_listener([&](const DecisionRecord& rec) {
        write_i64(fds[1], rec.seq);  // runs after the decision's transaction committed
        if (++decided == self_kill_after) raise(SIGKILL);
      });
      (void)p.run(log);
      _exit(0);
    }
    close(fds[1]);
    if (self_kill_after < 0) {
      usleep(delay_us);
      kill(pid, SIGKILL);
    }
    const std::vector<std::int64_t> committed = read_all(fds[0]);
    const int rc = wait_child(pid);
    CHECK((rc == 0 || rc == 128 + SIGKILL));
    if (!fs::exists(db)) continue;  // killed before the store was created

    // Restart: everything committed is there, the file is intact, the audit chain verifies.
    CHECK(integrity(db) == "ok");
    Replayer again(db);
    CHECK(again.review->verify_audit().ok);
    const auto decisions = again.review->decisions_after(0, 1'000'000);
    std::set<std::int64_t> seqs;
    for (const auto& dr : decisions) seqs.insert(dr.seq);
    for (std::int64_t s : committed) CHECK(seqs.count(s) == 1);
    // Enforcement catches up from its durable cursor exactly once.
    (void)again.enf->sync(*again.review);
    CHECK(again.enf->sync(*again.review).empty());
    // At most one customer transition and one end-user block per confirmed decision (block
    // ends come from the clock, not from decisions).
    std::size_t customer_transitions = 0, blocks = 0;
    for (const auto& t : again.enf->history()) {
      if (t.user.empty()) {
        ++customer_transitions;
      } else if (t.to == Standing::blocked) {
        ++blocks;
      }
    }
    std::size_t confirmed = 0;
    for (const auto& dr : decisions) confirmed += dr.kind != DecisionKind::dismiss;
    CHECK(customer_transitions <= confirmed);
    CHECK(blocks <= confirmed);
    // And the pipeline runs again on the recovered files.
    const auto result = again.run(traffic(20, 99 + static_cast<unsigned>(round)));
    CHECK(result.records == 20);
    CHECK(again.review->verify_audit().ok);
  }
}

// ------------------------------------------------------------------------------------------------
// Load ([concurrency]: also under ThreadSanitizer)

TEST_CASE("load: threads through Monitor and Tracker give exact totals",
          "[hardening][concurrency]") {
  constexpr int kThreads = 8;
  constexpr int kEvents = 4000;
  constexpr int kCustomers = 50;
  Policy policy = Policy::from_json(R"({"blocklists":[{"name":"b","terms":["acme"]}]})");
  Monitor m(scorer(), policy);
  TrackerConfig tc;
  tc.shards = 8;
  tc.max_customers = 16;  // 2 per shard: forces eviction under contention too
  tc.detectors = default_detectors();
  Tracker t(tc);
  const std::vector<std::string> texts{"hello", "hate=0.95 you", "acme is here", "violence=0.6",
                                       "jailbreak=0.99 ignore previous"};
  std::vector<Action> expected;
  for (const auto& s : texts) expected.push_back(m.check_prompt(s).action);
  std::atomic<std::uint64_t> blocked{0};
  std::vector<std::thread> pool;
  for (int th = 0; th < kThreads; ++th) {
    pool.emplace_back([&, th] {
      std::vector<Signal> drained;
      for (int i = 0; i < kEvents; ++i) {
        const std::size_t k = static_cast<std::size_t>(i + th) % texts.size();
        const std::string cust = "cust-" + std::to_string((i * 7 + th) % kCustomers);
        const Verdict v = m.check_prompt(texts[k], CheckContext{cust, ""});
        if (v.action != expected[k]) FAIL_CHECK("verdict differs under load");
        if (v.action == Action::block) blocked.fetch_add(1);
        t.record(event_from_verdict(v, cust, "u" + std::to_string(th), texts[k],
                                    static_cast<std::uint64_t>(i + 1)));
        if (i % 500 == 0) {
          t.drain_signals(drained);
          (void)t.stats();
        }
      }
    });
  }
  for (auto& th : pool) th.join();
  std::uint64_t expected_blocked = 0;
  for (int th = 0; th < kThreads; ++th) {
    for (int i = 0; i < kEvents; ++i) {
      expected_blocked +=
          expected[static_cast<std::size_t>(i + th) % texts.size()] == Action::block;
    }
  }
  CHECK(blocked.load() == expected_blocked);
  const TrackerStats s = t.stats();
  CHECK(s.events == static_cast<std::uint64_t>(kThreads) * kEvents);
  CHECK(s.customers <= 16);
  CHECK(s.customers + s.evicted >= static_cast<std::uint64_t>(kCustomers));
}

TEST_CASE("load: the enforcement gate is read while decisions are applied",
          "[hardening][concurrency]") {
  Dir d;
  const std::string db = d.file("store.db");
  ManualClock clock(kT0);
  ReviewStoreOptions ro;
  ro.path = db;
  ro.clock = &clock;
  ro.auto_confirm_confidence = 0.5;  // every submission is confirmed automatically
  ReviewStore r(ro);
  EnforcementOptions eo;
  eo.path = db;
  eo.clock = &clock;
  Enforcement enf(eo);
  MonitorOptions mo;
  mo.gate = enf.customer_gate();
  Monitor m(scorer(), Policy(), mo);
  std::atomic<bool> done{false};
  std::atomic<std::uint64_t> refused{0};
  std::vector<std::thread> readers;
  for (int th = 0; th < 3; ++th) {
    readers.emplace_back([&, th] {
      while (!done.load()) {
        const std::string c = "cust-" + std::to_string(th);
        if (!enf.is_allowed(c).allowed) refused.fetch_add(1);
        if (m.check_prompt("hello", CheckContext{c, ""}).refusal) refused.fetch_add(1);
      }
    });
  }
  for (int i = 0; i < 30; ++i) {
    r.submit(submission("cust-" + std::to_string(i % 3), "us"));
    (void)enf.sync(r);
    clock.advance_ms(3600 * 1000);
  }
  done.store(true);
  for (auto& th : readers) th.join();
  for (int c = 0; c < 3; ++c) {
    const auto st = enf.status("cust-" + std::to_string(c)).state;
    CHECK(st != Standing::good_standing);
    CHECK(enf.is_allowed("cust-" + std::to_string(c)).allowed ==
          (st == Standing::good_standing || st == Standing::warned));
  }
}

// ------------------------------------------------------------------------------------------------
// Regressions found by the fuzz targets (tests/fuzz)

TEST_CASE("fuzz regression: out-of-range JSON numbers in a tracker config are format errors",
          "[hardening][fuzz]") {
  // fuzz_config: nlohmann's out_of_range escaped parse_tracker_config as a foreign exception.
  for (const char* doc : {R"({"shards": 11e308})", R"({"max_customers": -1e999})",
                          R"({"detectors": [{"name": "x", "type": "severe", "count": 1e400}]})"}) {
    CAPTURE(doc);
    CHECK(status_of([&] { (void)parse_tracker_config(doc); }) == status::format);
  }
  CHECK(status_of([&] { (void)Policy::from_json(R"({"version": 1e400})"); }) == status::format);
}

TEST_CASE("fuzz regression: model metadata that is not UTF-8 still serialises",
          "[hardening][fuzz]") {
  // fuzz_model_load: ModelInfo::to_json threw nlohmann's type_error on invalid UTF-8 strings.
  std::ifstream in(std::string(ABUSEMON_TEST_DATA_DIR) + "/engine/tiny-bert.gguf",
                   std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  REQUIRE(!bytes.empty());
  // The value of abusemon.model_id: key, type 8 (string), 8-byte length, then the bytes.
  const std::string key = "abusemon.model_id";
  const auto at = bytes.find(key);
  REQUIRE(at != std::string::npos);
  bytes[at + key.size() + 4 + 8 + 2] = '\x8b';  // same length, no longer UTF-8
  Dir d;
  const std::string path = d.file("bad-utf8.gguf");
  std::ofstream(path, std::ios::binary) << bytes;
  const auto model = Model::load(path);
  std::string json;
  REQUIRE_NOTHROW(json = model->info().to_json());
  CHECK(json.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD in place of the bad byte
}

TEST_CASE("fuzz regression: tracker ids that are not UTF-8 still serialise", "[hardening][fuzz]") {
  // fuzz_capi: signal and entity JSON threw nlohmann's type_error (AM_E_INTERNAL in the C ABI).
  ManualClock clock(kT0);
  TrackerConfig c;
  c.detectors = default_detectors();  // "severe" fires on one event
  Tracker t(c, &clock);
  TrackerEvent e;
  const std::string customer = "cust\xff\xfe", user = "u\xc3";
  e.customer = customer;
  e.user = user;
  e.severity[static_cast<std::size_t>(Category::sexual_minors)] = Severity::high;
  e.action = Action::block;
  t.record(e);
  std::vector<Signal> signals;
  REQUIRE(t.drain_signals(signals) > 0);
  std::string json;
  REQUIRE_NOTHROW(json = to_json(signals.front()));
  CHECK(json.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(signals.front().customer == customer);  // the struct keeps the exact bytes
  const auto view = t.entity(customer, user);
  REQUIRE(view);
  CHECK_NOTHROW((void)to_json(*view));
  Dir d;
  REQUIRE_NOTHROW(t.snapshot(d.file("t.snap")));  // open signals are stored as JSON
  CHECK(read_snapshot(d.file("t.snap")).entities.size() >= 1);
}
