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

#include <sqlite3.h>
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

// Runs SQL on the store file behind the library's back (an insider with write access).
void tamper(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  const std::string msg = err != nullptr ? err : "";
  sqlite3_free(err);
  sqlite3_close(db);
  REQUIRE(msg.empty());
  REQUIRE(rc == SQLITE_OK);
}

// A keyed store with staff, one decided item (confirm) and one approved grant.
struct Scenario {
  Dir dir;
  ManualClock clock{kT0};
  ReviewStoreOptions options;
  std::unique_ptr<ReviewStore> store;
  std::int64_t item = 0;
  std::int64_t grant = 0;
  Scenario() {
    options = store_options(dir, &clock);
    options.key = std::string(32, '\x07');
    store = std::make_unique<ReviewStore>(options);
    add_staff(*store);
    item = store->submit(submission());
    GrantRequest r;
    r.reason = "ticket";
    grant = store->request_access("alice", r);
    store->approve_access("mia", grant);
    clock.advance_ms(1000);
    Decision d;
    d.reason = "clear threat";
    (void)store->decide("alice", item, d);
    REQUIRE(store->verify_audit().ok);
  }
  AuditVerification verify_after(const std::string& sql) {
    tamper(options.path, sql);
    return store->verify_audit();
  }
};

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

// ------------------------------------------------------------------------------------------------
// Class 5: the chain covers every security-relevant row, not only the audit records

TEST_CASE("chain: edits to decisions, grants, principals and items fail verification",
          "[security][review][audit]") {
  const std::pair<const char*, const char*> edits[] = {
      {"UPDATE decisions SET kind = 2, severity = 0", "decision:"},
      {"UPDATE grants SET approver = 'bob'", "grant:"},
      {"UPDATE grants SET duration_ms = 999999999999", "grant:"},
      {"UPDATE principals SET role = 1 WHERE id = 'alice'", "principal:alice"},
      {"UPDATE principals SET active = 1, region = 'us' WHERE id = 'alice'", "principal:alice"},
      {"UPDATE review_items SET region = 'us'", "item:"},
      {"INSERT INTO principals(id, role, region, active, created_ms) VALUES('eve', 1, 'eea', 1, 0)",
       "principal:eve"},
      {"DELETE FROM decisions", "decision:"},
  };
  for (const auto& [sql, row] : edits) {
    Scenario s;
    const AuditVerification v = s.verify_after(sql);
    INFO(sql << " -> " << v.problem);
    CHECK_FALSE(v.ok);
    CHECK(v.problem.find(row) != std::string::npos);
  }
}

TEST_CASE("chain: legitimate changes keep verifying", "[security][review][audit]") {
  Scenario s;
  s.store->set_principal_active("alice", false);
  s.store->set_principal_active("alice", true);
  s.store->revoke_access("mia", s.grant);
  s.clock.advance_ms(31LL * 24 * 3600 * 1000);
  CHECK(s.store->purge().purged == 1);
  const AuditVerification v = s.store->verify_audit();
  INFO(v.problem);
  CHECK(v.ok);
}

// ------------------------------------------------------------------------------------------------
// Class 3: rollback of the newest audit records to an older, genuinely signed head

TEST_CASE("audit: cutting the newest records and restoring an older signed head is detected",
          "[security][review][audit]") {
  Scenario s;
  // Save the signed head row as it is now, then act, then roll the chain back to it.
  const AuditHead before = s.store->audit_head();
  tamper(s.options.path, "CREATE TABLE saved AS SELECT * FROM audit_head");
  const auto item2 = s.store->submit(submission("second"));
  Decision d;
  d.kind = DecisionKind::dismiss;
  d.reason = "fine";
  (void)s.store->decide("alice", item2, d);
  const AuditHead after = s.store->audit_head();
  REQUIRE(s.store->verify_audit().ok);
  const AuditVerification v = s.verify_after(
      "DELETE FROM audit WHERE seq > " + std::to_string(before.seq) +
      "; DELETE FROM audit_head; INSERT INTO audit_head SELECT * FROM saved; DROP TABLE saved");
  INFO(v.problem);
  CHECK_FALSE(v.ok);
  CHECK(v.problem.find("item:" + std::to_string(item2)) != std::string::npos);
  // Reads change no row: only a head anchored outside the file reveals their removal.
  CHECK_FALSE(s.store->verify_audit(after).ok);
}

// ------------------------------------------------------------------------------------------------
// Class 6: time never goes backwards for the store

TEST_CASE("clock: rewinding the injected clock neither revives a grant nor rewinds the audit",
          "[security][review][clock]") {
  Scenario s;
  s.clock.advance_ms(9LL * 3600 * 1000);  // the one-hour grant has expired
  CHECK(status_of([&] { (void)s.store->open_item("alice", s.item); }) == status::permission_denied);
  s.clock.set_ms(0);  // --now-ms 0
  CHECK(s.store->grant(s.grant).state == GrantState::expired);
  CHECK(status_of([&] { (void)s.store->open_item("alice", s.item); }) == status::permission_denied);
  std::int64_t last = 0;
  for (const auto& r : s.store->audit_records()) {
    CHECK(r.ts_ms >= last);
    last = r.ts_ms;
  }
  CHECK(last >= kT0 + 9LL * 3600 * 1000);
  CHECK(s.store->verify_audit().ok);
}
