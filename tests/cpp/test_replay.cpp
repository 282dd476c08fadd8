// Replay: a small traffic log through Monitor (keyword scorer) -> Tracker -> ReviewStore ->
// Enforcement on a ManualClock; checks the per-customer outcome, the gate's refusals, the
// timeline (no text in it) and the traffic parser.
#include <abusemon/error.hpp>
#include <abusemon/replay.hpp>
#include <abusemon/routed_scorer.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

#include <chrono>
#include <map>
#include <sstream>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "catch.hpp"
#include "support/redis_server.hpp"
#include "support/replay_stack.hpp"

using namespace abusemon;
namespace fs = std::filesystem;

namespace {

// A fresh store directory per test, made before the stack opens its database in it.
struct ReplayDir {
  fs::path dir;
  ReplayDir() : dir(fs::temp_directory_path() / ("am_replay_" + std::to_string(::getpid()))) {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~ReplayDir() { fs::remove_all(dir); }
};

struct Pipeline : ReplayDir, test::ReplayStack {
  Pipeline() : ReplayStack((dir / "store.db").string(), 0) {}
};

const ReplayCustomer& find(const ReplayResult& r, const std::string& id) {
  for (const auto& c : r.customers) {
    if (c.customer == id) return c;
  }
  FAIL("no customer " << id);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("replay: abusive customers without user ids are warned, suspended and refused",
          "[replay]") {
  Pipeline p;
  const std::string traffic =
      R"({"time": "2026-11-01T00:00:00Z", "customer": "good", "region": "eea", "prompt": "hello there", "completion": "hi"})"
      "\n"
      R"({"time": "2026-11-01T01:00:00Z", "customer": "acme", "region": "eea", "prompt": "harassment=0.95 you idiot"})"
      "\n\n"
      R"({"time": "2026-11-03T01:00:00Z", "customer": "acme", "region": "eea", "prompt": "harassment=0.96 again"})"
      "\n"
      R"({"time": "2026-11-03T02:00:00Z", "customer": "acme", "region": "eea", "prompt": "hello"})"
      "\n"
      R"({"time": 1793926800, "customer": "evil", "user": "x", "prompt": "sexual_minors=0.97"})"
      "\n"
      R"({"time": 1793930400, "customer": "evil", "user": "x", "prompt": "anything"})"
      "\n"
      R"({"time": 1793934000, "customer": "fp", "region": "us", "prompt": "hate=0.3"})"
      "\n";
  auto r = p.run(traffic);
  CHECK(r.records == 7);
  const auto& good = find(r, "good");
  CHECK(good.requests == 1);
  CHECK(good.flagged == 0);
  CHECK(good.final_state == Standing::good_standing);
  const auto& acme = find(r, "acme");
  CHECK(acme.flagged == 2);
  CHECK(acme.decisions.at("confirm") == 2);
  REQUIRE(acme.transitions.size() == 2);
  CHECK(acme.transitions[0] == "warned");
  CHECK(acme.transitions[1] == "suspended");
  CHECK(acme.refused == 1);
  CHECK(acme.final_state == Standing::suspended);
  REQUIRE(acme.notifications.size() == 2);
  CHECK(acme.notifications[0] == "warning");
  const auto& evil = find(r, "evil");
  CHECK(evil.final_state == Standing::suspended);
  CHECK(evil.refused == 1);
  CHECK_FALSE(evil.signals.empty());  // the tracker's severe detector
  for (const auto& e : r.timeline) {
    CHECK(e.detail.find("you idiot") == std::string::npos);
  }
  auto json = to_json_string(r);
  CHECK_THAT(json, Catch::Matchers::Contains(R"("final_state":"suspended")"));
  CHECK(p.review->verify_audit().ok);
  // The review decisions fed the tracker's confirmed-abuse counts, per customer and user.
  const auto h = static_cast<std::size_t>(Category::harassment);
  const auto tc = p.tracker->entity("acme");
  REQUIRE(tc);
  CHECK(tc->reviews[static_cast<std::size_t>(ReviewOutcome::confirmed)][h] == 2);
  CHECK_FALSE(p.tracker->entity("acme", "u1"));
  const auto fp = p.tracker->entity("fp");
  REQUIRE(fp);
  CHECK(fp->reviews[static_cast<std::size_t>(ReviewOutcome::dismissed)]
                   [static_cast<std::size_t>(Category::hate)] +
            fp->reviews[0][static_cast<std::size_t>(Category::hate)] ==
        find(r, "fp").flagged);
  // The replay's listener is gone afterwards: a new decision no longer reaches the tracker.
  CHECK_FALSE(p.review->remove_decision_listener(1));
}

namespace {

std::string line(const std::string& time, const std::string& customer, const std::string& user,
                 const std::string& prompt) {
  return R"({"time": ")" + time + R"(", "customer": ")" + customer + R"(", "user": ")" + user +
         R"(", "prompt": ")" + prompt + "\"}\n";
}

std::string day_time(int day, int hour) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "2026-11-%02dT%02d:%02d:00Z", day, hour, (day * 7) % 60);
  return buf;
}

const ReplayUser* find_user(const ReplayCustomer& c, const std::string& id) {
  for (const auto& u : c.users) {
    if (u.user == id) return &u;
  }
  return nullptr;
}

}  // namespace

// The end-user scenarios of docs/ENFORCEMENT.md: (a) one abusive end user of a large benign
// customer, (b) many abusive end users of one customer, (c) a one-a-day low-severity drip over
// three weeks; (d) abuse without user ids is the test above.
TEST_CASE("replay: end users are acted on first; customers escalate when they do not act",
          "[replay][users]") {
  Pipeline p;
  std::vector<std::string> lines;  // sorted below: each starts with its time
  for (int day = 1; day <= 21; ++day) {
    for (int u = 1; u <= 30; ++u) {
      if ((u + day) % 5 == 0) {
        lines.push_back(line(day_time(day, 8 + u % 10), "bigcorp", "u" + std::to_string(u),
                             "an ordinary question"));
      }
    }
    if (day == 3 || day == 5 || day == 8) {
      lines.push_back(line(day_time(day, 20), "bigcorp", "u-bad", "violence=0.95 threat"));
    }
    if (day >= 2 && day <= 8 && day % 2 == 0) {
      lines.push_back(line(day_time(day, 12), "crowd", "c" + std::to_string(day), "hate=0.93 x"));
    }
    lines.push_back(line(day_time(day, 10), "crowd", "c-ok", "hello"));
    lines.push_back(line(day_time(day, 9), "drip", "d1", "hate=0.6 mild dig"));
    lines.push_back(line(day_time(day, 15), "drip", "d2", "fine"));
  }
  std::sort(lines.begin(), lines.end());
  std::string traffic;
  for (const auto& l : lines) traffic += l;
  auto r = p.run(traffic);
  // (a) u-bad blocked at its first confirmed finding (day 3) for 14 days, its later requests
  // refused; every other end user served; the customer in good standing with one notice.
  const auto& big = find(r, "bigcorp");
  CHECK(big.final_state == Standing::good_standing);
  CHECK(big.transitions.empty());
  CHECK(big.refused == 2);
  REQUIRE(big.users.size() == 1);
  CHECK(big.users[0].user == "u-bad");
  CHECK(big.users[0].transitions == std::vector<std::string>{"blocked", "good_standing"});
  CHECK(big.users[0].final_state == Standing::good_standing);  // the block ended on day 17
  CHECK(big.users[0].refused == 2);
  CHECK(big.users[0].requests == 3);
  CHECK(big.users[0].notices == 1);
  CHECK(big.notifications == std::vector<std::string>{"user_notice", "user_unblocked"});
  // (b) the third distinct abusive end user escalates, the fourth suspends the customer.
  const auto& crowd = find(r, "crowd");
  REQUIRE(crowd.transitions.size() == 2);
  CHECK(crowd.transitions[0] == "warned");
  CHECK(crowd.transitions[1] == "suspended");
  CHECK(crowd.final_state == Standing::suspended);
  CHECK(crowd.users.size() == 4);
  CHECK(crowd.refused > 0);  // c-ok too, once the customer is suspended
  // (c) the drip is below the review threshold item by item; the recurring detector sees it on
  // the seventh day, its item goes to review, and the end user is blocked (until day 21).
  const auto& drip = find(r, "drip");
  CHECK(std::count(drip.signals.begin(), drip.signals.end(), "recurring_user") == 1);
  CHECK(drip.flagged == 1);
  const auto* d1 = find_user(drip, "d1");
  REQUIRE(d1 != nullptr);
  CHECK(d1->transitions.front() == "blocked");
  CHECK(d1->refused == 14);  // days 8 to 21
  CHECK(drip.final_state == Standing::good_standing);
  CHECK(find_user(drip, "d2") == nullptr);
  bool signal_line = false;
  for (const auto& e : r.timeline) {
    if (e.kind == "signal" && e.customer == "drip" && e.user == "d1") {
      signal_line = true;
      CHECK_THAT(e.detail, Catch::Matchers::Contains("7 distinct days"));
    }
  }
  CHECK(signal_line);
  auto json = to_json_string(r);
  CHECK_THAT(json, Catch::Matchers::Contains(R"("user":"u-bad")"));
  // Every user-scoped transition is in the history and the audit chain.
  std::size_t user_transitions = 0;
  for (const auto& t : p.enf->history()) user_transitions += t.user.empty() ? 0 : 1;
  std::size_t audited = 0;
  for (const auto& a : p.review->audit_records(0, 10000)) audited += a.action == "enforce_user";
  CHECK(user_transitions >= 6);  // blocks of u-bad, c2, c4, c6, c8, d1 and ends of blocks
  CHECK(audited == user_transitions);
  CHECK(p.review->verify_audit().ok);
}

TEST_CASE("replay: traffic parsing", "[replay]") {
  CHECK(parse_rfc3339("2026-11-01T00:00:00Z") == 1793491200000);
  CHECK(parse_rfc3339("2026-11-01T01:00:00.250+01:00") == 1793491200250);
  CHECK_FALSE(parse_rfc3339("2026-11-01 garbage").has_value());
  CHECK_FALSE(parse_rfc3339("2026-13-01T00:00:00Z").has_value());
  CHECK_FALSE(parse_rfc3339("2026-11-01T00:00:00").has_value());  // no zone
  auto r = parse_traffic_record(R"({"time": 10.5, "customer": "c", "prompt": "p"})");
  CHECK(r.time_ms == 10500);
  CHECK_FALSE(r.completion.has_value());
  for (const char* bad :
       {"[]", R"({"customer":"c","prompt":"p"})",
        R"({"time":"yesterday","customer":"c","prompt":"p"})",
        R"({"time":1,"customer":"","prompt":"p"})", R"({"time":1,"customer":"c"})",
        R"({"time":1,"customer":"c","prompt":5})", R"({"time":1e300,"customer":"c","prompt":"p"})",
        R"({"time":-1,"customer":"c","prompt":"p"})"}) {
    CHECK_THROWS_AS(parse_traffic_record(bad), error);
  }
  Pipeline p;
  try {
    p.run("{\"time\":1,\"customer\":\"c\",\"prompt\":\"p\"}\nnot json\n");
    FAIL("bad line accepted");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
    CHECK_THAT(e.what(), Catch::Matchers::Contains("line 2"));
  }
}

TEST_CASE("replay: a review item names the model that scored its text", "[replay][route]") {
  Pipeline p;
  auto en = std::make_shared<test::KeywordScorer>();
  auto ml = std::make_shared<test::KeywordScorer>();
  en->id = "kw-english";
  ml->id = "kw-multilingual";
  MonitorOptions mo;
  mo.gate = p.enf->customer_gate();
  p.monitor = std::make_unique<Monitor>(std::make_shared<RoutedScorer>(en, ml), Policy(), mo);
  const auto r =
      p.run(R"({"time": 1, "customer": "fr", "region": "eea", "prompt": "Je te déteste hate=0.95"})"
            "\n"
            R"({"time": 2, "customer": "en", "region": "eea", "prompt": "I hate you hate=0.95"})"
            "\n");
  CHECK(r.records == 2);
  const std::string reviewer = "replay-reviewer-eea";
  p.review->approve_access("replay-manager-eea",
                           p.review->request_access(reviewer, GrantRequest{"", "", "audit"}));
  QueueFilter all;
  all.status = std::nullopt;
  const auto items = p.review->queue(reviewer, all);
  REQUIRE(items.size() == 2);
  for (const auto& item : items) {
    const ReviewContent c = p.review->open_item(reviewer, item.id);
    INFO(c.verdict_json);
    if (item.customer == "fr") {
      CHECK_THAT(c.verdict_json, Catch::Matchers::Contains(R"("model":"kw-multilingual@1.0")"));
      CHECK_THAT(c.verdict_json, Catch::Matchers::Contains(R"("route":"multilingual")"));
      CHECK_THAT(c.verdict_json, Catch::Matchers::Contains(R"("language":"fr")"));
    } else {
      CHECK_THAT(c.verdict_json, Catch::Matchers::Contains(R"("model":"kw-english@1.0")"));
      CHECK_THAT(c.verdict_json, Catch::Matchers::Contains(R"("route":"english")"));
    }
  }
}

namespace {

// Traffic for the fleet tests: a harassment burst (a frequency signal on the fourth), a severe
// customer with an end user, and benign requests in between.
std::string fleet_traffic() {
  std::string t;
  const std::int64_t t0 = 1793000000;  // epoch seconds
  for (int i = 0; i < 12; ++i) {
    const std::int64_t at = t0 + i * 60;
    t += R"({"time": )" + std::to_string(at) + R"(, "customer": "good", "prompt": "hello )" +
         std::to_string(i) + "\"}\n";
    if (i < 6) {
      t += R"({"time": )" + std::to_string(at + 1) +
           R"(, "customer": "burst", "prompt": "harassment=0.9 you fool )" + std::to_string(i) +
           "\"}\n";
    }
    if (i == 7 || i == 9) {
      t += R"({"time": )" + std::to_string(at + 2) +
           R"(, "customer": "evil", "user": "x", "prompt": "sexual_minors=0.97"})" + "\n";
    }
  }
  return t;
}

TrackerConfig fleet_tracker(int port, const std::string& prefix) {
  return parse_tracker_config(R"({"detectors": [
      {"name": "freq", "type": "frequency", "category": "harassment", "horizon": "1h",
       "count": 4}], "fleet": {"port": )" +
                              std::to_string(port) + R"(, "key_prefix": ")" + prefix +
                              R"(", "flush_interval": "10ms",
      "detection": {"shards": 2, "lease": "1s"}}})");
}

// Whether the fleet decided for every customer and end user as one process did (the fields the
// fleet test checks one by one).
bool same_decisions(const ReplayResult& fleet, const ReplayResult& one) {
  auto user_key = [](const ReplayUser& u) {
    return std::tie(u.user, u.transitions, u.final_state);
  };
  auto key = [](const ReplayCustomer& c) {
    return std::tie(c.customer, c.signals, c.requests, c.refused, c.flagged, c.decisions,
                    c.transitions, c.notifications, c.final_state);
  };
  return fleet.records == one.records &&
         std::equal(fleet.customers.begin(), fleet.customers.end(), one.customers.begin(),
                    one.customers.end(), [&](const ReplayCustomer& f, const ReplayCustomer& a) {
                      return key(f) == key(a) &&
                             std::equal(f.users.begin(), f.users.end(), a.users.begin(),
                                        a.users.end(),
                                        [&](const ReplayUser& x, const ReplayUser& y) {
                                          return user_key(x) == user_key(y);
                                        });
                    });
}

std::int64_t wall_now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

TEST_CASE("replay: a fleet replay's replicas decide as one process", "[replay][redis]") {
  test::RedisServer redis;
  ReplayDir d;
  const std::string traffic = fleet_traffic();
  ReplayRunOptions alone;
  alone.db = (d.dir / "alone.db").string();
  alone.tracker = fleet_tracker(redis.port(), "alone");
  alone.tracker->fleet.reset();
  std::istringstream in(traffic);
  const ReplayResult one = run_replay(in, std::make_shared<test::KeywordScorer>(), Policy{}, alone);

  // Three replicas (threads here, each with its own tracker, store handles and clock) on one
  // store file and one Redis, paced from a common start; the merged result and the records that
  // started after their slot.
  auto fleet_run = [&](int attempt, std::int64_t pace_ms) {
    const std::string db = (d.dir / ("fleet" + std::to_string(attempt) + ".db")).string();
    {
      // The store exists before the replicas start, as a deployment migrates it once.
      EnforcementOptions eo;
      eo.path = db;
      Enforcement created(eo);
    }
    const std::int64_t start = wall_now_ms() + 1500;  // time to open the store and connect
    std::vector<ReplayResult> parts(3);
    std::vector<std::string> errors(3);
    std::vector<std::thread> replicas;
    for (std::size_t i = 0; i < 3; ++i) {
      replicas.emplace_back([&, i] {
        try {
          ReplayRunOptions o;
          o.db = db;
          o.tracker = fleet_tracker(redis.port(), "fleet" + std::to_string(attempt));
          ReplayFleetOptions f;
          f.replica_index = i;
          f.replica_count = 3;
          f.start_wall_ms = start;
          f.pace_ms = pace_ms;
          f.signal_wait_ms = 80;
          f.settle_ms = 500;
          o.replay.fleet = f;
          std::istringstream tin(traffic);
          parts[i] = run_replay(tin, std::make_shared<test::KeywordScorer>(), Policy{}, o);
        } catch (const std::exception& e) {
          errors[i] = e.what();
        }
      });
    }
    for (auto& t : replicas) t.join();
    for (const auto& e : errors) {
      INFO("replica error: " << e);
      REQUIRE(e.empty());
    }
    std::size_t own = 0, late = 0;
    for (const auto& p : parts) {
      CHECK(p.records > 0);  // round-robin: every replica replayed its share
      own += p.records;
      late += p.late_records;
    }
    CHECK(own == one.records);
    EnforcementOptions eo;
    eo.path = db;
    Enforcement store(eo);
    return std::pair{merge_replay_results(parts, store), late};
  };
  // A replica that fell behind its slots (a loaded machine, a sanitizer build) was not in step,
  // and such a run says nothing about the fleet: it is repeated at twice the pace, three tries in
  // all. A run in step is compared below whatever it decided.
  std::int64_t pace_ms = 300;  // one record's work (a first review decision: grant, staff) fits
  ReplayResult fleet;
  std::size_t late = 0;
  std::tie(fleet, late) = fleet_run(0, pace_ms);
  for (int attempt = 1; attempt < 3 && late > 0 && !same_decisions(fleet, one); ++attempt) {
    pace_ms *= 2;
    std::tie(fleet, late) = fleet_run(attempt, pace_ms);
  }
  INFO("late records: " << late << " at " << pace_ms << " ms a record");
  CHECK(fleet.records == one.records);
  REQUIRE(fleet.customers.size() == one.customers.size());
  // The scenario is not vacuous: a fleet signal, a suspension and a blocked end user.
  CHECK(find(one, "burst").signals == std::vector<std::string>{"freq"});
  CHECK(find(one, "evil").final_state == Standing::suspended);
  for (std::size_t i = 0; i < one.customers.size(); ++i) {
    const ReplayCustomer& a = one.customers[i];
    const ReplayCustomer& f = fleet.customers[i];
    CAPTURE(a.customer);
    CHECK(f.customer == a.customer);
    CHECK(f.signals == a.signals);  // once per fleet, not once per replica
    CHECK(f.requests == a.requests);
    CHECK(f.refused == a.refused);
    CHECK(f.flagged == a.flagged);
    CHECK(f.decisions == a.decisions);
    CHECK(f.transitions == a.transitions);
    CHECK(f.notifications == a.notifications);
    CHECK(f.final_state == a.final_state);
    REQUIRE(f.users.size() == a.users.size());
    for (std::size_t u = 0; u < a.users.size(); ++u) {
      CHECK(f.users[u].user == a.users[u].user);
      CHECK(f.users[u].transitions == a.users[u].transitions);
      CHECK(f.users[u].final_state == a.users[u].final_state);
    }
  }
  // The merged timeline is in time order.
  CHECK(std::is_sorted(
      fleet.timeline.begin(), fleet.timeline.end(),
      [](const ReplayEvent& x, const ReplayEvent& y) { return x.time_ms < y.time_ms; }));
}

TEST_CASE("replay: fleet options are checked", "[replay]") {
  ReplayDir d;
  ReplayRunOptions o;
  o.db = (d.dir / "x.db").string();
  ReplayFleetOptions f;
  f.replica_count = 2;
  o.replay.fleet = f;
  auto run = [&o] {
    std::istringstream in("");
    (void)run_replay(in, std::make_shared<test::KeywordScorer>(), Policy{}, o);
  };
  CHECK_THROWS_WITH(run(), Catch::Contains("fleet detection"));  // no fleet section
  o.tracker = fleet_tracker(1, "x");
  o.replay.fleet->replica_index = 2;
  CHECK_THROWS_WITH(run(), Catch::Contains("replica_index"));
  o.replay.fleet->replica_index = 1;
  o.replay.fleet->pace_ms = o.replay.fleet->signal_wait_ms;
  CHECK_THROWS_WITH(run(), Catch::Contains("pace_ms"));
  o.replay.fleet->pace_ms = 200;
  o.db.clear();
  CHECK_THROWS_WITH(run(), Catch::Contains("shared store"));
}

TEST_CASE("replay: results round-trip through JSON and merge in time order", "[replay]") {
  ReplayResult a;
  a.records = 2;
  a.timeline = {{10, "c", "", "signal", "s1"}, {30, "c", "", "transition", "good -> warned"}};
  ReplayCustomer ca;
  ca.customer = "c";
  ca.requests = 2;
  ca.flagged = 1;
  ca.signals = {"burst"};
  ca.decisions = {{"confirm", 1}};
  ca.transitions = {"warned"};
  a.customers = {ca};
  const std::string j = to_json_string(a, true);
  const ReplayResult back = replay_result_from_json(j);
  CHECK(to_json_string(back, true) == j);
  CHECK(to_json_string(a).find("timeline") == std::string::npos);

  ReplayResult b;
  b.records = 1;
  b.timeline = {{20, "c", "", "signal", "s2"}, {40, "c", "u", "transition", "end user u"}};
  ReplayCustomer cb;
  cb.customer = "c";
  cb.requests = 1;
  cb.signals = {"freq"};
  cb.decisions = {{"confirm", 2}, {"dismiss", 1}};
  ReplayUser u;
  u.user = "u";
  u.requests = 1;
  u.transitions = {"blocked"};
  cb.users = {u};
  b.customers = {cb};

  ReplayDir d;
  EnforcementOptions eo;
  eo.path = (d.dir / "m.db").string();
  Enforcement store(eo);
  const ReplayResult m = merge_replay_results({a, b}, store);
  CHECK(m.records == 3);
  REQUIRE(m.customers.size() == 1);
  const ReplayCustomer& c = m.customers[0];
  CHECK(c.requests == 3);
  CHECK(c.signals == std::vector<std::string>{"burst", "freq"});  // by time across replicas
  CHECK(c.decisions == std::map<std::string, std::size_t>{{"confirm", 3}, {"dismiss", 1}});
  CHECK(c.transitions == std::vector<std::string>{"warned"});
  REQUIRE(c.users.size() == 1);
  CHECK(c.users[0].transitions == std::vector<std::string>{"blocked"});
  REQUIRE(m.timeline.size() == 4);
  CHECK(m.timeline[1].detail == "s2");

  // A result whose lists do not match its timeline, or without one, cannot be merged.
  ReplayResult bad = b;
  bad.customers[0].signals.push_back("extra");
  CHECK_THROWS_WITH(merge_replay_results({a, bad}, store), Catch::Contains("do not match"));
  ReplayResult bare = b;
  bare.timeline.clear();
  CHECK_THROWS_WITH(merge_replay_results({bare}, store), Catch::Contains("timeline"));
  CHECK_THROWS_WITH(replay_result_from_json(R"({"records": 1})"), Catch::Contains("customers"));
  CHECK_THROWS_AS(replay_result_from_json("[1,"), error);
}
