// Enforcement: what confirmed abuse does to a customer's standing, the e-mails that tell them,
// and the gate that refuses their requests while suspended or terminated.
//
// State machine (per customer), driven only by confirmed abuse — review decisions `confirm` and
// `correct`, human or automatic; dismissals never count — under a declarative EnforcementPolicy:
//
//   good_standing --abuse--------------------------------------------> warned (remediation due)
//   good_standing --abuse within repeat_window of the last warning---> suspended
//   any (not terminated) --severe abuse (immediate_suspension rule)--> suspended
//   warned --another episode (gap > episode_gap) during remediation--> suspended
//   warned --deadline passes, abuse continued after the warning------> suspended
//   warned --deadline passes, no abuse after the warning-------------> good_standing
//   suspended --reinstate (staff)------------------------------------> good_standing
//   warned/suspended/terminated --appeal granted---------------------> good_standing
//   a suspension that would be number terminate_after_suspensions----> terminated instead
//
// End users (findings whose item carries the customer's end-user id): the first action is on the
// end user, not the customer — a notice to the customer naming the end user, and that end user
// blocked at the gate for user_block period (or until the customer unblocks them). The customer
// stays in good standing. The finding goes to the customer's own state machine (above) only when
// the customer does not act: the same end user abuses again after its notice (within
// user_repeat_window), escalate_after_users distinct end users were noticed within
// escalate_users_window, the finding has no user id, or an immediate_suspension rule matches.
//
//   end user: good_standing --confirmed abuse-----------------------> blocked (notice to customer)
//             blocked --block period over (tick) / unblock_user------> good_standing (notice)
//
// Every transition keeps its reason and evidence (decision/item ids, category counts, time
// window) in the same SQLite file as the review store, and its notification is written to the
// outbox in the same transaction (transactional outbox). Every row enforcement writes (standing,
// transitions, evidence, appeals, notices and their delivery) is covered by the store's audit
// chain: ReviewStore::verify_audit() detects one edited, inserted or deleted outside the library.
// Staff actions (reinstate, resolve_appeal, unblock_user) are authorised against the review
// store's principals and audited, refusals included. deliver() hands due notifications to a
// sink — a C callback, a Python callable, a JSON Lines file, a Maildir — at least once, each with a
// stable idempotency key; failures are retried with exponential backoff. Notifications are built
// from templates whose inputs are labels, counts, times and reasons: never the flagged content
// (which never reaches this component).
//
// Threading: an Enforcement object is thread-safe. is_allowed() (the gate, called on every
// request) reads an in-memory map under a shared lock and never touches the database; it
// reflects this object's own transitions at once, and other processes' when its refresher thread
// sees them (EnforcementOptions::gate_refresh_ms) or after refresh_gate().
#pragma once

#include <abusemon/gate.hpp>
#include <abusemon/review.hpp>
#include <abusemon/types.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "abusemon/export.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// A customer's standing.
enum class Standing : std::uint8_t {
  good_standing = 0,
  warned = 1,      ///< notified; must remediate by the due date
  suspended = 2,   ///< requests refused until reinstated or an appeal is granted
  terminated = 3,  ///< requests refused; only a granted appeal restores
  blocked = 4,     ///< end users only: that end user's requests refused, the customer served
};
std::string_view to_string(Standing s) noexcept;
std::optional<Standing> parse_standing(std::string_view name) noexcept;

/// Kinds of notification, each with its own template.
enum class NoticeKind : std::uint8_t {
  warning = 0,
  suspension = 1,
  termination = 2,
  warning_closed = 3,  ///< remediation period over without further abuse
  reinstatement = 4,
  appeal_received = 5,
  appeal_decided = 6,
  user_notice = 7,     ///< to the customer: one of its end users is blocked, and what to do
  user_unblocked = 8,  ///< to the customer: the end user's block ended
};
inline constexpr std::size_t kNoticeKindCount = 9;
std::string_view to_string(NoticeKind k) noexcept;

/// Subject and body of one notification kind. Placeholders `{{name}}`:
///   customer, state, previous_state, reason, categories ("hate: 3, harassment: 1"), count,
///   window_start, window_end, deadline (RFC 3339 UTC; empty when none), support, appeal_note,
///   user (the end user of a user-scoped notice; empty otherwise), blocked_until (RFC 3339 UTC).
struct NoticeTemplate {
  std::string subject;
  std::string body;
};

/// A category (at or above a severity) that suspends on the first confirmed item.
struct SevereRule {
  Category category = Category::sexual_minors;
  Severity min_severity = Severity::low;
};

/// The declarative policy. Parse it from JSON with EnforcementPolicy::from_json
/// (docs/ENFORCEMENT.md lists the keys); the defaults are a reasonable starting point.
struct EnforcementPolicy {
  /// Confirmed items below this severity are recorded as evidence but move nothing.
  Severity min_severity = Severity::low;
  /// Immediate suspension. Default: sexual_minors at any severity.
  std::vector<SevereRule> immediate_suspension = {SevereRule{}};
  /// Time to remediate after a warning. Default 7 days.
  std::int64_t remediation_ms = 7LL * 24 * 3600 * 1000;
  /// Confirmed abuse within this time of the last warning suspends instead of warning again.
  /// Default 30 days.
  std::int64_t repeat_window_ms = 30LL * 24 * 3600 * 1000;
  /// Confirmed items closer in time than this to the previous one belong to the same episode.
  /// Default 24 hours.
  std::int64_t episode_gap_ms = 24LL * 3600 * 1000;
  /// The n-th suspension (counting past ones) terminates instead. Default 2; must be >= 1.
  int terminate_after_suspensions = 2;
  /// End-user scope: a finding that names an end user acts on that end user first (notice and
  /// block) and reaches the customer only on the escalations below. false = every finding acts
  /// on the customer.
  bool user_scope = true;
  /// How long a noticed end user is refused by the gate (the customer may unblock earlier).
  /// Default 14 days.
  std::int64_t user_block_ms = 14LL * 24 * 3600 * 1000;
  /// Confirmed abuse by an end user that occurred after its notice, within this time of it,
  /// escalates to the customer (the customer did not act). Default 30 days.
  std::int64_t user_repeat_window_ms = 30LL * 24 * 3600 * 1000;
  /// This many distinct end users noticed within escalate_users_window escalate to the customer
  /// (abuse is not one user's). Default 3; must be >= 1.
  int escalate_after_users = 3;
  /// Window of escalate_after_users. Default 30 days.
  std::int64_t escalate_users_window_ms = 30LL * 24 * 3600 * 1000;
  /// Evidence window summarised in notifications (categories, counts). Default 30 days.
  std::int64_t report_window_ms = 30LL * 24 * 3600 * 1000;
  /// Contact named in notifications ({{support}}).
  std::string support_contact = "trust-and-safety@example.com";
  /// Recipient when the customer has no contact address (set_contact); may use {{customer}}.
  std::string default_recipient = "{{customer}}";
  /// One template per NoticeKind (index = static_cast<size_t>(kind)); defaults are built in.
  std::vector<NoticeTemplate> templates;

  /// Parses a JSON policy; missing keys keep their defaults. error(format) for malformed JSON,
  /// unknown keys, bad values or templates with unknown placeholders.
  static EnforcementPolicy from_json(std::string_view json);
  std::string to_json() const;
};

/// Configuration of an Enforcement object.
struct EnforcementOptions {
  /// The store, as ReviewStoreOptions::path: normally the review store's (a SQLite file or a
  /// postgresql:// URL). Created if absent. The gate also refreshes itself when another process
  /// or replica changes a standing (see gate_refresh_ms; docs/FLEET.md).
  std::string path;
  EnforcementPolicy policy;
  /// Delivery retries: wait retry_base_ms * 2^(attempts-1), at most retry_max_ms; after
  /// max_attempts failures a notification is dead (kept, no longer delivered).
  std::int64_t retry_base_ms = 60 * 1000;
  std::int64_t retry_max_ms = 3600 * 1000;
  int max_attempts = 10;
  int busy_timeout_ms = 5000;
  /// The review store's 32-byte key when its file is encrypted (empty otherwise): every
  /// transition is appended to the store's audit chain, whose head is authenticated with it.
  std::string key;
  /// Time source; nullptr = SystemClock. Not owned: must outlive the object. The store's time
  /// never goes back before its newest audit record, whatever this clock says.
  const Clock* clock = nullptr;
  /// How the gate picks up other processes' transitions by itself, from a thread of its own. On
  /// SQLite it checks the file's change counter this often and reloads when another connection
  /// committed (default 250 ms). On PostgreSQL it reloads on every NOTIFY, and this often at the
  /// latest, in case a notification was lost (default 5000 ms). 0 = that default; < 0 = never
  /// (call refresh_gate()).
  std::int64_t gate_refresh_ms = 0;
  /// How long deliver() owns the outbox rows it took: another replica delivers them again only
  /// after this has passed without an outcome (the first one died mid-delivery). Longer than the
  /// slowest delivery of one deliver() call's notifications; > 0. Default 5 minutes.
  std::int64_t outbox_claim_ms = 5 * 60 * 1000;
};

/// A customer's current standing.
struct CustomerStatus {
  std::string customer;
  Standing state = Standing::good_standing;
  std::int64_t since_ms = 0;            ///< when the current state began (0: never changed)
  std::int64_t remediation_due_ms = 0;  ///< when warned
  std::int64_t last_warning_ms = 0;     ///< 0 = never warned
  int suspensions = 0;                  ///< suspensions so far (terminations included)
  std::int64_t confirmed_items = 0;     ///< confirmed abuse items recorded, ever
  std::string reason;                   ///< of the last transition
  std::string contact;                  ///< e-mail address, if set
};

/// An end user's current standing within its customer (good_standing or blocked).
struct EndUserStatus {
  std::string customer;
  std::string user;
  Standing state = Standing::good_standing;
  std::int64_t since_ms = 0;          ///< when the current state began (0: never changed)
  std::int64_t blocked_until_ms = 0;  ///< when blocked: the end of the block
  std::int64_t last_notice_ms = 0;    ///< 0 = never noticed
  int notices = 0;                    ///< user notices sent so far
  std::int64_t confirmed_items = 0;   ///< confirmed abuse items of this end user, ever
  std::string reason;                 ///< of the last transition
};

/// One state change, with its reason and evidence.
struct Transition {
  std::int64_t id = 0;
  std::string customer;
  std::string user;  ///< the end user of a user-scoped transition; "" = the customer
  Standing from = Standing::good_standing;
  Standing to = Standing::good_standing;
  std::int64_t ts_ms = 0;
  std::string reason;
  std::string actor;  ///< "policy", or the staff member who reinstated / decided an appeal
  std::string
      evidence_json;  ///< {"decisions":[...],"items":[...],"categories":{...},"window":[a,b]}
};

/// An e-mail-ready message in the outbox.
struct Notification {
  std::int64_t id = 0;
  std::string idempotency_key;  ///< stable across retries: receivers deduplicate on it
  std::string customer;
  std::string user;  ///< the end user a user-scoped notice is about ("" = none)
  NoticeKind kind = NoticeKind::warning;
  std::string recipient;
  std::string subject;
  std::string body;
  std::int64_t created_ms = 0;
  int attempts = 0;
  std::int64_t next_attempt_ms = 0;
  std::int64_t delivered_ms = 0;  ///< 0 = not yet
  bool dead = false;              ///< gave up after max_attempts
  std::string last_error;
};

/// A customer's appeal.
struct Appeal {
  std::int64_t id = 0;
  std::string customer;
  std::int64_t filed_ms = 0;
  std::string explanation;      ///< the customer's own words
  std::string status = "open";  ///< "open", "granted", "denied"
  std::string resolved_by;
  std::int64_t resolved_ms = 0;
  std::string note;
};

/// The gate's answer.
struct GateDecision {
  bool allowed = true;
  Standing state = Standing::good_standing;
  std::string reason;  ///< for a refusal: why, since when, how to appeal
};

/// Where deliver() sends notifications. Throw to report a failed delivery (it is retried).
class NotificationSink {
 public:
  virtual ~NotificationSink() = default;
  virtual void deliver(const Notification& n) = 0;
};

/// Appends each notification as one JSON object per line to a file, flushed and fsync'ed before
/// deliver() returns. At-least-once: a line may repeat after a crash; its idempotency_key tells.
class JsonlOutboxSink final : public NotificationSink {
 public:
  explicit JsonlOutboxSink(std::string path);
  void deliver(const Notification& n) override;

 private:
  std::string path_;
};

/// Delivers each notification as one RFC 5322 e-mail message into a Maildir (`dir` with tmp/,
/// new/ and cur/, created if absent), the way a mail server does: the message is written and
/// fsync'ed under a unique name in tmp/, then renamed into new/ and the directory fsync'ed, so a
/// reader never sees a partial message and a delivered one survives a crash. Headers: From, To,
/// Subject (RFC 2047-encoded when not ASCII), Date (created_ms), Message-ID
/// `<idempotency_key@from-domain>` (the same for every re-delivery of one notification: receivers
/// deduplicate on it), X-Abusemon-Idempotency-Key, X-Abusemon-Kind, X-Abusemon-Customer and a
/// UTF-8 text/plain MIME body. At-least-once: after a crash between the rename and the outbox
/// update the message is delivered again under a new file name with the same Message-ID.
class MaildirOutboxSink final : public NotificationSink {
 public:
  /// std::invalid_argument for an empty dir or a `from` that is not a plain address
  /// (local@domain). Directories are created on the first delivery.
  explicit MaildirOutboxSink(std::string dir, std::string from = "abusemon@localhost");
  void deliver(const Notification& n) override;
  /// The message deliver() writes for `n` (for tests and previews).
  std::string message(const Notification& n) const;

 private:
  std::string dir_;
  std::string from_;
};

/// Adapts a function (a C callback, a Python callable) to a sink.
class CallbackSink final : public NotificationSink {
 public:
  explicit CallbackSink(std::function<void(const Notification&)> fn) : fn_(std::move(fn)) {}
  void deliver(const Notification& n) override { fn_(n); }

 private:
  std::function<void(const Notification&)> fn_;
};

/// Result of deliver().
struct DeliveryReport {
  std::size_t delivered = 0;
  std::size_t failed = 0;  ///< failed this round (retried later unless dead)
  std::size_t dead = 0;    ///< of the failed, those that reached max_attempts
};

namespace detail {
struct ABUSEMON_NO_EXPORT EnforcementImpl;  // private: never exported
}

class Enforcement {
 public:
  /// Opens the review store at the same location (creating it if needed), then creates or
  /// migrates the enforcement tables (their own migrations, applied after review's).
  /// std::invalid_argument for bad options; error(io/format) as ReviewStore.
  explicit Enforcement(EnforcementOptions options);
  ~Enforcement();
  Enforcement(Enforcement&&) noexcept;
  Enforcement& operator=(Enforcement&&) noexcept;
  Enforcement(const Enforcement&) = delete;
  Enforcement& operator=(const Enforcement&) = delete;

  const EnforcementPolicy& policy() const noexcept;

  /// Applies one decision (dismissals and items below min_severity change nothing). Idempotent:
  /// a decision seq seen before is ignored. Returns the transitions it caused (0 to 2: an end
  /// user's and its customer's).
  std::vector<Transition> apply(const DecisionRecord& decision);
  /// Applies every review decision after this object's durable cursor, in order, then advances
  /// the cursor (in the same transaction as each decision's effects).
  std::vector<Transition> sync(const ReviewStore& review, std::size_t max_decisions = 100000);
  /// Evaluates remediation deadlines and the end of end-user blocks at the clock's now.
  std::vector<Transition> tick();

  /// Staff reinstate a suspended customer (error(state) otherwise; a termination needs a
  /// granted appeal). `actor` and `reason` required; `actor` must be an enabled manager among
  /// the store's principals (ReviewStore::add_principal): anyone else is error(permission_denied),
  /// and the refusal is audited.
  Transition reinstate(const std::string& actor, const std::string& customer,
                       const std::string& reason);
  /// Records a customer's appeal (their explanation); notifies them. error(state) for a customer
  /// in good standing or with an open appeal.
  std::int64_t file_appeal(const std::string& customer, const std::string& explanation);
  /// Grants (customer back to good standing) or denies an open appeal. error(not_found/state);
  /// `actor` must be an enabled manager principal (error(permission_denied) otherwise, audited).
  void resolve_appeal(const std::string& actor, std::int64_t appeal_id, bool grant,
                      const std::string& note);
  std::vector<Appeal> appeals(const std::string& customer = {}) const;

  /// The customer lifts an end user's block early (it acted: blocked or educated that user).
  /// error(state) unless blocked; `actor` and `reason` required: `actor` is the staff member who
  /// records it, an enabled principal of the store of any role (error(permission_denied)
  /// otherwise, audited). Abuse by that end user after its notice still escalates to the
  /// customer.
  Transition unblock_user(const std::string& actor, const std::string& customer,
                          const std::string& user, const std::string& reason);
  /// An end user's standing (good_standing with zeros when unknown).
  EndUserStatus user_status(const std::string& customer, const std::string& user) const;
  /// End users with a recorded standing, of one customer (empty = all), by customer and user.
  std::vector<EndUserStatus> users(const std::string& customer = {}) const;

  /// Sets the e-mail address notifications go to.
  void set_contact(const std::string& customer, const std::string& email);
  /// Current standing (good_standing with zeros for an unknown customer).
  CustomerStatus status(const std::string& customer) const;
  /// Every customer with a recorded standing, by id.
  std::vector<CustomerStatus> customers() const;
  /// Transitions of one customer (empty = all), its end users' included, oldest first.
  std::vector<Transition> history(const std::string& customer = {}) const;

  /// The gate: refused when the customer is suspended or terminated, or when `user` (if not
  /// empty) is a blocked end user of it (state `blocked`). Cheap (no database access);
  /// thread-safe.
  GateDecision is_allowed(std::string_view customer, std::string_view user = {}) const;
  /// Reloads the gate from the database (to see transitions made by other processes).
  void refresh_gate();
  /// A CustomerGate for MonitorOptions::gate, sharing this object's gate state (it stays valid,
  /// frozen, if this object is destroyed first).
  std::shared_ptr<const CustomerGate> customer_gate() const;

  /// Hands due notifications (not delivered, not dead, next attempt reached) to `sink`, oldest
  /// first, at most `max`. Success marks one delivered; an exception from the sink counts as a
  /// failure and schedules a retry. Concurrent deliver() calls are serialised.
  DeliveryReport deliver(NotificationSink& sink, std::size_t max = 100);
  /// Outbox contents, oldest first; pending_only: not delivered and not dead.
  std::vector<Notification> outbox(bool pending_only = false) const;

 private:
  std::unique_ptr<detail::EnforcementImpl> impl_;
};

// JSON views (C ABI, CLI).
std::string to_json_string(const CustomerStatus& s);
std::string to_json_string(const EndUserStatus& s);
std::string to_json_string(const Transition& t);
std::string to_json_string(const Notification& n);
std::string to_json_string(const Appeal& a);
std::string to_json_string(const GateDecision& g);

}  // namespace abusemon
