// Replay: a small traffic log through Monitor (keyword scorer) -> Tracker -> ReviewStore ->
// Enforcement on a ManualClock; checks the per-customer outcome, the gate's refusals, the
// timeline (no text in it) and the traffic parser.
#include <abusemon/error.hpp>
#include <abusemon/replay.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

#include "catch.hpp"
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
