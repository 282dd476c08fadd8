// Security regressions (issue #21): one section per class of defect found by an outside probe.
// Each test drives the class through the public C++ API; the C ABI, Python and CLI faces have
// their own tests (test_capi_security.c, test_security.py, tests/cli/test_security_cli.sh).
#include <abusemon/batch.hpp>
#include <abusemon/enforcement.hpp>
#include <abusemon/error.hpp>
#include <abusemon/model.hpp>
#include <abusemon/monitor.hpp>
#include <abusemon/policy.hpp>
#include <abusemon/replay.hpp>
#include <abusemon/review.hpp>
#include <abusemon/tracker.hpp>
#include <abusemon/verdict.hpp>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "catch.hpp"
#include "keyword_scorer.hpp"
#include "support/scratch.hpp"
#include "support/store_backend.hpp"

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

// classify_jsonl over `input`: the summary and the output text.
struct Classified {
  JsonlSummary summary;
  std::string out;
};
Classified classify(const Monitor& m, const std::string& input, const JsonlOptions& o = {}) {
  std::istringstream in(input);
  std::ostringstream out;
  Classified c;
  c.summary = classify_jsonl(m, in, out, o);
  c.out = out.str();
  return c;
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
  o.path = test::fresh_store(dir.file("r.db"));
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
  test::raw_exec(path, sql);
}

// A plain store with staff and one pending item.
struct Staffed {
  Dir dir;
  ManualClock clock{kT0};
  ReviewStore st{store_options(dir, &clock)};
  std::int64_t item = 0;
  Staffed() {
    add_staff(st);
    item = st.submit(submission());
  }
};

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

// A keyed store with staff and enforcement state in every enforcement table: end user u1 of
// acme sent severe abuse (confirmed automatically: acme suspended, u1 blocked), acme appealed,
// and the notices were delivered.
struct Enforced {
  Dir dir;
  ManualClock clock{kT0};
  ReviewStoreOptions options;
  std::unique_ptr<ReviewStore> store;
  std::unique_ptr<Enforcement> enf;
  std::int64_t appeal = 0;
  explicit Enforced(bool keyed = true) {
    options = store_options(dir, &clock);
    if (keyed) options.key = std::string(32, '\x07');
    options.auto_confirm_confidence = 0.5;
    store = std::make_unique<ReviewStore>(options);
    add_staff(*store);
    enf = std::make_unique<Enforcement>(enforcement_options());
    ReviewSubmission sub = submission();
    sub.user = "u1";
    sub.category = Category::sexual_minors;
    (void)store->submit(sub);
    clock.advance_ms(1000);
    REQUIRE(enf->sync(*store).size() == 2);  // u1 blocked, acme suspended
    clock.advance_ms(1000);
    appeal = enf->file_appeal("acme", "we removed that user");
    CallbackSink sink([](const Notification&) {});
    REQUIRE(enf->deliver(sink).delivered == 3);
    REQUIRE(store->verify_audit().ok);
  }
  EnforcementOptions enforcement_options() const {
    EnforcementOptions o;
    o.path = options.path;
    o.key = options.key;
    o.clock = &clock;
    return o;
  }
  AuditVerification verify_after(const std::string& sql) {
    tamper(options.path, sql);
    return store->verify_audit();
  }
  std::vector<AuditRecord> records(const std::string& action) const {
    std::vector<AuditRecord> out;
    for (const auto& r : store->audit_records(0, 100000)) {
      if (r.action == action) out.push_back(r);
    }
    return out;
  }
};

}  // namespace

// ------------------------------------------------------------------------------------------------
// Class 1: JSON nesting depth (and, class 10, duplicate keys and ids beyond 2^53) in every reader

TEST_CASE("json: classify turns a deeply nested id into an error record, the batch survives",
          "[security][json]") {
  const Monitor m = keyword_monitor();
  const std::string input = R"({"id":1,"text":"hello"})"
                            "\n"
                            R"({"id":)" +
                            nested(100000) +
                            R"(,"text":"x"})"
                            "\n"
                            R"({"id":3,"text":"hello"})"
                            "\n";
  JsonlOptions o;
  o.threads = 2;
  const Classified c = classify(m, input, o);
  const JsonlSummary& s = c.summary;
  CHECK(s.lines == 3);
  CHECK(s.errors == 1);
  const std::string& text = c.out;
  CHECK(text.find(R"("line":2,"error":"invalid JSON: nesting deeper than 64 levels")") !=
        std::string::npos);
  CHECK(text.find(R"({"id":3,"line":3,)") != std::string::npos);
}

TEST_CASE("json: 64 levels are accepted, 65 are not", "[security][json]") {
  const Monitor m = keyword_monitor();
  const std::string input = R"({"id":)" + nested(63) +
                            R"(,"text":"a"})"
                            "\n"
                            R"({"id":)" +
                            nested(64) +
                            R"(,"text":"a"})"
                            "\n";
  const Classified c = classify(m, input);
  const JsonlSummary& s = c.summary;
  CHECK(s.errors == 1);
  CHECK(c.out.find(R"("line":2,"error":"invalid JSON: nesting)") != std::string::npos);
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
  const std::string input = R"({"text":"ok","text":"kill"})"
                            "\n"
                            R"({"a":{"k":1},"b":{"k":1},"text":"ok"})"
                            "\n";
  const Classified c = classify(m, input);
  const JsonlSummary& s = c.summary;
  CHECK(s.errors == 1);
  CHECK(c.out.find(R"("line":1,"error":"invalid JSON: duplicate key \"text\"")") !=
        std::string::npos);
}

TEST_CASE("json: integer ids beyond 64 bits are echoed as written, not collided as doubles",
          "[security][json]") {
  const Monitor m = keyword_monitor();
  const std::string input = R"({"id":18446744073709551617,"text":"a"})"
                            "\n"
                            R"({"id":18446744073709551616,"text":"a"})"
                            "\n"
                            R"({"id":9007199254740993,"text":"a"})"
                            "\n";
  const Classified c = classify(m, input);
  const std::string& text = c.out;
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
  Staffed f;
  ReviewStore& st = f.st;
  ManualClock& clock = f.clock;
  const auto item = f.item;
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
  s.store->revoke_access("mia", s.grant);
  s.store->set_principal_active("alice", false);
  s.store->set_principal_active("alice", true);
  s.clock.advance_ms(31LL * 24 * 3600 * 1000);
  CHECK(s.store->purge().purged == 1);
  const AuditVerification v = s.store->verify_audit();
  INFO(v.problem);
  CHECK(v.ok);
}

TEST_CASE("chain: edits to enforcement rows fail verification", "[security][enforcement][audit]") {
  const std::pair<const char*, const char*> edits[] = {
      {"UPDATE enforcement_customers SET state = 0, reason = 'x'", "standing:acme"},
      {"UPDATE enforcement_customers SET suspensions = 0", "standing:acme"},
      {"INSERT INTO enforcement_customers(customer, state, since_ms) VALUES('rival', 3, 0)",
       "standing:rival"},
      {"DELETE FROM enforcement_customers", "standing:acme"},
      {"UPDATE enforcement_users SET state = 0", "end_user:[\"acme\",\"u1\"]"},
      {"UPDATE enforcement_transitions SET actor = 'mia'", "transition:"},
      {"DELETE FROM enforcement_transitions", "transition:"},
      {"UPDATE enforcement_evidence SET severity = 0", "evidence:"},
      {"UPDATE enforcement_appeals SET status = 'granted', resolved_by = 'mia'", "appeal:"},
      {"INSERT INTO enforcement_appeals(customer, filed_ms, explanation, status) "
       "VALUES('acme', 0, 'x', 'granted')",
       "appeal:"},
      {"UPDATE enforcement_outbox SET recipient = 'attacker@example.com'", "notice:"},
      {"UPDATE enforcement_outbox SET delivered_ms = 0", "notice:"},
      {"UPDATE enforcement_cursor SET seq = seq + 1000", "enforcement cursor"},
  };
  for (const auto& [sql, row] : edits) {
    Enforced s;
    if (std::string(sql).find("enforcement_cursor") != std::string::npos) {
      // A decision after the cursor: moving the cursor past it by hand would skip it.
      ReviewSubmission sub = submission("again");
      (void)s.store->submit(sub);
    }
    const AuditVerification v = s.verify_after(sql);
    INFO(sql << " -> " << v.problem);
    CHECK_FALSE(v.ok);
    CHECK(v.problem.find(row) != std::string::npos);
  }
}

TEST_CASE("chain: appeals, reinstatements, contacts and deliveries enter the chain",
          "[security][enforcement][audit]") {
  Enforced s;
  CHECK(s.records("appeal_file").size() == 1);
  CHECK(s.records("notice_delivered").size() == 3);
  s.enf->resolve_appeal("mia", s.appeal, false, "the abuse was real");
  s.enf->set_contact("acme", "abuse@acme.example");
  s.clock.advance_ms(1000);
  const Transition t = s.enf->reinstate("mia", "acme", "filter verified");
  s.enf->unblock_user("alice", "acme", "u1", "user banned");
  const auto deny = s.records("appeal_deny");
  REQUIRE(deny.size() == 1);
  CHECK(deny[0].actor == "mia");
  CHECK(s.records("contact").size() == 1);
  const auto moves = s.records("enforce_customer");
  REQUIRE(moves.size() == 2);  // suspension, reinstatement
  CHECK(moves[1].actor == "mia");
  CHECK(moves[1].detail.find("\"transition\":" + std::to_string(t.id)) != std::string::npos);
  CHECK(s.records("enforce_user").back().actor == "alice");
  const AuditVerification v = s.store->verify_audit();
  INFO(v.problem);
  CHECK(v.ok);
  // And what they wrote is covered.
  CHECK_FALSE(s.verify_after("UPDATE enforcement_appeals SET status = 'granted'").ok);
}

TEST_CASE("chain: a store whose enforcement rows predate coverage is baselined once",
          "[security][enforcement][audit]") {
  // Keyless: resetting the coverage marker makes the next opener baseline the enforcement rows,
  // as for a store written before they were covered; a second baseline fails verification.
  {
    Enforced s(false);
    tamper(s.options.path, "UPDATE meta SET value = '1' WHERE key = 'row_coverage'");
    ReviewStore again(s.options);
    const AuditVerification v = again.verify_audit();
    CHECK_FALSE(v.ok);
    CHECK(v.problem.find("re-baselines") != std::string::npos);
  }
  {
    Dir dir;
    ReviewStoreOptions o = store_options(dir, nullptr);
    {
      EnforcementOptions eo;  // the review store, and enforcement's tables beside it
      eo.path = o.path;
      Enforcement e(eo);
    }
    tamper(o.path,
           "UPDATE meta SET value = '1' WHERE key = 'row_coverage'; INSERT INTO "
           "enforcement_customers(customer, state, since_ms) VALUES('old', 2, 5)");
    ReviewStore st(o);
    CHECK(st.verify_audit().ok);
    tamper(o.path, "UPDATE enforcement_customers SET state = 0");
    CHECK(st.verify_audit().problem.find("standing:old") != std::string::npos);
  }
  // Keyed: the marker carries an HMAC, so resetting it baselines nothing.
  {
    Enforced s;
    tamper(s.options.path,
           "UPDATE meta SET value = '1' WHERE key = 'row_coverage'; UPDATE enforcement_customers "
           "SET state = 0");
    ReviewStore again(s.options);
    const AuditVerification v = again.verify_audit();
    CHECK_FALSE(v.ok);
    CHECK(v.problem.find("standing:acme") != std::string::npos);
  }
}

// ------------------------------------------------------------------------------------------------
// Class 5: staff actions of enforcement are authorised against the review store's principals

TEST_CASE("staff: reinstating, deciding appeals and unblocking need an enabled principal",
          "[security][enforcement]") {
  Enforced s;
  s.store->add_principal({"bob", Role::manager, "eea", true});
  s.store->set_principal_active("bob", false);
  // A customer id, an unknown id, a disabled manager, a reviewer (not a manager).
  for (const char* who : {"acme", "ghost", "bob", "alice"}) {
    INFO(who);
    CHECK(status_of([&] { s.enf->reinstate(who, "acme", "please"); }) == status::permission_denied);
    CHECK(status_of([&] { s.enf->resolve_appeal(who, s.appeal, true, "ok"); }) ==
          status::permission_denied);
  }
  CHECK_THAT(message_of([&] { s.enf->reinstate("bob", "acme", "x"); }),
             Catch::Matchers::Contains("principal 'bob' is disabled"));
  CHECK_THAT(message_of([&] { s.enf->resolve_appeal("alice", s.appeal, true, "x"); }),
             Catch::Matchers::Contains("'alice' is not a manager"));
  for (const char* who : {"acme", "ghost", "bob"}) {
    INFO(who);
    CHECK(status_of([&] { s.enf->unblock_user(who, "acme", "u1", "educated"); }) ==
          status::permission_denied);
  }
  // Nothing changed, and every refusal is on the chain with who tried.
  CHECK(s.enf->status("acme").state == Standing::suspended);
  CHECK(s.enf->appeals("acme").at(0).status == "open");
  CHECK(s.enf->user_status("acme", "u1").state == Standing::blocked);
  const auto refused = s.records("reinstate");
  REQUIRE(refused.size() == 5);
  CHECK(refused[0].actor == "acme");
  CHECK(refused[0].outcome == "denied");
  CHECK_THAT(refused[0].detail, Catch::Matchers::Contains("unknown principal 'acme'"));
  CHECK(s.records("resolve_appeal").size() == 5);
  CHECK(s.records("unblock_user").size() == 3);
  CHECK(s.store->verify_audit().ok);
  // Enabled staff with the right role may.
  s.enf->unblock_user("alice", "acme", "u1", "user banned");
  s.enf->resolve_appeal("mia", s.appeal, true, "medical context");
  CHECK(s.enf->status("acme").state == Standing::good_standing);
  CHECK(s.enf->history("acme").back().actor == "mia");
  CHECK(s.store->verify_audit().ok);
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

TEST_CASE("clock: rewinding the injected clock does not rewind enforcement",
          "[security][enforcement][clock]") {
  Enforced s;
  std::int64_t latest = 0;
  for (const auto& r : s.store->audit_records(0, 100000)) latest = std::max(latest, r.ts_ms);
  REQUIRE(latest >= kT0 + 2000);
  s.clock.set_ms(0);  // --now-ms 0
  const Transition t = s.enf->reinstate("mia", "acme", "filter verified");
  CHECK(t.ts_ms >= latest);
  CHECK(s.enf->status("acme").since_ms >= latest);
  // u1's block runs from its notice: a rewound clock does not end it either.
  CHECK(s.enf->tick().empty());
  CHECK(s.enf->user_status("acme", "u1").state == Standing::blocked);
  std::int64_t last = 0;
  for (const auto& r : s.store->audit_records(0, 100000)) {
    CHECK(r.ts_ms >= last);
    last = r.ts_ms;
  }
  CHECK(s.store->verify_audit().ok);
}

// ------------------------------------------------------------------------------------------------
// Class 7: snapshot temporary files

TEST_CASE("snapshot: temp files are exclusive and unpredictable; stale ones are removed",
          "[security][tracker]") {
  Dir dir;
  const std::string snap = dir.file("t.snap");
  // A pid that no longer runs: a child that has exited and been reaped.
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) _exit(0);
  int st = 0;
  REQUIRE(waitpid(child, &st, 0) == child);
  const std::string dead = std::to_string(child);
  const std::string alive = std::to_string(getpid());
  {
    std::ofstream(dir.file("victim")) << "precious";
    std::ofstream(snap + ".tmp." + dead) << std::string(1 << 20, 'x');  // old naming, killed
    std::ofstream(snap + ".tmp." + dead + ".0011223344556677") << "x";  // new naming, killed
    std::ofstream(snap + ".tmp." + alive + ".live") << "in progress";   // a live writer's
    std::ofstream(dir.file("other.tmp." + dead)) << "not ours";
  }
  // The old predictable name as a symlink to a file the attacker wants overwritten.
  fs::create_symlink(dir.file("victim"), snap + ".tmp." + alive);

  ManualClock clock(kT0);
  Tracker tracker(TrackerConfig{}, &clock);
  TrackerEvent e;
  e.customer = "c1";
  e.user = "u1";
  tracker.record(e);
  tracker.snapshot(snap);

  std::string victim;
  std::getline(std::ifstream(dir.file("victim")), victim);
  CHECK(victim == "precious");
  CHECK_FALSE(fs::exists(snap + ".tmp." + dead));
  CHECK_FALSE(fs::exists(snap + ".tmp." + dead + ".0011223344556677"));
  CHECK(fs::exists(snap + ".tmp." + alive + ".live"));
  CHECK(fs::is_symlink(snap + ".tmp." + alive));
  CHECK(fs::exists(dir.file("other.tmp." + dead)));
  CHECK((fs::status(snap).permissions() & fs::perms::others_read) == fs::perms::none);
  Tracker restored(TrackerConfig{}, &clock);
  restored.restore(snap);
  CHECK(restored.entity("c1").has_value());
}

// ------------------------------------------------------------------------------------------------
// Class 8: resource limits (line length, per-text work)

TEST_CASE("limits: an over-long line costs its own error record, not the memory or the batch",
          "[security][limits]") {
  const Monitor m = keyword_monitor();
  JsonlOptions o;
  o.max_line_bytes = 1000;
  const std::string input = R"({"id":1,"text":"a"})"
                            "\n"
                            R"({"id":2,"text":")" +
                            std::string(5000, 'x') +
                            R"("})"
                            "\n"
                            R"({"id":3,"text":"b"})"
                            "\n";
  const Classified c = classify(m, input, o);
  const JsonlSummary& s = c.summary;
  CHECK(s.lines == 3);
  CHECK(s.errors == 1);
  const std::string too_long =
      R"x({"id":null,"line":2,"error":"line is longer than max_line_bytes (1000)"})x";
  CHECK(c.out.find(too_long) != std::string::npos);
  CHECK(c.out.find(R"({"id":3,"line":3,)") != std::string::npos);
}

namespace {
// Refuses texts containing "HUGE" the way ModelScorer refuses texts over max_windows.
class WindowLimitedScorer final : public Scorer {
 public:
  const std::vector<std::string>& output_names() const override { return inner_.output_names(); }
  void score(std::span<const std::string_view> texts, std::span<float> out) const override {
    for (auto t : texts) {
      if (t.find("HUGE") != std::string_view::npos) {
        throw error(status::limit, "text needs 900 windows; max_windows is 64");
      }
    }
    inner_.score(texts, out);
  }
  std::string model_id() const override { return inner_.model_id(); }
  std::string model_version() const override { return inner_.model_version(); }

 private:
  test::KeywordScorer inner_;
};
}  // namespace

TEST_CASE("limits: a text the scorer refuses becomes one error record; the batch survives",
          "[security][limits]") {
  const Monitor m(std::make_shared<WindowLimitedScorer>(), Policy{}, MonitorOptions{});
  const std::string input =
      "{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"HUGE\"}\n"
      "{\"id\":3,\"text\":\"b\"}\n";
  JsonlOptions o;
  o.batch_size = 8;
  const Classified c = classify(m, input, o);
  const JsonlSummary& s = c.summary;
  CHECK(s.errors == 1);
  CHECK(c.out.find(R"({"id":2,"line":2,"error":"text needs 900 windows; max_windows is 64"})") !=
        std::string::npos);
  CHECK(c.out.find(R"({"id":3,"line":3,)") != std::string::npos);
}

TEST_CASE("limits: a replay names the line of a record it cannot process", "[security][limits]") {
  MonitorOptions mo;
  mo.max_text_bytes = 10;
  ReplayRunOptions ro;
  std::istringstream traffic(
      R"({"time":"2026-01-01T00:00:00Z","customer":"c","prompt":"short"})"
      "\n"
      R"({"time":"2026-01-01T00:00:01Z","customer":"c","prompt":"far too long a prompt"})"
      "\n");
  const std::string msg = message_of([&] {
    (void)run_replay(traffic, std::make_shared<test::KeywordScorer>(), Policy{}, ro, mo);
  });
  CHECK(msg.find("traffic line 2: ") != std::string::npos);
}

// ------------------------------------------------------------------------------------------------
// Class 9: purge under a concurrent reader

TEST_CASE("purge: a concurrent reader's snapshot is reported, not passed off as success",
          "[security][review]") {
  if (test::postgres_backend()) return;  // SQLite's WAL; PostgreSQL: docs/FLEET.md
  Dir dir;
  ManualClock clock(kT0);
  const ReviewStoreOptions o = store_options(dir, &clock);
  ReviewStoreOptions quick = o;
  quick.busy_timeout_ms = 50;
  ReviewStore st(quick);
  (void)st.submit(submission("SECRET-PURGE-ME"));
  sqlite3* reader = nullptr;
  REQUIRE(sqlite3_open(o.path.c_str(), &reader) == SQLITE_OK);
  REQUIRE(sqlite3_exec(reader, "BEGIN; SELECT COUNT(*) FROM review_items;", nullptr, nullptr,
                       nullptr) == SQLITE_OK);
  clock.advance_ms(31LL * 24 * 3600 * 1000);
  const PurgeResult held = st.purge();
  CHECK(held.purged == 1);
  CHECK(held.wal_frames_left > 0);
  sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(reader);
  const PurgeResult again = st.purge();
  CHECK(again.purged == 0);
  CHECK(again.wal_frames_left == 0);
  std::ifstream wal(o.path + "-wal", std::ios::binary);
  const std::string left((std::istreambuf_iterator<char>(wal)), {});
  CHECK(left.find("SECRET-PURGE-ME") == std::string::npos);
}

// ------------------------------------------------------------------------------------------------
// Class 10: small ones

TEST_CASE("principals: reserved audit actors cannot be registered", "[security][review]") {
  Dir dir;
  ReviewStore st(store_options(dir, nullptr));
  for (const char* name : {"admin", "auto", "system", "policy", "customer"}) {
    CHECK_THROWS_AS(st.add_principal({name, Role::manager, "eea", true}), std::invalid_argument);
  }
}

TEST_CASE("principals: a re-enabled principal does not regain the grants it had",
          "[security][review]") {
  Staffed f;
  ReviewStore& st = f.st;
  const auto item = f.item;
  GrantRequest r;
  r.reason = "case";
  const auto active = st.request_access("alice", r);
  st.approve_access("mia", active);
  const auto pending = st.request_access("alice", r);
  st.set_principal_active("alice", false);
  st.set_principal_active("alice", true);
  CHECK(st.grant(active).state == GrantState::revoked);
  CHECK(st.grant(pending).state == GrantState::revoked);
  CHECK(st.grant(active).revoked_by == "admin");
  CHECK(status_of([&] { (void)st.open_item("alice", item); }) == status::permission_denied);
  CHECK(st.verify_audit().ok);
}

TEST_CASE("models and snapshots: a FIFO or a directory is a format error, not a hang",
          "[security][files]") {
  Dir dir;
  const std::string fifo = dir.file("model.gguf");
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(status_of([&] { (void)Model::load(fifo); }) == status::format);
  CHECK(status_of([&] { (void)Model::load(dir.path.string()); }) == status::format);
  ManualClock clock(kT0);
  Tracker t(TrackerConfig{}, &clock);
  CHECK(status_of([&] { t.restore(fifo); }) == status::format);
}
