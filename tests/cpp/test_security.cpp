// Security regressions (issue #21): one section per class of defect found by an outside probe.
// Each test drives the class through the public C++ API; the C ABI, Python and CLI faces have
// their own tests (test_capi_security.c, test_security.py, tests/cli/test_security_cli.sh).
#include <abusemon/enforcement.hpp>
#include <abusemon/error.hpp>
#include <abusemon/monitor.hpp>
#include <abusemon/policy.hpp>
#include <abusemon/replay.hpp>
#include <abusemon/review.hpp>
#include <abusemon/tracker.hpp>
#include <abusemon/verdict.hpp>

#include <unistd.h>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "catch.hpp"
#include "keyword_scorer.hpp"
#include "support/scratch.hpp"

using namespace abusemon;
namespace fs = std::filesystem;

namespace {

struct Dir : test::ScratchDir {
  Dir() : test::ScratchDir("am_security_") {}
};
using test::status_of;

template <class F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return {};
}

std::string nested(std::size_t depth, const std::string& inner = "1") {
  return std::string(depth, '[') + inner + std::string(depth, ']');
}

Monitor keyword_monitor() {
  return Monitor(std::make_shared<test::KeywordScorer>(), Policy{}, MonitorOptions{});
}

ReviewSubmission submission(std::string content = "flagged text") {
  ReviewSubmission s;
  s.content = std::move(content);
  s.customer = "acme";
  s.region = "eea";
  s.signal = "classifier";
  s.category = Category::harassment;
  s.severity = Severity::high;
  s.confidence = 0.9;
  return s;
}

constexpr std::int64_t kT0 = 1'764'000'000'000;

ReviewStoreOptions store_options(const Dir& dir, const Clock* clock) {
  ReviewStoreOptions o;
  o.path = dir.file("r.db");
  o.clock = clock;
  return o;
}

// alice (reviewer) and mia (manager), both of region eea.
void add_staff(ReviewStore& st) {
  st.add_principal({"alice", Role::reviewer, "eea", true});
  st.add_principal({"mia", Role::manager, "eea", true});
}

}  // namespace

// ------------------------------------------------------------------------------------------------
// Class 1: JSON nesting depth (and, class 10, duplicate keys and ids beyond 2^53) in every reader

TEST_CASE("json: classify turns a deeply nested id into an error record, the batch survives",
          "[security][json]") {
  const Monitor m = keyword_monitor();
  std::istringstream in(R"({"id":1,"text":"hello"})"
                        "\n"
                        R"({"id":)" +
                        nested(100000) +
                        R"(,"text":"x"})"
                        "\n"
                        R"({"id":3,"text":"hello"})"
                        "\n");
  std::ostringstream out;
  JsonlOptions o;
  o.threads = 2;
  const JsonlSummary s = classify_jsonl(m, in, out, o);
  CHECK(s.lines == 3);
  CHECK(s.errors == 1);
  const std::string text = out.str();
  CHECK(text.find(R"("line":2,"error":"invalid JSON: nesting deeper than 64 levels")") !=
        std::string::npos);
  CHECK(text.find(R"({"id":3,"line":3,)") != std::string::npos);
}

TEST_CASE("json: 64 levels are accepted, 65 are not", "[security][json]") {
  const Monitor m = keyword_monitor();
  std::istringstream in(R"({"id":)" + nested(63) +
                        R"(,"text":"a"})"
                        "\n"
                        R"({"id":)" +
                        nested(64) +
                        R"(,"text":"a"})"
                        "\n");
  std::ostringstream out;
  const JsonlSummary s = classify_jsonl(m, in, out, JsonlOptions{});
  CHECK(s.errors == 1);
  CHECK(out.str().find(R"("line":2,"error":"invalid JSON: nesting)") != std::string::npos);
}

TEST_CASE("json: every document reader refuses deep nesting with status::format",
          "[security][json]") {
  const std::string deep = "{\"a\":" + nested(5000) + "}";
  CHECK(status_of([&] { (void)Policy::from_json(deep); }) == status::format);
  CHECK(status_of([&] { (void)EnforcementPolicy::from_json(deep); }) == status::format);
  CHECK(status_of([&] { (void)parse_tracker_config(deep); }) == status::format);
  CHECK(status_of([&] { (void)parse_decision_record(deep); }) == status::format);
  CHECK(status_of([&] { (void)parse_audit_head(deep); }) == status::format);
  CHECK(status_of([&] { (void)parse_traffic_record(deep); }) == status::format);
  CHECK(status_of([&] { (void)verdict_from_json(deep, VerdictFormat::native); }) == status::format);
  CHECK(status_of([&] { (void)to_json(Verdict{}, VerdictFormat::native, nested(5000)); }) ==
        status::format);
  CHECK(message_of([&] { (void)Policy::from_json(deep); }).find("nesting deeper than 64") !=
        std::string::npos);

  Dir dir;
  ReviewStore store(store_options(dir, nullptr));
  ReviewSubmission sub = submission();
  sub.verdict_json = nested(5000);
  CHECK(status_of([&] { (void)store.submit(sub); }) == status::format);
  sub.verdict_json = nested(10);
  CHECK(store.submit(sub) == 1);
}

TEST_CASE("json: duplicate keys are refused in every reader", "[security][json]") {
  CHECK(status_of([] { (void)Policy::from_json(R"({"version":1,"version":1})"); }) ==
        status::format);
  CHECK(status_of([] {
          (void)EnforcementPolicy::from_json(R"({"min_severity":"low","min_severity":"high"})");
        }) == status::format);
  CHECK(status_of([] { (void)parse_audit_head(R"({"seq":1,"hash":"a","seq":2})"); }) ==
        status::format);
  CHECK(status_of([] {
          (void)parse_traffic_record(
              R"({"time":"2026-01-01T00:00:00Z","customer":"a","customer":"b","prompt":"x"})");
        }) == status::format);
  // Nested objects are checked too; equal keys in sibling objects are fine.
  CHECK(status_of([] {
          (void)verdict_from_json(R"({"x":{"k":1,"k":2}})", VerdictFormat::native);
        }) == status::format);

  const Monitor m = keyword_monitor();
  std::istringstream in(R"({"text":"ok","text":"kill"})"
                        "\n"
                        R"({"a":{"k":1},"b":{"k":1},"text":"ok"})"
                        "\n");
  std::ostringstream out;
  const JsonlSummary s = classify_jsonl(m, in, out, JsonlOptions{});
  CHECK(s.errors == 1);
  CHECK(out.str().find(R"("line":1,"error":"invalid JSON: duplicate key \"text\"")") !=
        std::string::npos);
}

TEST_CASE("json: integer ids beyond 64 bits are echoed as written, not collided as doubles",
          "[security][json]") {
  const Monitor m = keyword_monitor();
  std::istringstream in(R"({"id":18446744073709551617,"text":"a"})"
                        "\n"
                        R"({"id":18446744073709551616,"text":"a"})"
                        "\n"
                        R"({"id":9007199254740993,"text":"a"})"
                        "\n");
  std::ostringstream out;
  (void)classify_jsonl(m, in, out, JsonlOptions{});
  const std::string text = out.str();
  CHECK(text.find(R"({"id":18446744073709551617,"line":1,)") != std::string::npos);
  CHECK(text.find(R"({"id":18446744073709551616,"line":2,)") != std::string::npos);
  CHECK(text.find(R"({"id":9007199254740993,"line":3,)") != std::string::npos);

  const std::string one = to_json(Verdict{}, VerdictFormat::native, " 123456789012345678901234 ");
  CHECK(one.rfind(R"({"id":123456789012345678901234,)", 0) == 0);
}

// ------------------------------------------------------------------------------------------------
// Class 2: the grant limit belongs to the store

TEST_CASE("grants: the limit is persisted in the store, not taken from the opener",
          "[security][review]") {
  Dir dir;
  ManualClock clock(kT0);
  const ReviewStoreOptions o = store_options(dir, &clock);
  {
    ReviewStore st(o);
    add_staff(st);
    CHECK(st.max_grant_ms() == 8LL * 3600 * 1000);
  }
  // Out-of-range options are refused outright (the old probe: --max-grant-hours 1e9).
  ReviewStoreOptions huge = o;
  huge.max_grant_ms = 3'600'000'000'000'000LL;
  CHECK_THROWS_AS(ReviewStore(huge), std::invalid_argument);
  // A later opener asking for a longer limit still gets the store's.
  ReviewStoreOptions longer = o;
  longer.max_grant_ms = kMaxGrantMs;
  ReviewStore st(longer);
  CHECK(st.max_grant_ms() == 8LL * 3600 * 1000);
  GrantRequest r;
  r.reason = "ticket 1";
  r.duration_ms = 9LL * 3600 * 1000;
  CHECK_THROWS_AS(st.request_access("alice", r), std::invalid_argument);

  // Raised by the administrator (audited), requested, then lowered before approval: refused.
  st.set_max_grant_ms(10LL * 3600 * 1000);
  const auto g = st.request_access("alice", r);
  st.set_max_grant_ms(3600 * 1000);
  CHECK(status_of([&] { st.approve_access("mia", g); }) == status::permission_denied);
  CHECK(st.grant(g).state == GrantState::pending);
  bool policy_audited = false;
  for (const auto& a : st.audit_records()) {
    policy_audited |= a.action == "policy" && a.actor == "admin";
  }
  CHECK(policy_audited);
  CHECK_THROWS_AS(st.set_max_grant_ms(0), std::invalid_argument);
  CHECK_THROWS_AS(st.set_max_grant_ms(kMaxGrantMs + 1), std::invalid_argument);
}

TEST_CASE("grants: an approved grant is never active beyond the store's limit when read",
          "[security][review]") {
  Dir dir;
  ManualClock clock(kT0);
  ReviewStore st(store_options(dir, &clock));
  add_staff(st);
  const auto item = st.submit(submission());
  st.set_max_grant_ms(kMaxGrantMs);
  GrantRequest r;
  r.reason = "ticket";
  r.duration_ms = kMaxGrantMs;
  const auto g = st.request_access("alice", r);
  st.approve_access("mia", g);
  st.set_max_grant_ms(3600 * 1000);  // lowered after approval: the grant is cut to one hour
  CHECK(st.grant(g).expires_ms == clock.now_ms() + 3600 * 1000);
  CHECK(st.open_item("alice", item).content == "flagged text");
  clock.advance_ms(3600 * 1000);
  CHECK(st.grant(g).state == GrantState::expired);
  CHECK(status_of([&] { (void)st.open_item("alice", item); }) == status::permission_denied);
}
