// Replay: a small traffic log through Monitor (keyword scorer) -> Tracker -> ReviewStore ->
// Enforcement on a ManualClock; checks the per-customer outcome, the gate's refusals, the
// timeline (no text in it) and the traffic parser.
#include <abusemon/error.hpp>
#include <abusemon/replay.hpp>

#include <unistd.h>

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

TEST_CASE("replay: abusive customers are warned, suspended and refused", "[replay]") {
  Pipeline p;
  const std::string traffic =
      R"({"time": "2026-11-01T00:00:00Z", "customer": "good", "region": "eea", "prompt": "hello there", "completion": "hi"})"
      "\n"
      R"({"time": "2026-11-01T01:00:00Z", "customer": "acme", "user": "u1", "region": "eea", "prompt": "harassment=0.95 you idiot"})"
      "\n\n"
      R"({"time": "2026-11-03T01:00:00Z", "customer": "acme", "user": "u1", "region": "eea", "prompt": "harassment=0.96 again"})"
      "\n"
      R"({"time": "2026-11-03T02:00:00Z", "customer": "acme", "user": "u1", "region": "eea", "prompt": "hello"})"
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
  CHECK(p.tracker->entity("acme", "u1")->reviews[0][h] == 2);
  const auto fp = p.tracker->entity("fp");
  REQUIRE(fp);
  CHECK(fp->reviews[static_cast<std::size_t>(ReviewOutcome::dismissed)]
                   [static_cast<std::size_t>(Category::hate)] +
            fp->reviews[0][static_cast<std::size_t>(Category::hate)] ==
        find(r, "fp").flagged);
  // The replay's listener is gone afterwards: a new decision no longer reaches the tracker.
  CHECK_FALSE(p.review->remove_decision_listener(1));
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
