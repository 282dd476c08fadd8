// Review store: access model (every denial path), audit chain tampering, retention with an
// injected clock, encryption at rest, decisions/export, and crash consistency under SIGKILL.
#include <abusemon/error.hpp>
#include <abusemon/review.hpp>

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "review/review_schema.hpp"
#include "support/store_backend.hpp"

using namespace abusemon;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kHour = 3600 * 1000;
constexpr std::int64_t kDay = 24 * kHour;
const std::string kKey(32, '\x42');

struct TempDir {
  fs::path dir;
  TempDir() {
    static std::atomic<int> n{0};
    dir = fs::temp_directory_path() /
          ("am_review_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
    fs::remove_all(dir);
    fs::create_directories(dir);
    url = test::fresh_store((dir / "review.db").string());
  }
  ~TempDir() { fs::remove_all(dir); }
  // The store: a file in `dir` (SQLite run) or a fresh schema (PostgreSQL run).
  std::string url;
  std::string db() const { return url; }
};

ReviewStoreOptions options(const TempDir& t, const Clock* clock, std::string key = {}) {
  ReviewStoreOptions o;
  o.path = t.db();
  o.key = std::move(key);
  o.clock = clock;
  return o;
}

ReviewSubmission flagged(std::string content, std::string region = "eea",
                         std::string queue = "default", double confidence = 0.6) {
  ReviewSubmission s;
  s.content = std::move(content);
  s.verdict_json = R"({"scores":{"harassment":0.6}})";
  s.customer = "cust-1";
  s.user = "user-9";
  s.region = std::move(region);
  s.signal = "classifier";
  s.queue = std::move(queue);
  s.category = Category::harassment;
  s.severity = Severity::medium;
  s.confidence = confidence;
  return s;
}

void add_staff(ReviewStore& st) {
  st.add_principal({"alice", Role::reviewer, "eea", true});
  st.add_principal({"bob", Role::reviewer, "us", true});
  st.add_principal({"mia", Role::manager, "eea", true});
  st.add_principal({"max", Role::manager, "us", true});
}

std::int64_t granted(ReviewStore& st, const std::string& who, const std::string& approver,
                     std::int64_t duration = kHour, const std::string& queue = {}) {
  GrantRequest r;
  r.reason = "ticket 42";
  r.duration_ms = duration;
  r.queue = queue;
  auto id = st.request_access(who, r);
  st.approve_access(approver, id);
  return id;
}

// Runs `fn`, expects error(permission_denied), and checks the refusal was audited as denied.
template <typename Fn>
void expect_denied(ReviewStore& st, const std::string& action, Fn&& fn,
                   const std::string& reason_part) {
  const auto before = st.audit_head().seq;
  try {
    fn();
    FAIL("expected permission_denied for " << action);
  } catch (const error& e) {
    CHECK(e.code() == status::permission_denied);
    CHECK_THAT(e.what(), Catch::Matchers::Contains(reason_part));
  }
  auto recs = st.audit_records(before);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].action == action);
  CHECK(recs[0].outcome == "denied");
  CHECK_THAT(recs[0].detail, Catch::Matchers::Contains(reason_part));
}

using test::raw_exec;

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

}  // namespace

TEST_CASE("review: schema is created, versioned and reopened", "[review]") {
  TempDir t;
  ManualClock clock(1'000'000);
  {
    ReviewStore st(options(t, &clock));
    CHECK(st.schema_version() == static_cast<int>(detail::review_schema().count));
    CHECK_FALSE(st.encrypted());
    CHECK(st.integrity_check());
    st.submit(flagged("hello"));
  }
  ReviewStore again(options(t, &clock));
  CHECK(again.schema_version() >= 1);
  again.add_principal({"mia", Role::manager, "eea", true});
  CHECK(again.queue("mia").size() == 1);
}

TEST_CASE("review: a newer schema or a foreign file is refused", "[review]") {
  TempDir t;
  ManualClock clock(0);
  { ReviewStore st(options(t, &clock)); }
  raw_exec(t.db(), "UPDATE schema_versions SET version = 999 WHERE component = 'review'");
  try {
    ReviewStore st(options(t, &clock));
    FAIL("newer schema accepted");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
    CHECK_THAT(e.what(), Catch::Matchers::Contains("'review' is at version 999, newer"));
  }
  if (test::postgres_backend()) return;  // the rest is about files
  TempDir t2;
  std::ofstream(t2.db()) << "this is not a database, just some text that is long enough....";
  try {
    ReviewStore st(options(t2, &clock));
    FAIL("foreign file accepted");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
  }
}

TEST_CASE("review: bad options and submissions are rejected", "[review]") {
  TempDir t;
  ManualClock clock(0);
  ReviewStoreOptions o = options(t, &clock);
  o.key = "short";
  CHECK_THROWS_AS(ReviewStore(o), std::invalid_argument);
  o = options(t, &clock);
  o.auto_confirm_confidence = 1.5;
  CHECK_THROWS_AS(ReviewStore(o), std::invalid_argument);
  o = options(t, &clock);
  o.path.clear();
  CHECK_THROWS_AS(ReviewStore(o), std::invalid_argument);

  ReviewStore st(options(t, &clock));
  auto s = flagged("x");
  s.customer.clear();
  CHECK_THROWS_AS(st.submit(s), std::invalid_argument);
  s = flagged("x");
  s.confidence = 2;
  CHECK_THROWS_AS(st.submit(s), std::invalid_argument);
  s = flagged("x");
  s.verdict_json = "{not json";
  try {
    st.submit(s);
    FAIL("bad verdict accepted");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
  }
  // A failed batch stores nothing.
  std::vector<ReviewSubmission> batch = {flagged("a"), flagged("b"), s};
  CHECK_THROWS(st.submit_batch(batch));
  st.add_principal({"mia", Role::manager, "eea", true});
  QueueFilter any;
  any.status.reset();
  CHECK(st.queue("mia", any).empty());
}

TEST_CASE("review: listing shows metadata of the principal's region only", "[review]") {
  TempDir t;
  ManualClock clock(0);
  ReviewStore st(options(t, &clock));
  add_staff(st);
  auto e1 = st.submit(flagged("eea secret one"));
  st.submit(flagged("us secret", "us"));
  auto e2 = st.submit(flagged("eea secret two", "eea", "urgent"));
  auto q = st.queue("alice");
  REQUIRE(q.size() == 2);
  CHECK(q[0].id == e1);
  CHECK(q[1].id == e2);
  CHECK(q[0].customer == "cust-1");
  CHECK(q[0].status == ReviewStatus::pending);
  QueueFilter f;
  f.queue = "urgent";
  CHECK(st.queue("alice", f).size() == 1);
  CHECK(st.queue("bob").size() == 1);
  expect_denied(
      st, "list", [&] { st.queue("mallory"); }, "unknown principal");
  st.set_principal_active("alice", false);
  expect_denied(
      st, "list", [&] { st.queue("alice"); }, "disabled");
}

TEST_CASE("review: content access denial paths", "[review]") {
  TempDir t;
  ManualClock clock(10 * kDay);
  ReviewStore st(options(t, &clock));
  add_staff(st);
  const auto item = st.submit(flagged("you are worthless"));
  const auto urgent = st.submit(flagged("urgent thing", "eea", "urgent"));

  SECTION("unknown principal") {
    expect_denied(
        st, "show", [&] { st.open_item("mallory", item); }, "unknown principal");
  }
  SECTION("absent grant") {
    expect_denied(
        st, "show", [&] { st.open_item("alice", item); }, "no access grant");
  }
  SECTION("grant not approved") {
    GrantRequest r;
    r.reason = "triage";
    st.request_access("alice", r);
    expect_denied(
        st, "show", [&] { st.open_item("alice", item); }, "not approved");
  }
  SECTION("self-approval is refused and grants nothing") {
    st.add_principal({"lea", Role::manager, "eea", true});
    GrantRequest r;
    r.reason = "triage";
    auto g = st.request_access("lea", r);
    expect_denied(
        st, "approve", [&] { st.approve_access("lea", g); }, "self-approval");
    CHECK(st.grant(g).state == GrantState::pending);
    expect_denied(
        st, "show", [&] { st.open_item("lea", item); }, "not approved");
  }
  SECTION("approval by a non-manager is refused") {
    GrantRequest r;
    r.reason = "triage";
    auto g = st.request_access("alice", r);
    st.add_principal({"carl", Role::reviewer, "eea", true});
    expect_denied(
        st, "approve", [&] { st.approve_access("carl", g); }, "not a manager");
    expect_denied(
        st, "approve", [&] { st.approve_access("ghost", g); }, "unknown principal");
  }
  SECTION("expired grant") {
    auto g = granted(st, "alice", "mia", kHour);
    CHECK(st.open_item("alice", item).content == "you are worthless");
    clock.advance_ms(kHour);  // the grant ends exactly at approved + duration
    CHECK(st.grant(g).state == GrantState::expired);
    expect_denied(
        st, "show", [&] { st.open_item("alice", item); }, "expired");
  }
  SECTION("revoked grant") {
    auto g = granted(st, "alice", "mia");
    CHECK(st.open_item("alice", item).content == "you are worthless");
    st.revoke_access("mia", g);
    CHECK(st.grant(g).state == GrantState::revoked);
    expect_denied(
        st, "show", [&] { st.open_item("alice", item); }, "revoked");
    expect_denied(
        st, "decide",
        [&] {
          st.decide("alice", item, {DecisionKind::confirm, {}, {}, "ok"});
        },
        "revoked");
  }
  SECTION("wrong region: residency") {
    granted(st, "bob", "max");  // a valid US grant does not open EEA data
    expect_denied(
        st, "show", [&] { st.open_item("bob", item); }, "residency");
    GrantRequest r;
    r.region = "eea";
    r.reason = "want eea";
    expect_denied(
        st, "request", [&] { st.request_access("bob", r); }, "residency");
  }
  SECTION("grant scoped to another queue") {
    granted(st, "alice", "mia", kHour, "urgent");
    CHECK(st.open_item("alice", urgent).content == "urgent thing");
    expect_denied(
        st, "show", [&] { st.open_item("alice", item); }, "covers");
  }
  SECTION("disabled principal loses access") {
    granted(st, "alice", "mia");
    st.set_principal_active("alice", false);
    expect_denied(
        st, "show", [&] { st.open_item("alice", item); }, "disabled");
  }
  SECTION("a reviewer cannot revoke someone else's grant") {
    auto g = granted(st, "alice", "mia");
    st.add_principal({"carl", Role::reviewer, "eea", true});
    expect_denied(
        st, "revoke", [&] { st.revoke_access("carl", g); }, "requester or a manager");
    st.revoke_access("alice", g);  // the requester may give it up
    CHECK_THROWS_AS(st.revoke_access("alice", g), error);
  }
  CHECK(st.verify_audit().ok);
}

TEST_CASE("review: grant requests are validated", "[review]") {
  TempDir t;
  ManualClock clock(0);
  ReviewStoreOptions o = options(t, &clock);
  o.max_grant_ms = 2 * kHour;
  ReviewStore st(o);
  add_staff(st);
  GrantRequest r;
  r.reason = "";
  CHECK_THROWS_AS(st.request_access("alice", r), std::invalid_argument);
  r.reason = "x";
  r.duration_ms = 3 * kHour;
  CHECK_THROWS_AS(st.request_access("alice", r), std::invalid_argument);
  r.duration_ms = 0;
  CHECK_THROWS_AS(st.request_access("alice", r), std::invalid_argument);
  r.duration_ms = 2 * kHour;
  auto g = st.request_access("alice", r);
  Grant gr = st.grant(g);
  CHECK(gr.region == "eea");
  CHECK(gr.state == GrantState::pending);
  st.approve_access("mia", g);
  try {
    st.approve_access("mia", g);
    FAIL("double approval");
  } catch (const error& e) {
    CHECK(e.code() == status::state);
  }
  try {
    st.approve_access("mia", 999);
    FAIL("unknown grant");
  } catch (const error& e) {
    CHECK(e.code() == status::not_found);
  }
  CHECK(st.grants("alice").size() == 1);
  CHECK(st.grants().size() == 1);
  CHECK(st.grant(g).expires_ms == 2 * kHour);
}

TEST_CASE("review: decisions, decision feed, listener and label export", "[review]") {
  TempDir t;
  ManualClock clock(5 * kDay);
  ReviewStore st(options(t, &clock));
  add_staff(st);
  std::vector<DecisionRecord> heard;
  st.set_decision_listener([&](const DecisionRecord& d) { heard.push_back(d); });
  auto a = st.submit(flagged("text a"));
  auto b = st.submit(flagged("text b"));
  auto c = st.submit(flagged("text c"));
  auto us = st.submit(flagged("text us", "us"));
  granted(st, "alice", "mia");

  CHECK_THROWS_AS(st.decide("alice", a, {DecisionKind::correct, {}, {}, "why"}),
                  std::invalid_argument);
  CHECK_THROWS_AS(st.decide("alice", a, {DecisionKind::confirm, {}, {}, ""}),
                  std::invalid_argument);
  auto da = st.decide("alice", a, {DecisionKind::confirm, {}, {}, "clear insult"});
  CHECK(da.category == Category::harassment);
  CHECK(da.severity == Severity::medium);
  CHECK(da.customer == "cust-1");
  auto db = st.decide("alice", b, {DecisionKind::correct, Category::hate, Severity::high, "slur"});
  CHECK(db.category == Category::hate);
  CHECK(db.severity == Severity::high);
  auto dc = st.decide("alice", c, {DecisionKind::dismiss, {}, {}, "quote in a news article"});
  CHECK(dc.severity == Severity::safe);
  try {
    st.decide("alice", a, {DecisionKind::dismiss, {}, {}, "again"});
    FAIL("decided twice");
  } catch (const error& e) {
    CHECK(e.code() == status::state);
  }
  try {
    st.open_item("alice", 12345);
    FAIL("unknown item");
  } catch (const error& e) {
    CHECK(e.code() == status::not_found);
  }
  REQUIRE(heard.size() == 3);
  CHECK(heard[1].kind == DecisionKind::correct);
  auto feed = st.decisions_after(0);
  REQUIRE(feed.size() == 3);
  CHECK(feed[0].item_id == a);
  CHECK(st.decisions_after(feed[1].seq).size() == 1);
  CHECK(st.queue("alice").empty());  // no pending left in eea
  QueueFilter any;
  any.status.reset();
  auto all = st.queue("alice", any);
  REQUIRE(all.size() == 3);
  CHECK(all[1].status == ReviewStatus::corrected);
  REQUIRE(all[1].decision.has_value());
  CHECK(all[1].decision->reason == "slur");

  // bob (us) decides the us item so that the export has something outside alice's grant
  granted(st, "bob", "max");
  st.decide("bob", us, {DecisionKind::confirm, {}, {}, "yes"});

  std::ostringstream out;
  auto r = st.export_labels("alice", out);
  CHECK(r.exported == 3);
  CHECK(r.skipped_no_grant == 1);
  std::istringstream lines(out.str());
  std::string line;
  std::vector<std::string> got;
  while (std::getline(lines, line)) got.push_back(line);
  REQUIRE(got.size() == 3);
  CHECK_THAT(got[1], Catch::Matchers::Contains(R"("category":"hate")"));
  CHECK_THAT(got[1], Catch::Matchers::Contains(R"("text":"text b")"));
  CHECK_THAT(got[1], Catch::Matchers::Contains(R"("decision":"correct")"));
  CHECK_THAT(got[2], Catch::Matchers::Contains(R"("label":"not_abuse")"));
  std::ostringstream corr;
  ExportOptions eo;
  eo.corrections_only = true;
  CHECK(st.export_labels("alice", corr, eo).exported == 1);
  std::ostringstream none;
  expect_denied(
      st, "export", [&] { st.export_labels("ghost", none); }, "unknown principal");
  CHECK(st.verify_audit().ok);
}

TEST_CASE("review: automated pre-review confirms above the bar", "[review]") {
  TempDir t;
  ManualClock clock(0);
  ReviewStoreOptions o = options(t, &clock);
  o.auto_confirm_confidence = 0.9;
  ReviewStore st(o);
  add_staff(st);
  int heard = 0;
  st.set_decision_listener([&](const DecisionRecord& d) {
    CHECK(d.automatic);
    ++heard;
  });
  auto hi = st.submit(flagged("sure thing", "eea", "default", 0.95));
  auto lo = st.submit(flagged("unsure", "eea", "default", 0.5));
  CHECK(heard == 1);
  auto pending = st.queue("alice");
  REQUIRE(pending.size() == 1);
  CHECK(pending[0].id == lo);
  QueueFilter f;
  f.status = ReviewStatus::confirmed;
  auto done = st.queue("alice", f);
  REQUIRE(done.size() == 1);
  CHECK(done[0].id == hi);
  CHECK(done[0].decision->decided_by == "auto");
  bool audited = false;
  for (const auto& r : st.audit_records()) {
    if (r.action == "decide" && r.actor == "auto" && r.item_id == hi) audited = true;
  }
  CHECK(audited);
  // Automatic labels are exported only on request.
  granted(st, "alice", "mia");
  std::ostringstream out;
  CHECK(st.export_labels("alice", out).exported == 0);
  ExportOptions eo;
  eo.include_automatic = true;
  CHECK(st.export_labels("alice", out, eo).exported == 1);
}

TEST_CASE("review: retention purges content, keeps facts (injected clock)", "[review]") {
  TempDir t;
  ManualClock clock(100 * kDay);
  ReviewStore st(options(t, &clock));
  add_staff(st);
  auto old_item = st.submit(flagged("old secret text"));
  clock.advance_ms(20 * kDay);
  auto young = st.submit(flagged("young secret text"));
  granted(st, "alice", "mia", 8 * kHour);
  st.decide("alice", young, {DecisionKind::confirm, {}, {}, "yes"});
  clock.advance_ms(10 * kDay + 1);  // old item is now 30 days + 1 ms old
  granted(st, "alice", "mia", 8 * kHour);
  auto r = st.purge();
  CHECK(r.purged == 1);
  try {
    st.open_item("alice", old_item);
    FAIL("purged content served");
  } catch (const error& e) {
    CHECK(e.code() == status::state);
  }
  CHECK(st.open_item("alice", young).content == "young secret text");
  QueueFilter any;
  any.status.reset();
  auto items = st.queue("alice", any);
  REQUIRE(items.size() == 2);
  CHECK(items[0].content_purged);
  CHECK(items[0].status == ReviewStatus::expired);
  CHECK_FALSE(items[1].content_purged);
  bool purge_audited = false;
  for (const auto& a : st.audit_records()) {
    CHECK(a.detail.find("old secret") == std::string::npos);
    if (a.action == "purge" && a.item_id == old_item) purge_audited = true;
  }
  CHECK(purge_audited);
  CHECK(st.purge().purged == 0);  // idempotent
  clock.advance_ms(30 * kDay);
  CHECK(st.purge().purged == 1);  // the decided item's content goes too, its decision stays
  items = st.queue("alice", any);
  CHECK(items[1].status == ReviewStatus::confirmed);
  CHECK(items[1].content_purged);
  CHECK(st.verify_audit().ok);
  CHECK(st.integrity_check());
  if (test::postgres_backend()) return;  // PostgreSQL: VACUUM, see docs/FLEET.md
  // secure_delete + checkpoint: the plaintext is gone from the file.
  auto bytes = slurp(t.db()) + slurp(t.db() + "-wal");
  CHECK(bytes.find("old secret text") == std::string::npos);
  CHECK(bytes.find("young secret text") == std::string::npos);
}

TEST_CASE("review: content is encrypted at rest", "[review]") {
  TempDir t;
  ManualClock clock(0);
  std::int64_t id = 0, id2 = 0;
  {
    ReviewStore st(options(t, &clock, kKey));
    CHECK(st.encrypted());
    add_staff(st);
    id = st.submit(flagged("plaintext-marker-zebra"));
    id2 = st.submit(flagged("second-marker-okapi"));
    granted(st, "alice", "mia");
    auto c = st.open_item("alice", id);
    CHECK(c.content == "plaintext-marker-zebra");
    CHECK(c.verdict_json == R"({"scores":{"harassment":0.6}})");
  }
  if (!test::postgres_backend()) {
    auto bytes = slurp(t.db()) + slurp(t.db() + "-wal");
    CHECK(bytes.find("plaintext-marker-zebra") == std::string::npos);
    CHECK(bytes.find("harassment\":0.6") == std::string::npos);
  }

  try {
    ReviewStore st(options(t, &clock, std::string(32, '\x43')));
    FAIL("wrong key accepted");
  } catch (const error& e) {
    CHECK(e.code() == status::permission_denied);
  }
  try {
    ReviewStore st(options(t, &clock));
    FAIL("opened without key");
  } catch (const error& e) {
    CHECK(e.code() == status::state);
  }
  // A ciphertext moved to another row does not open (the item id is associated data).
  raw_exec(t.db(), "UPDATE review_items SET content = (SELECT content FROM review_items WHERE id=" +
                       std::to_string(id2) + ") WHERE id=" + std::to_string(id));
  ReviewStore st(options(t, &clock, kKey));
  try {
    st.open_item("alice", id);
    FAIL("moved ciphertext opened");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
  }
  CHECK(st.open_item("alice", id2).content == "second-marker-okapi");

  TempDir plain;
  { ReviewStore p(options(plain, &clock)); }
  try {
    ReviewStore p(options(plain, &clock, kKey));
    FAIL("plain store opened with key");
  } catch (const error& e) {
    CHECK(e.code() == status::state);
  }
}

TEST_CASE("review: audit verify detects edit, delete, reorder, truncation", "[review]") {
  for (bool keyed : {false, true}) {
    DYNAMIC_SECTION("keyed=" << keyed) {
      TempDir t;
      ManualClock clock(0);
      const std::string key = keyed ? kKey : std::string();
      AuditHead anchored;
      {
        ReviewStore st(options(t, &clock, key));
        add_staff(st);
        auto id = st.submit(flagged("x"));
        granted(st, "alice", "mia");
        st.open_item("alice", id);
        CHECK_THROWS(st.open_item("bob", id));
        auto v = st.verify_audit();
        REQUIRE(v.ok);
        CHECK(v.records == v.head.seq);
        CHECK(v.records >= 9);
        anchored = st.audit_head();
        CHECK(st.verify_audit(anchored).ok);
      }
      auto check_broken = [&](const std::string& sql, const std::string& what) {
        // Saved and restored in the store itself: works on both backends.
        raw_exec(t.db(),
                 "CREATE TABLE bak_audit AS SELECT * FROM audit;"
                 "CREATE TABLE bak_head AS SELECT * FROM audit_head");
        raw_exec(t.db(), sql);
        ReviewStore st(options(t, &clock, key));
        auto v = st.verify_audit(anchored);
        CHECK_FALSE(v.ok);
        CHECK_THAT(v.problem, Catch::Matchers::Contains(what));
        raw_exec(t.db(),
                 "DELETE FROM audit; INSERT INTO audit SELECT * FROM bak_audit;"
                 "DELETE FROM audit_head; INSERT INTO audit_head SELECT * FROM bak_head;"
                 "DROP TABLE bak_audit; DROP TABLE bak_head");
      };
      check_broken("UPDATE audit SET detail = 'nothing to see' WHERE seq = 5", "altered");
      check_broken("UPDATE audit SET outcome = 'allowed' WHERE outcome = 'denied'", "altered");
      check_broken("DELETE FROM audit WHERE seq = 4", "missing");
      check_broken(
          "UPDATE audit SET seq = -seq WHERE seq IN (3, 4);"
          "UPDATE audit SET seq = 4 WHERE seq = -3; UPDATE audit SET seq = 3 WHERE seq = -4;",
          "predecessor");
      check_broken("DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)", "truncated");
      // Truncation with the head rewritten to match: caught by the HMAC when keyed, and by the
      // external anchor either way.
      check_broken(
          "DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit);"
          "UPDATE audit_head SET seq = seq - 1, hash = (SELECT hash FROM audit WHERE seq = "
          "(SELECT MAX(seq) FROM audit))",
          keyed ? "HMAC" : "anchored");
      ReviewStore st(options(t, &clock, key));
      CHECK(st.verify_audit(anchored).ok);
    }
  }
}

TEST_CASE("review: SIGKILL in the middle of writes loses no committed item", "[review][crash]") {
  TempDir t;
  {
    ReviewStore st(options(t, nullptr, kKey));  // create the schema before forking
  }
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::close(fds[0]);
    try {
      ReviewStore st(options(t, nullptr, kKey));
      std::vector<ReviewSubmission> batch(5, flagged("batched item"));
      for (int i = 0;; ++i) {
        std::vector<std::int64_t> ids;
        if (i % 2 == 0) {
          ids.push_back(st.submit(flagged("single item " + std::to_string(i))));
        } else {
          ids = st.submit_batch(batch);
        }
        for (auto id : ids) {
          // Report only after commit returned: these must survive.
          if (::write(fds[1], &id, sizeof id) != sizeof id) ::_exit(3);
        }
      }
    } catch (...) {
      ::_exit(2);
    }
  }
  ::close(fds[1]);
  std::set<std::int64_t> committed;
  std::int64_t id = 0;
  while (committed.size() < 60 && ::read(fds[0], &id, sizeof id) == sizeof id) {
    committed.insert(id);
  }
  ::kill(pid, SIGKILL);
  int wstatus = 0;
  ::waitpid(pid, &wstatus, 0);
  CHECK(WIFSIGNALED(wstatus));
  while (::read(fds[0], &id, sizeof id) == sizeof id) committed.insert(id);
  ::close(fds[0]);
  REQUIRE(committed.size() >= 60);

  ReviewStore st(options(t, nullptr, kKey));
  CHECK(st.integrity_check());
  auto v = st.verify_audit();
  CHECK(v.ok);
  INFO(v.problem);
  st.add_principal({"alice", Role::reviewer, "eea", true});
  st.add_principal({"mia", Role::manager, "eea", true});
  granted(st, "alice", "mia");
  QueueFilter f;
  f.limit = 10000;
  std::set<std::int64_t> present;
  for (const auto& it : st.queue("alice", f)) present.insert(it.id);
  for (auto c : committed) {
    CHECK(present.count(c) == 1);
  }
  // Batches are atomic: every batch is either complete or absent (items come in runs of 5
  // between singles, so the number of batched items is a multiple of 5).
  std::size_t batched = 0;
  for (auto pid_item : present) {
    auto c = st.open_item("alice", pid_item);
    if (c.content == "batched item") ++batched;
  }
  CHECK(batched % 5 == 0);
}

TEST_CASE("review: concurrent writers on one store and across connections keep one chain",
          "[review][concurrency]") {
  TempDir t;
  ReviewStore a(options(t, nullptr));
  ReviewStore b(options(t, nullptr));  // a second connection to the same file
  a.add_principal({"alice", Role::reviewer, "eea", true});
  a.add_principal({"mia", Role::manager, "eea", true});
  constexpr int kThreads = 4;
  constexpr int kEach = 25;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      ReviewStore& st = i % 2 == 0 ? a : b;
      for (int k = 0; k < kEach; ++k) {
        try {
          st.submit(flagged("t" + std::to_string(i) + "-" + std::to_string(k)));
          if (k % 5 == 0) st.queue("alice");
        } catch (...) {
          ++failures;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(failures == 0);
  QueueFilter f;
  f.limit = 1000;
  CHECK(a.queue("alice", f).size() == kThreads * kEach);
  auto v = b.verify_audit();
  CHECK(v.ok);
  INFO(v.problem);
  CHECK(a.integrity_check());
}

TEST_CASE("review: writers in several processes append to one chain without forks",
          "[review][concurrency][replicas]") {
  TempDir t;
  {
    ReviewStore st(options(t, nullptr));  // the schema, before the writers start
    st.add_principal({"alice", Role::reviewer, "eea", true});
  }
  constexpr int kProcs = 3;
  constexpr int kEach = 15;
  std::vector<pid_t> pids;
  for (int p = 0; p < kProcs; ++p) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int code = 0;
      try {
        ReviewStore st(options(t, nullptr));  // a replica: its own connection
        for (int k = 0; k < kEach; ++k) {
          st.submit(flagged("p" + std::to_string(p) + "-" + std::to_string(k)));
        }
      } catch (...) {
        code = 2;
      }
      ::_exit(code);
    }
    pids.push_back(pid);
  }
  for (pid_t pid : pids) {
    int ws = 0;
    REQUIRE(::waitpid(pid, &ws, 0) == pid);
    CHECK(WIFEXITED(ws));
    CHECK(WEXITSTATUS(ws) == 0);
  }
  ReviewStore st(options(t, nullptr));
  st.add_principal({"mia", Role::manager, "eea", true});
  QueueFilter f;
  f.limit = 1000;
  CHECK(st.queue("alice", f).size() == kProcs * kEach);
  const auto v = st.verify_audit();
  INFO(v.problem);
  CHECK(v.ok);
  CHECK(v.records == v.head.seq);
}

TEST_CASE("review: a lost database connection fails the call as unavailable and reconnects",
          "[review][replicas]") {
  if (!test::postgres_backend()) return;  // an embedded SQLite file cannot go away
  TempDir t;
  const std::string app = "am_drop_" + std::to_string(::getpid());
  ReviewStoreOptions o = options(t, nullptr);
  o.path += "&application_name=" + app;
  ReviewStore st(o);
  st.add_principal({"alice", Role::reviewer, "eea", true});
  const auto first = st.submit(flagged("before"));
  // The server drops the store's connection (a restart or a network cut looks the same).
  raw_exec(t.db(),
           "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
           "application_name = '" +
               app + "'");
  try {
    st.submit(flagged("during"));
    FAIL("a write on a dropped connection succeeded");
  } catch (const error& e) {
    CHECK(e.code() == status::unavailable);
  }
  const auto second = st.submit(flagged("after"));  // reconnected
  CHECK(second > first);
  st.add_principal({"mia", Role::manager, "eea", true});
  QueueFilter f;
  CHECK(st.queue("alice", f).size() == 2);  // nothing committed was lost, nothing half-written
  CHECK(st.verify_audit().ok);
}

TEST_CASE("review: the store location is a path or a URL", "[review]") {
  TempDir t;
  ManualClock clock(0);
  const std::string file = (t.dir / "by_url.db").string();
  ReviewStoreOptions o = options(t, &clock);
  o.path = "sqlite://" + file;  // sqlite:///abs/path
  {
    ReviewStore st(o);
    st.submit(flagged("via url"));
  }
  CHECK(fs::exists(file));
  o.path = file;  // the same store by its plain path
  ReviewStore plain(o);
  CHECK(plain.audit_head().seq >= 1);
  for (const char* bad : {"mysql://db/x", "sqlite://", "postgresql://h/db?schema=Bad-Name",
                          "postgresql://h/db?schema=pg_x"}) {
    INFO(bad);
    o.path = bad;
    CHECK_THROWS_AS(ReviewStore(o), std::invalid_argument);
  }
  // A server that is not there: unavailable, and the password stays out of the message.
  o.path = "postgresql://u:s3cret@127.0.0.1:1/db?connect_timeout=2";
  try {
    ReviewStore st(o);
    FAIL("opened a store on a closed port");
  } catch (const error& e) {
    CHECK(e.code() == status::unavailable);
    CHECK(std::string(e.what()).find("s3cret") == std::string::npos);
  }
}

TEST_CASE("review: PostgreSQL refuses a NUL byte in text instead of cutting it", "[review]") {
  if (!test::postgres_backend()) return;  // SQLite stores it
  TempDir t;
  ReviewStore st(options(t, nullptr));
  ReviewSubmission s = flagged("content may hold \0 any bytes");
  s.content = std::string("content \0 with NUL", 18);
  CHECK(st.submit(s) > 0);  // content is BYTEA
  s.customer = std::string("cust\0evil", 9);
  CHECK_THROWS_AS(st.submit(s), std::invalid_argument);
  CHECK(st.verify_audit().ok);
}

TEST_CASE("review: a writer that cannot get the writer lock in time fails as unavailable",
          "[review][replicas]") {
  TempDir t;
  ReviewStoreOptions o = options(t, nullptr);
  o.busy_timeout_ms = 100;
  ReviewStore st(o);
  const auto first = st.submit(flagged("first"));
  // Another replica (host) is inside a write transaction: SQLite's write lock, PostgreSQL's
  // advisory lock.
  auto other = detail::sql::open(t.db(), 100);
  other->begin_write();
  try {
    st.submit(flagged("blocked"));
    FAIL("wrote while another writer held the lock");
  } catch (const error& e) {
    CHECK(e.code() == status::unavailable);
  }
  other->rollback();
  CHECK(st.submit(flagged("after")) > first);
  CHECK(st.verify_audit().ok);
}
