// Enforcement: every transition of the state machine, the transactional outbox and idempotent,
// retried delivery, the gate (also through the Monitor's CustomerGate), policy JSON.
#include <abusemon/enforcement.hpp>
#include <abusemon/error.hpp>
#include <abusemon/monitor.hpp>
#include <abusemon/review.hpp>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "catch.hpp"
#include "enforcement/enforcement_schema.hpp"
#include "review/review_schema.hpp"
#include "storage/crypto.hpp"
#include "storage/schema.hpp"
#include "support/store_backend.hpp"

using namespace abusemon;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kHour = 3600 * 1000;
constexpr std::int64_t kDay = 24 * kHour;
constexpr std::int64_t kT0 = 1'764'000'000'000;  // 2025-11-24

struct TempDir {
  fs::path dir;
  TempDir() {
    static std::atomic<int> n{0};
    dir = fs::temp_directory_path() /
          ("am_enf_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
    fs::remove_all(dir);
    fs::create_directories(dir);
    url = test::fresh_store((dir / "store.db").string());
  }
  ~TempDir() { fs::remove_all(dir); }
  // The store: a file in `dir` (SQLite run) or a fresh schema (PostgreSQL run).
  std::string url;
  std::string db() const { return url; }
};

struct Fixture {
  TempDir t;
  ManualClock clock{kT0};
  std::int64_t seq = 0;
  std::int64_t item = 100;

  EnforcementOptions options(EnforcementPolicy p = {}) {
    EnforcementOptions o;
    o.path = t.db();
    o.policy = std::move(p);
    o.clock = &clock;
    return o;
  }

  // Staff of the store: mia (manager: reinstates, decides appeals) and acme-admin (reviewer:
  // records an end user's unblocking). Staff actions are authorised against these principals.
  void staff() {
    ReviewStoreOptions ro;
    ro.path = t.db();
    ro.clock = &clock;
    ReviewStore st(ro);
    st.add_principal({"mia", Role::manager, "eea", true});
    st.add_principal({"acme-admin", Role::reviewer, "eea", true});
  }

  // A decision as the review store would emit it, for an item that occurred now.
  DecisionRecord decision(const std::string& customer, Category c = Category::harassment,
                          Severity s = Severity::medium, DecisionKind k = DecisionKind::confirm,
                          const std::string& user = {}) {
    DecisionRecord d;
    d.seq = ++seq;
    d.item_id = ++item;
    d.kind = k;
    d.category = c;
    d.severity = k == DecisionKind::dismiss ? Severity::safe : s;
    d.reason = "reviewed";
    d.decided_by = "alice";
    d.decided_ms = clock.now_ms();
    d.occurred_ms = clock.now_ms();
    d.customer = customer;
    d.user = user;
    d.region = "eea";
    d.signal = "classifier";
    return d;
  }
};

std::vector<Notification> of_kind(const std::vector<Notification>& v, NoticeKind k) {
  std::vector<Notification> out;
  for (const auto& n : v) {
    if (n.kind == k) out.push_back(n);
  }
  return out;
}

}  // namespace

TEST_CASE("enforcement: first confirmed abuse warns, with an e-mail-ready notice",
          "[enforcement]") {
  Fixture f;
  Enforcement e(f.options());
  e.set_contact("acme", "abuse@acme.example");
  CHECK(e.status("acme").state == Standing::good_standing);
  CHECK(e.apply(f.decision("acme", Category::hate, Severity::high, DecisionKind::dismiss)).empty());
  auto t = e.apply(f.decision("acme", Category::hate, Severity::high));
  REQUIRE(t.size() == 1);
  CHECK(t[0].from == Standing::good_standing);
  CHECK(t[0].to == Standing::warned);
  CHECK(t[0].actor == "policy");
  CHECK_THAT(t[0].evidence_json, Catch::Matchers::Contains("\"hate\":1"));
  auto st = e.status("acme");
  CHECK(st.state == Standing::warned);
  CHECK(st.remediation_due_ms == kT0 + 7 * kDay);
  CHECK(e.is_allowed("acme").allowed);  // warned customers are still served
  CHECK(e.is_allowed("acme").state == Standing::warned);
  auto box = e.outbox();
  REQUIRE(box.size() == 1);
  CHECK(box[0].kind == NoticeKind::warning);
  CHECK(box[0].recipient == "abuse@acme.example");
  CHECK_THAT(box[0].subject, Catch::Matchers::Contains("acme"));
  CHECK_THAT(box[0].body, Catch::Matchers::Contains("hate: 1"));
  CHECK_THAT(box[0].body, Catch::Matchers::Contains("2025-12-01T"));  // the deadline, 7 days on
  CHECK(box[0].idempotency_key.size() == 32);
  auto h = e.history("acme");
  REQUIRE(h.size() == 1);
  CHECK(h[0].id == t[0].id);
}

TEST_CASE("enforcement: severe abuse suspends at once and the gate refuses", "[enforcement]") {
  Fixture f;
  Enforcement e(f.options());
  auto t = e.apply(f.decision("evil", Category::sexual_minors, Severity::low));
  REQUIRE(t.size() == 1);
  CHECK(t[0].to == Standing::suspended);
  CHECK_THAT(t[0].reason, Catch::Matchers::Contains("severe"));
  auto g = e.is_allowed("evil");
  CHECK_FALSE(g.allowed);
  CHECK(g.state == Standing::suspended);
  CHECK_THAT(g.reason, Catch::Matchers::Contains("suspended"));
  CHECK_THAT(g.reason, Catch::Matchers::Contains("appeal"));
  CHECK(e.is_allowed("someone-else").allowed);
  // Through the Monitor's hook.
  auto gate = e.customer_gate();
  CHECK(gate->admit(CheckContext{"evil", "u"}, Direction::prompt).has_value());
  CHECK_FALSE(gate->admit(CheckContext{"fine", "u"}, Direction::prompt).has_value());
  CHECK_FALSE(gate->admit(CheckContext{"", ""}, Direction::prompt).has_value());
  CHECK(of_kind(e.outbox(), NoticeKind::suspension).size() == 1);
  // More abuse while suspended is evidence only.
  CHECK(e.apply(f.decision("evil")).empty());
  CHECK(e.status("evil").confirmed_items == 2);
}

TEST_CASE("enforcement: another episode during remediation suspends", "[enforcement]") {
  Fixture f;
  Enforcement e(f.options());
  e.apply(f.decision("acme"));
  f.clock.advance_ms(2 * kHour);  // same episode (gap < 24 h): no new transition
  CHECK(e.apply(f.decision("acme")).empty());
  CHECK(e.status("acme").state == Standing::warned);
  f.clock.advance_ms(2 * kDay);  // a new episode
  auto t = e.apply(f.decision("acme"));
  REQUIRE(t.size() == 1);
  CHECK(t[0].from == Standing::warned);
  CHECK(t[0].to == Standing::suspended);
  CHECK_THAT(t[0].reason, Catch::Matchers::Contains("another episode"));
  CHECK(e.status("acme").suspensions == 1);
}

TEST_CASE("enforcement: remediation deadline", "[enforcement]") {
  Fixture f;
  Enforcement e(f.options());
  SECTION("passes while abuse continues: suspension") {
    e.apply(f.decision("acme"));
    f.clock.advance_ms(20 * kHour);
    e.apply(f.decision("acme"));  // the same episode goes on after the warning
    f.clock.advance_ms(10 * kHour);
    e.apply(f.decision("acme"));
    CHECK(e.tick().empty());  // not due yet
    f.clock.set_ms(kT0 + 7 * kDay);
    auto t = e.tick();
    REQUIRE(t.size() == 1);
    CHECK(t[0].to == Standing::suspended);
    CHECK_THAT(t[0].reason, Catch::Matchers::Contains("deadline"));
  }
  SECTION("passes without further abuse: back to good standing") {
    e.apply(f.decision("acme"));
    f.clock.set_ms(kT0 + 7 * kDay);
    auto t = e.tick();
    REQUIRE(t.size() == 1);
    CHECK(t[0].to == Standing::good_standing);
    CHECK(of_kind(e.outbox(), NoticeKind::warning_closed).size() == 1);
    CHECK(e.tick().empty());
    // Within the repeat window of the warning: straight to suspension.
    f.clock.advance_ms(10 * kDay);
    auto again = e.apply(f.decision("acme"));
    REQUIRE(again.size() == 1);
    CHECK(again[0].to == Standing::suspended);
    CHECK_THAT(again[0].reason, Catch::Matchers::Contains("repeat"));
  }
  SECTION("after the repeat window a new warning") {
    e.apply(f.decision("acme"));
    f.clock.set_ms(kT0 + 7 * kDay);
    e.tick();
    f.clock.set_ms(kT0 + 31 * kDay);
    auto t = e.apply(f.decision("acme"));
    REQUIRE(t.size() == 1);
    CHECK(t[0].to == Standing::warned);
  }
}

TEST_CASE("enforcement: repeated suspension terminates, reinstatement", "[enforcement]") {
  Fixture f;
  f.staff();
  Enforcement e(f.options());
  e.apply(f.decision("acme", Category::sexual_minors));
  CHECK(e.status("acme").state == Standing::suspended);
  CHECK_THROWS_AS(e.reinstate("", "acme", "x"), std::invalid_argument);
  auto r = e.reinstate("mia", "acme", "customer fixed their filter");
  CHECK(r.from == Standing::suspended);
  CHECK(r.to == Standing::good_standing);
  CHECK(r.actor == "mia");
  CHECK(e.is_allowed("acme").allowed);
  CHECK(of_kind(e.outbox(), NoticeKind::reinstatement).size() == 1);
  try {
    e.reinstate("mia", "acme", "again");
    FAIL("reinstated a customer in good standing");
  } catch (const error& err) {
    CHECK(err.code() == status::state);
  }
  f.clock.advance_ms(3 * kDay);  // on probation: abuse within the repeat window
  auto t = e.apply(f.decision("acme"));
  REQUIRE(t.size() == 1);
  CHECK(t[0].to == Standing::terminated);
  CHECK_THAT(t[0].reason, Catch::Matchers::Contains("termination"));
  CHECK_FALSE(e.is_allowed("acme").allowed);
  CHECK(e.is_allowed("acme").state == Standing::terminated);
  CHECK(of_kind(e.outbox(), NoticeKind::termination).size() == 1);
  try {
    e.reinstate("mia", "acme", "please");
    FAIL("reinstated a termination");
  } catch (const error& err) {
    CHECK(err.code() == status::state);
  }
  CHECK(e.history("acme").size() == 3);
}

TEST_CASE("enforcement: appeals", "[enforcement]") {
  Fixture f;
  f.staff();
  Enforcement e(f.options());
  CHECK_THROWS_AS(e.file_appeal("acme", "I did nothing"), error);  // good standing
  e.apply(f.decision("acme", Category::sexual_minors));
  auto id = e.file_appeal("acme", "That was a medical education prompt");
  try {
    e.file_appeal("acme", "again");
    FAIL("two open appeals");
  } catch (const error& err) {
    CHECK(err.code() == status::state);
  }
  CHECK(of_kind(e.outbox(), NoticeKind::appeal_received).size() == 1);
  SECTION("denied: nothing changes") {
    e.resolve_appeal("mia", id, false, "the content was clearly abusive");
    CHECK(e.status("acme").state == Standing::suspended);
    auto ap = e.appeals("acme");
    REQUIRE(ap.size() == 1);
    CHECK(ap[0].status == "denied");
    CHECK(ap[0].explanation == "That was a medical education prompt");
    auto decided = of_kind(e.outbox(), NoticeKind::appeal_decided);
    REQUIRE(decided.size() == 1);
    CHECK_THAT(decided[0].body, Catch::Matchers::Contains("clearly abusive"));
  }
  SECTION("granted: back to good standing, the suspension no longer counts") {
    e.resolve_appeal("mia", id, true, "reviewed again: medical context");
    auto st = e.status("acme");
    CHECK(st.state == Standing::good_standing);
    CHECK(st.suspensions == 0);
    CHECK(e.is_allowed("acme").allowed);
    auto h = e.history("acme");
    REQUIRE(h.size() == 2);
    CHECK(h[1].actor == "mia");
    CHECK_THAT(h[1].reason, Catch::Matchers::Contains("granted"));
    try {
      e.resolve_appeal("mia", id, true, "twice");
      FAIL("resolved twice");
    } catch (const error& err) {
      CHECK(err.code() == status::state);
    }
  }
  try {
    e.resolve_appeal("mia", 999, true, "x");
    FAIL("unknown appeal");
  } catch (const error& err) {
    CHECK(err.code() == status::not_found);
  }
}

TEST_CASE("enforcement: decisions apply once, sync keeps a durable cursor", "[enforcement]") {
  Fixture f;
  ReviewStoreOptions ro;
  ro.path = f.t.db();
  ro.clock = &f.clock;
  ReviewStore review(ro);
  review.add_principal({"alice", Role::reviewer, "eea", true});
  review.add_principal({"mia", Role::manager, "eea", true});
  GrantRequest gr;
  gr.reason = "case";
  review.approve_access("mia", review.request_access("alice", gr));
  ReviewSubmission s;
  s.content = "SECRET-FLAGGED-TEXT";
  s.customer = "acme";
  s.region = "eea";
  s.signal = "classifier";
  s.category = Category::harassment;
  s.confidence = 0.7;
  auto a = review.submit(s);
  auto b = review.submit(s);
  review.decide("alice", a, {DecisionKind::confirm, {}, {}, "yes"});
  review.decide("alice", b, {DecisionKind::dismiss, {}, {}, "no"});
  {
    Enforcement e(f.options());
    auto t = e.sync(review);
    REQUIRE(t.size() == 1);
    CHECK(t[0].to == Standing::warned);
    CHECK(e.sync(review).empty());
    // Applying the same decision again (a listener and sync both feeding) changes nothing.
    CHECK(e.apply(review.decisions_after(0)[0]).empty());
    CHECK(e.history().size() == 1);
    CHECK(e.outbox().size() == 1);
    for (const auto& n : e.outbox()) {
      CHECK(n.body.find("SECRET-FLAGGED-TEXT") == std::string::npos);
      CHECK(n.subject.find("SECRET-FLAGGED-TEXT") == std::string::npos);
    }
  }
  f.clock.advance_ms(3 * kDay);
  review.approve_access("mia", review.request_access("alice", gr));
  auto c = review.submit(s);
  review.decide("alice", c, {DecisionKind::correct, Category::hate, Severity::high, "slur"});
  Enforcement reopened(f.options());
  CHECK(reopened.status("acme").state == Standing::warned);
  auto t = reopened.sync(review);  // only the new decision
  REQUIRE(t.size() == 1);
  CHECK(t[0].to == Standing::suspended);
  CHECK_FALSE(reopened.is_allowed("acme").allowed);
}

TEST_CASE("enforcement: gate refresh sees another process's transitions", "[enforcement]") {
  Fixture f;
  EnforcementOptions manual = f.options();
  manual.gate_refresh_ms = -1;  // no refresher thread: the gate changes on refresh_gate() only
  Enforcement reader(manual);
  Enforcement writer(f.options());
  writer.apply(f.decision("acme", Category::sexual_minors));
  CHECK(reader.is_allowed("acme").allowed);  // cached until refreshed
  reader.refresh_gate();
  CHECK_FALSE(reader.is_allowed("acme").allowed);
  Enforcement fresh(f.options());  // loads the gate at open
  CHECK_FALSE(fresh.is_allowed("acme").allowed);
}

TEST_CASE("enforcement: delivery is at-least-once, retried with backoff", "[enforcement]") {
  Fixture f;
  f.staff();
  EnforcementOptions o = f.options();
  o.retry_base_ms = 60 * 1000;
  o.retry_max_ms = 4 * 60 * 1000;
  o.max_attempts = 4;
  Enforcement e(o);
  e.apply(f.decision("acme"));
  e.apply(f.decision("evil", Category::sexual_minors));
  REQUIRE(e.outbox(true).size() == 2);

  int calls = 0;
  std::set<std::string> keys;
  CallbackSink failing([&](const Notification& n) {
    ++calls;
    keys.insert(n.idempotency_key);
    throw std::runtime_error("smtp down");
  });
  auto r = e.deliver(failing);
  CHECK(r.failed == 2);
  CHECK(r.delivered == 0);
  CHECK(calls == 2);
  auto box = e.outbox(true);
  REQUIRE(box.size() == 2);
  CHECK(box[0].attempts == 1);
  CHECK(box[0].next_attempt_ms == kT0 + 60 * 1000);
  CHECK(box[0].last_error == "smtp down");
  // Not due yet: nothing is attempted.
  CHECK(e.deliver(failing).failed == 0);
  f.clock.advance_ms(60 * 1000);
  CHECK(e.deliver(failing).failed == 2);
  CHECK(e.outbox(true)[0].next_attempt_ms == f.clock.now_ms() + 120 * 1000);  // doubled

  std::vector<Notification> got;
  CallbackSink ok([&](const Notification& n) { got.push_back(n); });
  f.clock.advance_ms(120 * 1000);
  r = e.deliver(ok);
  CHECK(r.delivered == 2);
  REQUIRE(got.size() == 2);
  CHECK(keys.count(got[0].idempotency_key) == 1);  // the same key across attempts
  CHECK(keys.count(got[1].idempotency_key) == 1);
  CHECK(e.outbox(true).empty());
  CHECK(e.deliver(ok).delivered == 0);  // delivered once
  auto all = e.outbox();
  CHECK(all[0].delivered_ms == f.clock.now_ms());
  CHECK(all[0].attempts == 3);

  // A notification that never gets through dies after max_attempts.
  e.reinstate("mia", "evil", "fixed");
  for (int i = 0; i < 6; ++i) {
    e.deliver(failing);
    f.clock.advance_ms(10 * 60 * 1000);
  }
  auto dead = e.outbox();
  CHECK(dead.back().dead);
  CHECK(dead.back().attempts == 4);
}

TEST_CASE("enforcement: JSON Lines outbox sink", "[enforcement]") {
  Fixture f;
  f.staff();
  Enforcement e(f.options());
  e.apply(f.decision("acme"));
  e.apply(f.decision("evil", Category::sexual_minors));
  const std::string path = (f.t.dir / "outbox.jsonl").string();
  JsonlOutboxSink sink(path);
  CHECK(e.deliver(sink).delivered == 2);
  std::ifstream in(path);
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line)) lines.push_back(line);
  REQUIRE(lines.size() == 2);
  CHECK_THAT(lines[0], Catch::Matchers::Contains("\"kind\":\"warning\""));
  CHECK_THAT(lines[0], Catch::Matchers::Contains("\"idempotency_key\":"));
  CHECK_THAT(lines[1], Catch::Matchers::Contains("\"kind\":\"suspension\""));
  JsonlOutboxSink bad((f.t.dir / "no" / "such" / "dir.jsonl").string());
  e.reinstate("mia", "evil", "ok");
  auto r = e.deliver(bad);
  CHECK(r.failed == 1);
  CHECK_THAT(e.outbox(true)[0].last_error, Catch::Matchers::Contains("cannot open outbox"));
}

TEST_CASE("enforcement: policy JSON", "[enforcement]") {
  auto p = EnforcementPolicy::from_json(R"({
    "min_severity": "medium",
    "immediate_suspension": [{"category": "violence", "min_severity": "high"}],
    "remediation_days": 2, "repeat_window_days": 10, "episode_gap_hours": 6,
    "terminate_after_suspensions": 3, "support_contact": "help@x.example",
    "templates": {"warning": {"subject": "Warning {{customer}}", "body": "Fix by {{deadline}}"}}
  })");
  CHECK(p.min_severity == Severity::medium);
  REQUIRE(p.immediate_suspension.size() == 1);
  CHECK(p.immediate_suspension[0].category == Category::violence);
  CHECK(p.remediation_ms == 2 * kDay);
  CHECK(p.episode_gap_ms == 6 * kHour);
  CHECK(p.terminate_after_suspensions == 3);
  auto round = EnforcementPolicy::from_json(p.to_json());
  CHECK(round.repeat_window_ms == 10 * kDay);

  for (const char* bad :
       {"[]", "{\"nope\": 1}", "{\"min_severity\": \"huge\"}", "{\"remediation_days\": -1}",
        "{\"terminate_after_suspensions\": 0}", "{\"remediation_days\": 1e300}",
        "{\"terminate_after_suspensions\": -2}", "{\"terminate_after_suspensions\": 4294967297}",
        "{\"terminate_after_suspensions\": 2.5}",
        // Positive but under a millisecond: would parse and then be refused by Enforcement.
        "{\"remediation_days\": 1e-12}", "{\"episode_gap_hours\": 1e-12}",
        R"({"templates": {"warning": {"subject": "x {{content}}", "body": ""}}})",
        R"({"templates": {"bogus": {"subject": "x", "body": ""}}})",
        R"({"immediate_suspension": [{"category": "nope"}]})"}) {
    try {
      EnforcementPolicy::from_json(bad);
      FAIL("accepted " << bad);
    } catch (const error& err) {
      CHECK(err.code() == status::format);
    }
  }

  Fixture f;
  Enforcement e(f.options(p));
  // Below min_severity: recorded, no transition. Sexual/minors is not severe under this policy.
  CHECK(e.apply(f.decision("acme", Category::hate, Severity::low)).empty());
  CHECK(e.status("acme").state == Standing::good_standing);
  auto t = e.apply(f.decision("acme", Category::violence, Severity::high));
  REQUIRE(t.size() == 1);
  CHECK(t[0].to == Standing::suspended);
  e.apply(f.decision("b", Category::harassment, Severity::medium));
  auto warn = of_kind(e.outbox(), NoticeKind::warning);
  REQUIRE(warn.size() == 1);
  CHECK(warn[0].subject == "Warning b");
  CHECK(warn[0].body == "Fix by 2025-11-26T16:00:00Z");
  CHECK(warn[0].recipient == "b");  // default_recipient "{{customer}}"
}

namespace {
// Counts scoring calls, to prove the gate refuses without running the model.
class CountingScorer final : public Scorer {
 public:
  mutable std::atomic<int> calls{0};
  const std::vector<std::string>& output_names() const override { return names_; }
  void score(std::span<const std::string_view> texts, std::span<float> out) const override {
    calls += static_cast<int>(texts.size());
    std::fill(out.begin(), out.end(), 0.0f);
  }
  std::string model_id() const override { return "counting"; }
  std::string model_version() const override { return "1"; }

 private:
  std::vector<std::string> names_{"hate",     "harassment", "sexual",   "sexual_minors",
                                  "violence", "self_harm",  "jailbreak"};
};
}  // namespace

TEST_CASE("enforcement: the Monitor refuses suspended customers without scoring", "[enforcement]") {
  Fixture f;
  f.staff();
  Enforcement e(f.options());
  auto scorer = std::make_shared<CountingScorer>();
  MonitorOptions mo;
  mo.gate = e.customer_gate();
  Monitor m(scorer, Policy(), mo);
  auto ok = m.check_prompt("hello", CheckContext{"acme", "u1"});
  CHECK_FALSE(ok.refusal.has_value());
  CHECK(scorer->calls == 1);
  e.apply(f.decision("acme", Category::sexual_minors));
  auto refused = m.check_prompt("hello", CheckContext{"acme", "u1"});
  REQUIRE(refused.refusal.has_value());
  CHECK_THAT(*refused.refusal, Catch::Matchers::Contains("suspended"));
  CHECK(refused.action == Action::block);
  CHECK(scorer->calls == 1);  // the model did not run
  e.reinstate("mia", "acme", "fixed");
  CHECK_FALSE(m.check_prompt("hello", CheckContext{"acme", "u1"}).refusal.has_value());
  CHECK(scorer->calls == 2);
}

TEST_CASE("enforcement: a gate attached after construction (Monitor::set_gate)", "[enforcement]") {
  Fixture f;
  auto scorer = std::make_shared<CountingScorer>();
  Monitor m(scorer);
  CHECK_FALSE(m.gate());
  auto gate = std::shared_ptr<const CustomerGate>();
  {
    Enforcement e(f.options());
    e.apply(f.decision("evil", Category::sexual_minors));
    CHECK_FALSE(m.check_prompt("hi", CheckContext{"evil", ""}).refusal);  // no gate yet
    CHECK(scorer->calls == 1);
    m.set_gate(e.customer_gate());
    CHECK(m.gate());
    auto v = m.check_prompt("hi", CheckContext{"evil", ""});
    REQUIRE(v.refusal);
    CHECK_THAT(*v.refusal, Catch::Matchers::Contains("suspended"));
    CHECK(scorer->calls == 1);
    CHECK_FALSE(m.check_prompt("hi", CheckContext{"fine", ""}).refusal);
    CHECK(scorer->calls == 2);
  }
  // The enforcement object is gone: the gate stays, frozen at its last state.
  CHECK(m.check_prompt("hi", CheckContext{"evil", ""}).refusal);
  CHECK(scorer->calls == 2);
  m.set_gate(nullptr);
  CHECK_FALSE(m.check_prompt("hi", CheckContext{"evil", ""}).refusal);
  CHECK(scorer->calls == 3);
}

namespace {
std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Sink that fails after handing the message to a Maildir: the crash window between a delivery
// and the outbox update.
class CrashAfterMaildir final : public NotificationSink {
 public:
  explicit CrashAfterMaildir(MaildirOutboxSink& inner) : inner_(inner) {}
  void deliver(const Notification& n) override {
    inner_.deliver(n);
    throw std::runtime_error("crashed before the outbox was updated");
  }

 private:
  MaildirOutboxSink& inner_;
};
}  // namespace

TEST_CASE("enforcement: Maildir outbox sink writes RFC 5322 messages via tmp/ into new/",
          "[enforcement]") {
  Fixture f;
  f.staff();
  EnforcementOptions o = f.options();
  o.retry_base_ms = 1000;
  Enforcement e(o);
  e.set_contact("acme", "abuse@acme.example");
  e.apply(f.decision("acme"));
  e.apply(f.decision("evil", Category::sexual_minors));
  const fs::path md = f.t.dir / "mail";
  MaildirOutboxSink sink(md.string(), "trust@provider.example");
  CHECK(e.deliver(sink).delivered == 2);
  CHECK(files_in(md / "tmp").empty());
  CHECK(files_in(md / "cur").empty());
  const auto msgs = files_in(md / "new");
  REQUIRE(msgs.size() == 2);
  CHECK(msgs[0].filename() != msgs[1].filename());
  std::vector<std::string> texts{slurp(msgs[0]), slurp(msgs[1])};
  std::sort(texts.begin(), texts.end(), [](const std::string& a, const std::string& b) {
    return a.find("To: abuse@acme.example") != std::string::npos &&
           b.find("To: abuse@acme.example") == std::string::npos;
  });
  const std::string& warn = texts[0];
  const auto outbox = e.outbox();
  const Notification nw = of_kind(outbox, NoticeKind::warning).at(0);
  CHECK(warn.rfind("From: trust@provider.example\n", 0) == 0);
  CHECK_THAT(warn, Catch::Matchers::Contains("\nTo: abuse@acme.example\n"));
  CHECK_THAT(warn, Catch::Matchers::Contains("\nSubject: " + nw.subject + "\n"));
  CHECK_THAT(warn, Catch::Matchers::Contains("\nDate: Mon, 24 Nov 2025 "));
  CHECK_THAT(warn, Catch::Matchers::Contains("\nMessage-ID: <" + nw.idempotency_key +
                                             "@provider.example>\n"));
  CHECK_THAT(warn, Catch::Matchers::Contains("\nX-Abusemon-Idempotency-Key: " + nw.idempotency_key +
                                             "\n"));
  CHECK_THAT(warn, Catch::Matchers::Contains("\nX-Abusemon-Kind: warning\n"));
  CHECK_THAT(warn, Catch::Matchers::Contains("\nContent-Type: text/plain; charset=utf-8\n"));
  // Headers, one empty line, then the body.
  const auto blank = warn.find("\n\n");
  REQUIRE(blank != std::string::npos);
  CHECK(warn.substr(blank + 2) == nw.body + (nw.body.back() == '\n' ? "" : "\n"));
  CHECK(warn.substr(0, blank).find('\r') == std::string::npos);

  // At-least-once: a crash after the message reached the Maildir re-delivers it later under a
  // new file name with the same Message-ID, so the receiver can deduplicate.
  e.reinstate("mia", "evil", "remediated");
  CrashAfterMaildir crashing(sink);
  const auto r = e.deliver(crashing);
  CHECK(r.failed == 1);
  f.clock.advance_ms(2000);
  CHECK(e.deliver(sink).delivered == 1);
  const auto all = files_in(md / "new");
  REQUIRE(all.size() == 4);
  const Notification nr = of_kind(e.outbox(), NoticeKind::reinstatement).at(0);
  int with_id = 0;
  for (const auto& p : all) {
    if (slurp(p).find("Message-ID: <" + nr.idempotency_key + "@") != std::string::npos) ++with_id;
  }
  CHECK(with_id == 2);
  CHECK(e.outbox(true).empty());

  // A Maildir that cannot be created: a failed delivery, retried later.
  std::ofstream(f.t.dir / "file") << "x";
  MaildirOutboxSink broken((f.t.dir / "file" / "mail").string());
  e.apply(f.decision("other"));
  const auto rb = e.deliver(broken);
  CHECK(rb.failed == 1);
  CHECK_THAT(e.outbox(true).at(0).last_error, Catch::Matchers::Contains("maildir"));
}

TEST_CASE("enforcement: Maildir messages cannot be forged through header fields", "[enforcement]") {
  MaildirOutboxSink sink("/nonexistent-unused", "a@b.example");
  Notification n;
  n.idempotency_key = "k<1>\r\n";
  n.recipient = "victim@example.com\r\nBcc: everyone@example.com";
  n.subject = "Warnung: Überprüfung\nX-Injected: yes";
  n.customer = "acme";
  n.body = "line one\r\nline two\rline three";
  n.created_ms = kT0;
  const std::string m = sink.message(n);
  CHECK(m.find("\nBcc:") == std::string::npos);
  CHECK(m.find("\nX-Injected:") == std::string::npos);
  CHECK_THAT(m, Catch::Matchers::Contains("\nSubject: =?UTF-8?B?"));
  CHECK_THAT(m, Catch::Matchers::Contains("\nMessage-ID: <k_1___@b.example>\n"));
  CHECK_THAT(m, Catch::Matchers::EndsWith("\n\nline one\nline two\nline three\n"));
  CHECK_THROWS_AS(MaildirOutboxSink("", "a@b"), std::invalid_argument);
  CHECK_THROWS_AS(MaildirOutboxSink("d", "not an address"), std::invalid_argument);
  CHECK_THROWS_AS(MaildirOutboxSink("d", "x@y\r\nBcc: z@w"), std::invalid_argument);
}

// ----- end users -----

namespace {

DecisionRecord user_decision(Fixture& f, const std::string& customer, const std::string& user,
                             Category c = Category::violence, Severity s = Severity::high) {
  return f.decision(customer, c, s, DecisionKind::confirm, user);
}

}  // namespace

TEST_CASE("enforcement: one abusive end user is blocked, the customer stays in good standing",
          "[enforcement][users]") {
  Fixture f;
  ReviewStoreOptions ro;
  ro.path = f.t.db();
  ro.clock = &f.clock;
  ReviewStore store(ro);  // the audit chain lives in the review store's file
  Enforcement e(f.options());
  e.set_contact("bigcorp", "abuse@bigcorp.example");
  auto t = e.apply(user_decision(f, "bigcorp", "u-bad"));
  REQUIRE(t.size() == 1);
  CHECK(t[0].user == "u-bad");
  CHECK(t[0].from == Standing::good_standing);
  CHECK(t[0].to == Standing::blocked);
  CHECK(e.status("bigcorp").state == Standing::good_standing);
  // The gate: that end user refused with a reason, the rest of the customer served.
  auto g = e.is_allowed("bigcorp", "u-bad");
  CHECK_FALSE(g.allowed);
  CHECK(g.state == Standing::blocked);
  CHECK_THAT(g.reason, Catch::Matchers::Contains("end user 'u-bad'"));
  CHECK_THAT(g.reason, Catch::Matchers::Contains("2025-12-08T"));  // blocked for 14 days
  CHECK(e.is_allowed("bigcorp", "u-good").allowed);
  CHECK(e.is_allowed("bigcorp").allowed);
  CHECK(e.is_allowed("other", "u-bad").allowed);
  auto gate = e.customer_gate();
  CHECK(gate->admit(CheckContext{"bigcorp", "u-bad"}, Direction::prompt).has_value());
  CHECK_FALSE(gate->admit(CheckContext{"bigcorp", "u-good"}, Direction::prompt).has_value());
  // The notice names the end user, states the evidence and what to do.
  auto box = e.outbox();
  REQUIRE(box.size() == 1);
  CHECK(box[0].kind == NoticeKind::user_notice);
  CHECK(box[0].user == "u-bad");
  CHECK(box[0].recipient == "abuse@bigcorp.example");
  CHECK_THAT(box[0].subject, Catch::Matchers::Contains("u-bad"));
  CHECK_THAT(box[0].body, Catch::Matchers::Contains("violence: 1"));
  CHECK_THAT(box[0].body, Catch::Matchers::Contains("block this end user"));
  CHECK_THAT(box[0].body, Catch::Matchers::Contains("good standing"));
  // History and the audit chain.
  auto h = e.history("bigcorp");
  REQUIRE(h.size() == 1);
  CHECK(h[0].user == "u-bad");
  CHECK_THAT(to_json_string(h[0]), Catch::Matchers::Contains(R"("user":"u-bad")"));
  auto audit = store.audit_records(0, 100);
  REQUIRE(audit.size() == 2);
  CHECK(audit[0].action == "contact");
  CHECK(audit[1].action == "enforce_user");
  CHECK_THAT(audit[1].detail, Catch::Matchers::Contains("u-bad"));
  CHECK(store.verify_audit().ok);
  auto us = e.user_status("bigcorp", "u-bad");
  CHECK(us.state == Standing::blocked);
  CHECK(us.notices == 1);
  CHECK(us.blocked_until_ms == kT0 + 14 * kDay);
  CHECK(e.users("bigcorp").size() == 1);
  // Items of the same episode (occurred before the notice) are evidence only.
  auto late = user_decision(f, "bigcorp", "u-bad");
  late.occurred_ms = kT0 - kHour;
  f.clock.advance_ms(kHour);
  CHECK(e.apply(late).empty());
  CHECK(e.user_status("bigcorp", "u-bad").confirmed_items == 2);
  // The block ends by itself; the transition and its notice are recorded.
  f.clock.advance_ms(14 * kDay);
  auto ended = e.tick();
  REQUIRE(ended.size() == 1);
  CHECK(ended[0].user == "u-bad");
  CHECK(ended[0].to == Standing::good_standing);
  CHECK(e.is_allowed("bigcorp", "u-bad").allowed);
  CHECK(of_kind(e.outbox(), NoticeKind::user_unblocked).size() == 1);
  // The evidence-only decision and the end of the block are on the chain too.
  audit = store.audit_records(0, 100);
  REQUIRE(audit.size() == 4);
  CHECK(audit[2].action == "enforce_evidence");
  CHECK(audit[3].action == "enforce_user");
  CHECK(store.verify_audit().ok);
  CHECK(e.status("bigcorp").state == Standing::good_standing);
}

TEST_CASE("enforcement: the same end user abusing after its notice escalates to the customer",
          "[enforcement][users]") {
  Fixture f;
  f.staff();
  Enforcement e(f.options());
  e.apply(user_decision(f, "acme", "u1"));
  // The customer says it acted and lifts the block early...
  auto un = e.unblock_user("acme-admin", "acme", "u1", "user educated");
  CHECK(un.to == Standing::good_standing);
  CHECK(un.actor == "acme-admin");
  CHECK_THROWS_AS(e.unblock_user("acme-admin", "acme", "u1", "again"), error);
  CHECK_THROWS_AS(e.unblock_user("", "acme", "u1", "x"), std::invalid_argument);
  // ...but the end user goes on: the customer did not act, so the customer is warned.
  f.clock.advance_ms(3 * kDay);
  auto t = e.apply(user_decision(f, "acme", "u1"));
  REQUIRE(t.size() == 2);
  CHECK(t[0].user == "u1");
  CHECK(t[0].to == Standing::blocked);
  CHECK(t[1].user.empty());
  CHECK(t[1].to == Standing::warned);
  CHECK_THAT(t[1].reason, Catch::Matchers::Contains("end user 'u1' abused again after the notice"));
  CHECK(e.status("acme").state == Standing::warned);
  CHECK(of_kind(e.outbox(), NoticeKind::warning).size() == 1);
  CHECK(of_kind(e.outbox(), NoticeKind::user_notice).size() == 2);
  // Outside the repeat window a new offence is a new first notice, not an escalation.
  Fixture g;
  Enforcement e2(g.options());
  e2.apply(user_decision(g, "late", "u1"));
  g.clock.advance_ms(45 * kDay);
  e2.tick();
  auto t2 = e2.apply(user_decision(g, "late", "u1"));
  REQUIRE(t2.size() == 1);
  CHECK(t2[0].user == "u1");
  CHECK(e2.status("late").state == Standing::good_standing);
}

TEST_CASE("enforcement: many abusive end users escalate the customer", "[enforcement][users]") {
  Fixture f;
  Enforcement e(f.options());
  CHECK(e.apply(user_decision(f, "crowd", "a")).size() == 1);
  f.clock.advance_ms(2 * kDay);
  CHECK(e.apply(user_decision(f, "crowd", "b")).size() == 1);
  CHECK(e.status("crowd").state == Standing::good_standing);
  f.clock.advance_ms(2 * kDay);
  auto t = e.apply(user_decision(f, "crowd", "c"));
  REQUIRE(t.size() == 2);
  CHECK(t[1].to == Standing::warned);
  CHECK_THAT(t[1].reason, Catch::Matchers::Contains("3 distinct end users"));
  CHECK_THAT(t[1].reason, Catch::Matchers::Contains("'a', 'b', 'c'"));
  // A fourth during remediation is another episode: suspended, everyone refused.
  f.clock.advance_ms(2 * kDay);
  t = e.apply(user_decision(f, "crowd", "d"));
  REQUIRE(t.size() == 2);
  CHECK(t[1].to == Standing::suspended);
  CHECK_FALSE(e.is_allowed("crowd", "z").allowed);
  CHECK(e.is_allowed("crowd", "z").state == Standing::suspended);
}

TEST_CASE(
    "enforcement: findings without a user id, severe ones and user_scope off act on the "
    "customer",
    "[enforcement][users]") {
  Fixture f;
  f.staff();
  Enforcement e(f.options());
  auto t = e.apply(f.decision("anon"));
  REQUIRE(t.size() == 1);
  CHECK(t[0].user.empty());
  CHECK(t[0].to == Standing::warned);
  // Severe abuse suspends the customer whoever sent it; the end user is blocked too, so that it
  // stays blocked after a reinstatement.
  t = e.apply(
      f.decision("kids", Category::sexual_minors, Severity::high, DecisionKind::confirm, "u9"));
  REQUIRE(t.size() == 2);
  CHECK(t[0].user == "u9");
  CHECK(t[0].to == Standing::blocked);
  CHECK(t[1].user.empty());
  CHECK(t[1].to == Standing::suspended);
  e.reinstate("mia", "kids", "filter added");
  CHECK_FALSE(e.is_allowed("kids", "u9").allowed);
  CHECK(e.is_allowed("kids", "u1").allowed);
  Fixture g;
  auto p = EnforcementPolicy::from_json(R"({"user_scope": false})");
  Enforcement off(g.options(p));
  t = off.apply(user_decision(g, "acme", "u1"));
  REQUIRE(t.size() == 1);
  CHECK(t[0].to == Standing::warned);
  CHECK(off.users().empty());
}

TEST_CASE("enforcement: end-user policy keys", "[enforcement][users]") {
  auto d = EnforcementPolicy{};
  CHECK(d.user_scope);
  CHECK(d.user_block_ms == 14 * kDay);
  CHECK(d.user_repeat_window_ms == 30 * kDay);
  CHECK(d.escalate_after_users == 3);
  auto p = EnforcementPolicy::from_json(
      R"({"user_block_days": 2, "user_repeat_window_days": 60, "escalate_after_users": 5,)"
      R"( "escalate_users_window_days": 10})");
  CHECK(p.user_block_ms == 2 * kDay);
  CHECK(p.user_repeat_window_ms == 60 * kDay);
  CHECK(p.escalate_after_users == 5);
  CHECK(p.escalate_users_window_ms == 10 * kDay);
  auto back = EnforcementPolicy::from_json(p.to_json());
  CHECK(back.escalate_after_users == 5);
  CHECK(back.user_block_ms == 2 * kDay);
  for (const char* bad :
       {R"({"user_scope": 1})", R"({"user_block_days": 0})", R"({"escalate_after_users": 0})",
        R"({"escalate_after_users": 1.5})", R"({"user_repeat_window_days": "x"})",
        R"({"templates": {"user_notice": {"subject": "{{nope}}", "body": ""}}})"}) {
    INFO(bad);
    CHECK_THROWS_AS(EnforcementPolicy::from_json(bad), error);
  }
  auto t = EnforcementPolicy::from_json(
      R"({"templates": {"user_notice": {"subject": "{{user}} of {{customer}}", "body": "until {{blocked_until}}"}}})");
  Fixture f;
  Enforcement e(f.options(t));
  e.apply(user_decision(f, "acme", "u1"));
  REQUIRE(e.outbox().size() == 1);
  CHECK(e.outbox()[0].subject == "u1 of acme");
  CHECK(e.outbox()[0].body == "until 2025-12-08T16:00:00Z");
}

TEST_CASE("enforcement: the Monitor refuses a blocked end user without scoring, serves the rest",
          "[enforcement][users]") {
  Fixture f;
  Enforcement e(f.options());
  auto scorer = std::make_shared<CountingScorer>();
  MonitorOptions mo;
  mo.gate = e.customer_gate();
  Monitor m(scorer, Policy(), mo);
  e.apply(user_decision(f, "bigcorp", "u-bad"));
  auto refused = m.check_prompt("hello", CheckContext{"bigcorp", "u-bad"});
  REQUIRE(refused.refusal.has_value());
  CHECK_THAT(*refused.refusal, Catch::Matchers::Contains("blocked"));
  CHECK(refused.action == Action::block);
  CHECK(scorer->calls == 0);
  CHECK_FALSE(m.check_prompt("hello", CheckContext{"bigcorp", "u-ok"}).refusal.has_value());
  CHECK(scorer->calls == 1);
  // Another process sees the block after refresh_gate().
  Enforcement other(f.options());
  CHECK_FALSE(other.is_allowed("bigcorp", "u-bad").allowed);
}

TEST_CASE("enforcement: an encrypted store needs its key to extend the audit chain",
          "[enforcement][users]") {
  Fixture f;
  const std::string key(32, 'k');
  ReviewStoreOptions ro;
  ro.path = f.t.db();
  ro.clock = &f.clock;
  ro.key = key;
  ReviewStore store(ro);
  CHECK_THROWS_AS(Enforcement(f.options()), error);
  auto o = f.options();
  o.key = key;
  Enforcement e(o);
  e.apply(user_decision(f, "acme", "u1"));
  CHECK(store.audit_records(0, 10).size() == 1);
  CHECK(store.verify_audit().ok);
}

// ------------------------------------------------------------------------------------------------
// Several replicas on one store (two handles = two connections, as two hosts would have).

TEST_CASE("enforcement: a replica never delivers a notification another one is delivering",
          "[enforcement][replicas]") {
  Fixture f;
  f.staff();
  Enforcement a(f.options());
  Enforcement b(f.options());
  a.apply(f.decision("acme"));
  a.apply(f.decision("evil", Category::sexual_minors));
  REQUIRE(a.outbox(true).size() == 2);
  std::vector<std::int64_t> by_a, by_b;
  CallbackSink sink_b([&](const Notification& n) { by_b.push_back(n.id); });
  // While a is delivering (its sink runs outside any lock), b tries too: both rows are a's.
  CallbackSink sink_a([&](const Notification& n) {
    by_a.push_back(n.id);
    CHECK(b.deliver(sink_b).delivered == 0);
  });
  CHECK(a.deliver(sink_a).delivered == 2);
  CHECK(by_a.size() == 2);
  CHECK(by_b.empty());
  CHECK(b.outbox(true).empty());
  // A failed attempt releases the claim: the retry may be any replica's.
  a.reinstate("mia", "evil", "fixed");
  CallbackSink failing([](const Notification&) { throw std::runtime_error("smtp down"); });
  CHECK(a.deliver(failing).failed == 1);
  f.clock.advance_ms(60 * 1000);
  CHECK(b.deliver(sink_b).delivered == 1);
  CHECK(by_b.size() == 1);
}

TEST_CASE("enforcement: a claim lapses after outbox_claim_ms (its replica died mid-delivery)",
          "[enforcement][replicas]") {
  Fixture f;
  EnforcementOptions o = f.options();
  o.outbox_claim_ms = 10 * 1000;
  Enforcement a(o);
  Enforcement b(o);
  a.apply(f.decision("acme"));
  REQUIRE(a.outbox(true).size() == 1);
  std::size_t by_b = 0;
  CallbackSink sink_b([&](const Notification&) { ++by_b; });
  // a hangs in its sink: within the claim b leaves the row alone, after it b delivers it.
  CallbackSink stuck([&](const Notification&) {
    f.clock.advance_ms(10 * 1000 - 1);
    CHECK(b.deliver(sink_b).delivered == 0);
    f.clock.advance_ms(1);
    CHECK(b.deliver(sink_b).delivered == 1);
  });
  CHECK(a.deliver(stuck).delivered == 1);  // at least once: both report it delivered
  CHECK(by_b == 1);
  o.outbox_claim_ms = 0;
  CHECK_THROWS_AS(Enforcement(o), std::invalid_argument);
}

TEST_CASE("enforcement: replicas opening a new store at the same moment all succeed",
          "[enforcement][replicas][concurrency]") {
  // SQLite answers SQLITE_BUSY at once (without its busy handler) to a connection switching a new
  // file to WAL while another one is busy with it: opening retries within the busy timeout. Each
  // round is a fresh store, opened by three replicas (review store, then enforcement) at once;
  // the race is narrow, hence many rounds.
  const int rounds = test::postgres_backend() ? 10 : 300;
  for (int r = 0; r < rounds; ++r) {
    TempDir t;
    ManualClock clock(0);
    std::atomic<bool> go{false};
    std::mutex mu;
    std::vector<std::string> errors;
    std::vector<std::thread> replicas;
    for (int i = 0; i < 3; ++i) {
      replicas.emplace_back([&] {
        while (!go) {
        }
        try {
          ReviewStoreOptions ro;
          ro.path = t.db();
          ro.clock = &clock;
          ReviewStore review(ro);
          EnforcementOptions eo;
          eo.path = t.db();
          eo.clock = &clock;
          Enforcement enf(eo);
          // and writes at once, while the others may still be opening
          if (!review.principal("mia")) {
            try {
              review.add_principal({"mia", Role::manager, "eea", true});
            } catch (const error& e) {
              if (e.code() != status::state) throw;  // another replica added it first
            }
          }
        } catch (const std::exception& e) {
          std::lock_guard<std::mutex> g(mu);
          errors.emplace_back(e.what());
        }
      });
    }
    go = true;
    for (auto& th : replicas) th.join();
    INFO("round " << r << ": " << (errors.empty() ? std::string() : errors.front()));
    REQUIRE(errors.empty());
  }
}

TEST_CASE("enforcement: replicas delivering concurrently deliver each notification once",
          "[enforcement][replicas][concurrency]") {
  Fixture f;
  constexpr int kReplicas = 3;
  std::vector<std::unique_ptr<Enforcement>> rs;
  for (int i = 0; i < kReplicas; ++i) rs.push_back(std::make_unique<Enforcement>(f.options()));
  for (int c = 0; c < 12; ++c) rs[0]->apply(f.decision("cust-" + std::to_string(c)));
  const std::size_t queued = rs[0]->outbox(true).size();
  REQUIRE(queued == 12);
  std::mutex mu;
  std::map<std::int64_t, int> times;
  std::vector<std::thread> threads;
  for (int i = 0; i < kReplicas; ++i) {
    threads.emplace_back([&, i] {
      CallbackSink sink([&](const Notification& n) {
        std::lock_guard<std::mutex> g(mu);
        ++times[n.id];
      });
      for (int k = 0; k < 4; ++k) rs[static_cast<std::size_t>(i)]->deliver(sink, 2);
    });
  }
  for (auto& t : threads) t.join();
  CallbackSink rest([&](const Notification& n) { ++times[n.id]; });
  while (rs[0]->deliver(rest).delivered > 0) {
  }
  CHECK(times.size() == queued);
  for (const auto& [id, n] : times) CHECK(n == 1);
}

TEST_CASE(
    "enforcement: a suspension reaches another replica's gate by itself (NOTIFY on PostgreSQL, "
    "the change counter on SQLite)",
    "[enforcement][replicas][concurrency]") {
  Fixture f;
  f.staff();
  Enforcement writer(f.options());
  Enforcement replica(f.options());
  REQUIRE(replica.is_allowed("acme").allowed);
  writer.apply(f.decision("acme", Category::sexual_minors));
  REQUIRE_FALSE(writer.is_allowed("acme").allowed);
  // Eventually, within a generous bound (NOTIFY normally takes milliseconds, the SQLite check
  // runs every 250 ms, the PostgreSQL fallback poll every 5 s): no timing is asserted beyond
  // that. Nobody calls refresh_gate().
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (replica.is_allowed("acme").allowed && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK_FALSE(replica.is_allowed("acme").allowed);
  writer.reinstate("mia", "acme", "fixed");
  const auto again = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!replica.is_allowed("acme").allowed && std::chrono::steady_clock::now() < again) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(replica.is_allowed("acme").allowed);
}

// ------------------------------------------------------------------------------------------------
// Schema: review and enforcement each register their own migrations with the storage layer.

namespace {

namespace sql = detail::sql;

// Steps `upto` of the single sequence earlier releases applied (1 review, 2 enforcement,
// 3 review, 4 enforcement, 5 enforcement), recorded as they recorded them in schema_migrations.
void make_single_sequence_store(const std::string& location, int upto) {
  auto db = sql::open(location, 5000);
  const bool pg = db->dialect() == sql::Dialect::postgres;
  db->exec(pg ? "CREATE TABLE schema_migrations(version BIGINT PRIMARY KEY, description TEXT NOT "
                "NULL, applied_ms BIGINT NOT NULL)"
              : "CREATE TABLE schema_migrations(version INTEGER PRIMARY KEY, description TEXT NOT "
                "NULL, applied_ms INTEGER NOT NULL)");
  const sql::SchemaComponent& r = detail::review_schema();
  const sql::SchemaComponent& e = detail::enforcement_schema();
  const sql::Migration* steps[] = {&r.migrations[0], &e.migrations[0], &r.migrations[1],
                                   &e.migrations[1], &e.migrations[2]};
  for (int v = 1; v <= upto; ++v) {
    const sql::Migration& m = *steps[v - 1];
    db->exec(pg ? sql::postgres_ddl(m.sql).c_str() : m.sql);
    sql::Stmt rec(*db, "INSERT INTO schema_migrations VALUES(?, ?, 0)");
    rec.bind(1, v).bind_text(2, m.description).run();
  }
  // What the review store and enforcement had written: the store's meta, a manager, an item,
  // a warned customer.
  sql::Stmt meta(*db, "INSERT INTO meta(key, value) VALUES(?, ?)");
  for (const auto& [k, v] : {std::pair<const char*, const char*>{"store_id", "0123abcd"},
                             {"encrypted", "0"},
                             {"max_grant_ms", "3600000"}}) {
    meta.bind_text(1, k).bind_blob(2, v).run();
    meta.reset();
  }
  db->exec(
      "INSERT INTO principals(id, role, region, active, created_ms) VALUES('mia', 1, 'eea', 1, 5);"
      "INSERT INTO review_items(customer, \"user\", region, queue, signal, category, severity, "
      "confidence, status, created_ms, updated_ms) VALUES('acme', 'u1', 'eea', 'default', "
      "'classifier', 1, 2, 0.9, 0, 7, 7);"
      "INSERT INTO enforcement_customers(customer, state, since_ms, reason) "
      "VALUES('acme', 1, 9, 'old warning')");
}

std::map<std::string, std::int64_t> component_versions(const std::string& location) {
  auto db = sql::open(location, 5000);
  std::map<std::string, std::int64_t> out;
  sql::Stmt s(*db, "SELECT component, version FROM schema_versions");
  while (s.step()) out[s.text(0)] = s.i64(1);
  return out;
}

std::int64_t count(const std::string& location, const std::string& query) {
  auto db = sql::open(location, 5000);
  sql::Stmt s(*db, query);
  REQUIRE(s.step());
  return s.i64(0);
}

}  // namespace

TEST_CASE("schema: each component versions its own migrations", "[enforcement][schema]") {
  Fixture f;
  const auto review_known = static_cast<std::int64_t>(detail::review_schema().count);
  const auto enforcement_known = static_cast<std::int64_t>(detail::enforcement_schema().count);
  f.staff();  // the review store alone: review's tables only
  CHECK(component_versions(f.t.db()) ==
        std::map<std::string, std::int64_t>{{"review", review_known}});
  {
    ReviewStoreOptions ro;
    ro.path = f.t.db();
    ro.clock = &f.clock;
    CHECK(ReviewStore(ro).verify_audit().ok);
  }
  { Enforcement e(f.options()); }
  CHECK(component_versions(f.t.db()) ==
        std::map<std::string, std::int64_t>{{"review", review_known},
                                            {"enforcement", enforcement_known}});
  // Releases that know only the single sequence refuse the store as newer than they support.
  CHECK(count(f.t.db(), "SELECT MAX(version) FROM schema_migrations") == sql::kLegacyMarker);

  // A component newer than this build: refused, data untouched.
  test::raw_exec(f.t.db(),
                 "UPDATE schema_versions SET version = version + 1 WHERE component = "
                 "'enforcement'");
  try {
    Enforcement e(f.options());
    FAIL("newer enforcement schema accepted");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
    CHECK_THAT(e.what(), Catch::Matchers::Contains("'enforcement' is at version"));
  }
  CHECK(count(f.t.db(), "SELECT COUNT(*) FROM principals") == 2);
}

TEST_CASE("schema: enforcement needs review's tables first", "[enforcement][schema]") {
  TempDir t;
  auto db = sql::open(t.db(), 5000);
  try {
    sql::migrate(*db, detail::enforcement_schema(), 0);
    FAIL("enforcement migrated without review");
  } catch (const error& e) {
    CHECK(e.code() == status::state);
    CHECK_THAT(e.what(), Catch::Matchers::Contains("needs 'review'"));
  }
  CHECK(sql::migrate(*db, detail::review_schema(), 0) ==
        static_cast<int>(detail::review_schema().count));
  int from = -1;
  CHECK(sql::migrate(*db, detail::enforcement_schema(), 0, &from) ==
        static_cast<int>(detail::enforcement_schema().count));
  CHECK(from == 0);
}

TEST_CASE("schema: a store of the single version sequence upgrades in place",
          "[enforcement][schema]") {
  // 5: what the previous release wrote; 3: an older one, whose enforcement tables migrate when
  // enforcement opens.
  for (const int upto : {5, 3}) {
    INFO("single-sequence version " << upto);
    Fixture f;
    make_single_sequence_store(f.t.db(), upto);
    {
      ReviewStoreOptions ro;
      ro.path = f.t.db();
      ro.clock = &f.clock;
      ReviewStore st(ro);
      CHECK(st.schema_version() == 2);
      REQUIRE(st.queue("mia").size() == 1);
      CHECK(st.queue("mia")[0].customer == "acme");
    }
    CHECK(component_versions(f.t.db()) ==
          std::map<std::string, std::int64_t>{{"review", 2}, {"enforcement", upto == 5 ? 3 : 1}});
    Enforcement e(f.options());
    CHECK(component_versions(f.t.db()) ==
          std::map<std::string, std::int64_t>{{"review", 2}, {"enforcement", 3}});
    const CustomerStatus s = e.status("acme");
    CHECK(s.state == Standing::warned);
    CHECK(s.reason == "old warning");
    // The history of the single sequence stays, under the marker.
    CHECK(count(f.t.db(), "SELECT COUNT(*) FROM schema_migrations") == upto + 1);
    // The rows written before the upgrade are on the audit chain, and stay checked.
    ReviewStoreOptions ro;
    ro.path = f.t.db();
    ro.clock = &f.clock;
    ReviewStore st(ro);
    CHECK(st.verify_audit().ok);
    test::raw_exec(f.t.db(), "UPDATE enforcement_customers SET state = 0");
    CHECK(st.verify_audit().problem.find("standing:acme") != std::string::npos);
  }
}

TEST_CASE("schema: a single-sequence store newer than the last one is refused",
          "[enforcement][schema]") {
  Fixture f;
  make_single_sequence_store(f.t.db(), 5);
  test::raw_exec(f.t.db(), "INSERT INTO schema_migrations VALUES(6, 'future', 0)");
  try {
    Enforcement e(f.options());
    FAIL("newer single-sequence schema accepted");
  } catch (const error& e) {
    CHECK(e.code() == status::format);
    CHECK_THAT(e.what(), Catch::Matchers::Contains("version 6 is newer"));
  }
  CHECK(count(f.t.db(), "SELECT COUNT(*) FROM enforcement_customers") == 1);
}

TEST_CASE("schema: released migrations keep their SQL", "[enforcement][schema]") {
  // SHA-256 of each migration's SQL as released: a change goes into a new migration.
  const std::vector<std::pair<const sql::SchemaComponent*, std::vector<std::string>>> released = {
      {&detail::review_schema(),
       {"d743939b6c91ac838f2aa8807d521e367e400b767fc5421a66154adc1f085984",
        "db4d85f1f8c19b1114fe313e738021f5323ccc799a4a51f7315829d01a613a4e"}},
      {&detail::enforcement_schema(),
       {"838e1d6a85b91282771be3f02a4e9ce22349dd01aec7c0800bb36ef3533aadbc",
        "1deb3ddd380813f4f786a5c237325c81a3cb399874e225f33300064841d1bf35",
        "5dd774461b9f8c06b773eb3eaa6a50195c8327b9e3ac08ff0299c78acdd56763"}},
  };
  for (const auto& [c, digests] : released) {
    REQUIRE(c->count >= digests.size());
    for (std::size_t i = 0; i < c->count; ++i) {
      INFO(c->name << " " << c->migrations[i].version);
      CHECK(c->migrations[i].version == static_cast<int>(i + 1));
      if (i < digests.size()) {
        CHECK(detail::crypto::hex(detail::crypto::sha256(c->migrations[i].sql)) == digests[i]);
      }
    }
  }
}
