// Human review: an access-controlled queue of flagged items with just-in-time (JIT) access grants,
// region residency, a tamper-evident audit log and retention.
//
// The model
//  - Flagged items (the content that raised a signal, the classifier verdict, who sent it, the
//    region whose resource served it) are persisted in one SQLite file (WAL journal,
//    synchronous=FULL, versioned schema with migrations). Content and verdict can be encrypted at
//    rest with a 32-byte key the host provides (XChaCha20-Poly1305 with a fresh nonce per field,
//    the store id + item id + field name as associated data): the database file alone reveals no
//    content, and a ciphertext moved to another row or store fails to open.
//  - Principals (reviewers and managers) each have a home region. Content is readable only by a
//    principal holding an *active* grant: requested by that principal (scope: a region, which must
//    be the principal's own, and optionally one queue; a reason; a duration up to the store's
//    persisted grant limit, ReviewStore::max_grant_ms()), approved by a *different* principal with
//    the manager role, neither expired nor revoked, and whose region equals the item's region.
//    Every other case is refused with abusemon::error(status::permission_denied) and the refusal is
//    audited.
//  - Listing the queue returns metadata only, never content.
//  - Every access (allowed or denied), grant request/approval/revocation, decision, export and
//    purge is appended to a SHA-256 hash chain. The chain head (last sequence number + hash) is
//    stored separately and, when a key is configured, authenticated with an HMAC under a key
//    derived from it, so verify_audit() detects edited, deleted and reordered records. Records
//    that create or change a principal, item, grant or decision carry the SHA-256 of that row,
//    and verify_audit() checks every such row against the chain: a row edited, inserted or
//    deleted outside the library fails, and so does cutting records off the end of the chain
//    when rows changed after the cut. Cutting records that changed no row (reads, refusals) and
//    restoring an older, genuinely signed head is detectable only against a head anchored outside
//    the file: save audit_head() elsewhere and pass it to verify_audit().
//  - Time never goes backwards for a store: its clock reads never return less than the newest
//    audit record's time, so rewinding an injected clock cannot revive an expired grant.
//  - Content is purged after ReviewStoreOptions::retention_ms (default 30 days, measured with the
//    injected Clock); the item's metadata, its decision and the audit trail stay.
//
// Identity: the principal ids passed to these calls are trusted; authenticating the human behind
// them is the host's job. The store enforces what an authenticated principal may do.
//
// Threading: a ReviewStore is thread-safe; calls are serialised on one SQLite connection. Several
// ReviewStore objects (in one or several processes) may open the same file: writes take SQLite's
// write lock (BEGIN IMMEDIATE) and wait up to busy_timeout_ms, so the audit chain stays linear.
#pragma once

#include <abusemon/types.hpp>

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include "abusemon/export.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// What a principal may do besides reading under a grant: managers approve grants.
enum class Role : std::uint8_t { reviewer = 0, manager = 1 };

/// Life cycle of a review item. `expired`: retention removed the content before any decision.
enum class ReviewStatus : std::uint8_t {
  pending = 0,
  confirmed = 1,
  corrected = 2,
  dismissed = 3,
  expired = 4,
};

/// A reviewer's verdict on an item.
enum class DecisionKind : std::uint8_t {
  confirm = 0,  ///< the automated finding is right
  correct = 1,  ///< abuse, but a different category and/or severity
  dismiss = 2,  ///< not abuse (a false positive)
};

/// State of a JIT access grant at a given time.
enum class GrantState : std::uint8_t {
  pending = 0,  ///< requested, not approved yet: grants nothing
  active = 1,   ///< approved and within its duration
  expired = 2,  ///< approved, duration elapsed
  revoked = 3,  ///< revoked (before or after approval)
};

// Stable names ("reviewer", "pending", "correct", "active", ...) and exact-name parsers.
std::string_view to_string(Role r) noexcept;
std::string_view to_string(ReviewStatus s) noexcept;
std::string_view to_string(DecisionKind k) noexcept;
std::string_view to_string(GrantState s) noexcept;
std::optional<Role> parse_role(std::string_view name) noexcept;
std::optional<ReviewStatus> parse_review_status(std::string_view name) noexcept;
std::optional<DecisionKind> parse_decision_kind(std::string_view name) noexcept;

/// Hard ceiling of any store's grant limit (7 days): a JIT grant is for a task, not standing
/// access.
inline constexpr std::int64_t kMaxGrantMs = 7LL * 24 * 3600 * 1000;

/// Configuration of a ReviewStore.
struct ReviewStoreOptions {
  /// Where the store lives; created (with its schema) if absent. A SQLite file (a path, or
  /// `sqlite:///abs/path`), or a PostgreSQL database shared by replicas on several hosts
  /// (`postgresql://user@host:5432/db`, `postgres://...`, libpq's URL; `?schema=name` keeps the
  /// store in its own schema). See docs/FLEET.md.
  std::string path;
  /// Content encryption key: exactly 32 raw bytes, or empty for no encryption. Fixed when the store
  /// is created: opening an encrypted store without its key (or a wrong key), or a plain store
  /// with a key, fails. Also authenticates the audit chain head. Copied and wiped on destruction.
  std::string key;
  /// Content older than this (since submission) is purged by purge(). Default 30 days.
  std::int64_t retention_ms = 30LL * 24 * 3600 * 1000;
  /// Longest duration a grant may be requested for, in 1..kMaxGrantMs. Default 8 hours. Seeds a
  /// *new* store only: the limit is persisted in the store and enforced there (at request, at
  /// approval and whenever a grant is read), so no opener can raise it by passing a larger
  /// value; change it with ReviewStore::set_max_grant_ms() (an audited administrative act).
  std::int64_t max_grant_ms = 8LL * 3600 * 1000;
  /// Automated pre-review: items whose confidence is >= this bar are confirmed automatically at
  /// submission (decided_by "auto", recorded as automatic in the audit). 0 disables; else (0, 1].
  double auto_confirm_confidence = 0.0;
  /// How long a write waits for another connection's write lock before failing
  /// (status::unavailable).
  int busy_timeout_ms = 5000;
  /// Largest content (bytes) submit() accepts; bigger submissions throw error(status::limit).
  /// 0 = no limit.
  std::size_t max_content_bytes = 1 << 20;
  /// Most pending (undecided) items per region; submit() beyond it throws error(status::limit)
  /// so that a flood of flags cannot grow the store without bound. Checking costs an index scan
  /// of at most this many entries per submission. 0 = no limit.
  std::size_t max_pending_items = 100000;
  /// Time source; nullptr = SystemClock. Not owned: must outlive the store. For tests and
  /// replays: the store never reads a time earlier than its newest audit record.
  const Clock* clock = nullptr;
};

/// A registered reviewer or manager.
struct Principal {
  std::string id;
  Role role = Role::reviewer;
  std::string region;  ///< home region, e.g. "eea", "us"
  bool active = true;  ///< disabled principals are refused everything
};

/// A flagged item handed to the store by the pipeline (classification, tracker).
struct ReviewSubmission {
  std::string content;              ///< the flagged text (prompt or completion); may be empty
  std::string verdict_json = "{}";  ///< the classifier's verdict, a JSON value (validated)
  std::string customer;             ///< required
  std::string user;                 ///< the customer's end user, if known
  std::string region;               ///< region of the resource that served the request; required
  std::string signal;             ///< what raised it, e.g. "classifier", "tracker:burst"; required
  std::string queue = "default";  ///< review queue; grants may be scoped to one queue
  Category category = Category::hate;  ///< the automated finding
  Severity severity = Severity::medium;
  double confidence = 0.0;  ///< automated confidence in [0, 1]
};

/// A decision as the reviewer gives it.
struct Decision {
  DecisionKind kind = DecisionKind::confirm;
  /// For `correct`: the corrected category and/or severity (at least one; ignored otherwise).
  std::optional<Category> category;
  std::optional<Severity> severity;
  std::string reason;  ///< required, non-empty
};

/// A recorded decision, with its final labels.
struct DecisionRecord {
  std::int64_t seq = 0;  ///< position in the decision feed (decisions_after)
  std::int64_t item_id = 0;
  DecisionKind kind = DecisionKind::confirm;
  Category category = Category::hate;  ///< final category (the original unless corrected)
  Severity severity = Severity::safe;  ///< final severity; `safe` for a dismissal
  std::string reason;
  std::string decided_by;  ///< principal id, or "auto" for automated pre-review
  bool automatic = false;
  std::int64_t decided_ms = 0;
  // Copied from the item so that consumers (tracker, enforcement) need no second lookup.
  std::string customer;
  std::string user;
  std::string region;
  std::string signal;
  std::int64_t occurred_ms = 0;  ///< when the item was submitted (the abuse happened)
};

/// Item metadata: everything but the content and verdict.
struct ReviewItem {
  std::int64_t id = 0;
  std::string customer, user, region, queue, signal;
  Category category = Category::hate;  ///< the automated finding
  Severity severity = Severity::safe;
  double confidence = 0.0;
  ReviewStatus status = ReviewStatus::pending;
  std::int64_t created_ms = 0;
  std::int64_t updated_ms = 0;
  bool content_purged = false;
  std::optional<DecisionRecord> decision;
};

/// An item opened under a grant.
struct ReviewContent {
  ReviewItem item;
  std::string content;
  std::string verdict_json;
};

/// Filter for queue().
struct QueueFilter {
  std::optional<ReviewStatus> status = ReviewStatus::pending;  ///< nullopt = any status
  std::string queue;                                           ///< empty = every queue
  std::string customer;                                        ///< empty = every customer
  std::int64_t after_id = 0;                                   ///< pagination: only ids > after_id
  std::size_t limit = 100;                                     ///< 1..10000
};

/// A JIT access request.
struct GrantRequest {
  std::string region;  ///< empty = the requester's home region; any other region is refused
  std::string queue;   ///< empty = every queue of the region
  std::string reason;  ///< required, non-empty
  std::int64_t duration_ms = 3600 * 1000;  ///< 1 .. ReviewStore::max_grant_ms()
};

/// A JIT access grant.
struct Grant {
  std::int64_t id = 0;
  std::string requester, region, queue, reason;
  std::int64_t requested_ms = 0;
  std::int64_t duration_ms = 0;
  std::string approver;  ///< empty until approved
  std::int64_t approved_ms = 0;
  std::int64_t expires_ms = 0;  ///< approved_ms + duration_ms; 0 until approved
  std::string revoked_by;
  std::int64_t revoked_ms = 0;
  GrantState state = GrantState::pending;  ///< evaluated with the store's clock when read
};

/// One audit record. `outcome` is "allowed", "denied" or "ok".
struct AuditRecord {
  std::int64_t seq = 0;
  std::int64_t ts_ms = 0;
  std::string actor;   ///< principal id, "auto", or "system"
  std::string action;  ///< e.g. "show", "decide", "approve", "purge"
  std::string outcome;
  std::int64_t item_id = 0;   ///< 0 = none
  std::int64_t grant_id = 0;  ///< 0 = none
  std::string detail;         ///< reason of a refusal, decision summary, ... never content
  std::string hash_hex;       ///< SHA-256 chain hash of this record
};

/// The anchored end of the audit chain. Hosts may also copy it elsewhere (a log, a ticket) and
/// pass it to verify_audit() to detect a rewrite of the whole file.
struct AuditHead {
  std::int64_t seq = 0;
  std::string hash_hex;
};

/// Result of verify_audit().
struct AuditVerification {
  bool ok = true;
  std::int64_t records = 0;        ///< records checked
  std::int64_t first_bad_seq = 0;  ///< first record that fails (0 if ok or the head is wrong)
  std::string problem;             ///< human-readable; empty if ok
  AuditHead head;                  ///< the stored head
};

/// Options for export_labels().
struct ExportOptions {
  bool corrections_only = false;   ///< only `correct` decisions (default: every human decision)
  bool include_automatic = false;  ///< also items confirmed by automated pre-review
  std::int64_t since_ms = 0;       ///< only decisions at or after this time
};

/// Result of export_labels().
struct ExportResult {
  std::size_t exported = 0;
  std::size_t skipped_no_grant = 0;  ///< decided items outside the exporter's active grants
  std::size_t skipped_purged = 0;    ///< decided items whose content retention removed
};

/// Result of purge().
struct PurgeResult {
  std::size_t purged = 0;      ///< items whose content was removed
  std::int64_t cutoff_ms = 0;  ///< items created before this were purged
  /// Frames left in the write-ahead log because another connection holds an old snapshot: they
  /// may still contain purged content on disk. 0 = the WAL was checkpointed and truncated, no
  /// purged content remains in the files. Otherwise run purge() again once readers are done.
  std::int64_t wal_frames_left = 0;
};

/// Called after a decision commits (from the deciding thread, outside the store's lock).
using DecisionListener = std::function<void(const DecisionRecord&)>;

// JSON views, one object per call (the C ABI, the CLI and logs use them). Field names follow the
// struct members; enums as their stable names; times in ms since the epoch. Only the
// ReviewContent overload contains content.
std::string to_json_string(const Principal& p);
std::string to_json_string(const ReviewItem& item);
std::string to_json_string(const ReviewContent& c);
std::string to_json_string(const DecisionRecord& d);
std::string to_json_string(const Grant& g);
std::string to_json_string(const AuditRecord& r);
std::string to_json_string(const AuditHead& h);
std::string to_json_string(const AuditVerification& v);
/// Parses {"seq":N,"hash":"hex"} as produced for AuditHead; error(format) otherwise.
AuditHead parse_audit_head(std::string_view json);
/// Parses a decision as produced by to_json_string(const DecisionRecord&) (the decision feed
/// and listener JSON); error(format) for malformed JSON or unknown names.
DecisionRecord parse_decision_record(std::string_view json);

namespace detail {
struct ABUSEMON_NO_EXPORT ReviewStoreImpl;  // private: never exported
}

/// The review store. See the file comment for the access model and threading.
class ReviewStore {
 public:
  /// Opens or creates the store, applying pending schema migrations.
  /// Throws std::invalid_argument for bad options (empty path, key not 32 bytes, bad ranges),
  /// error(io) if the file cannot be opened, error(unavailable) if the PostgreSQL server cannot
  /// be reached (any later call too: it reconnects on the next one), error(format) if it is not
  /// a review store or has a newer schema, error(permission_denied) for a wrong key, error(state)
  /// for an encrypted store opened without a key or a plain store opened with one.
  explicit ReviewStore(ReviewStoreOptions options);
  ~ReviewStore();
  ReviewStore(ReviewStore&&) noexcept;
  ReviewStore& operator=(ReviewStore&&) noexcept;
  ReviewStore(const ReviewStore&) = delete;
  ReviewStore& operator=(const ReviewStore&) = delete;

  /// Schema version of the review tables of the open store (the number of review migrations
  /// applied; enforcement's tables have their own version).
  int schema_version() const;
  /// Whether content is encrypted at rest.
  bool encrypted() const noexcept;

  // ----- principals (administration: the host decides who may call these) -----
  /// Registers a principal. Audited (actor "admin"). error(state) if the id exists.
  void add_principal(const Principal& principal);
  /// Disables (active=false) or re-enables a principal. Audited. error(not_found) if unknown.
  void set_principal_active(const std::string& id, bool active);
  /// The store's persisted grant limit (ms).
  std::int64_t max_grant_ms() const;
  /// Changes the persisted grant limit (1..kMaxGrantMs; std::invalid_argument otherwise). Audited
  /// (actor "admin", action "policy"). Grants already approved for longer are cut to the new
  /// limit when read.
  void set_max_grant_ms(std::int64_t ms);
  /// The principal, or nullopt.
  std::optional<Principal> principal(const std::string& id) const;
  std::vector<Principal> principals() const;

  // ----- intake -----
  /// Stores one flagged item (one transaction) and returns its id. With automated pre-review on
  /// and confidence >= the bar, the item is confirmed in the same transaction.
  /// std::invalid_argument for a missing customer/region/signal, confidence outside [0, 1];
  /// error(format) for a verdict that is not JSON.
  std::int64_t submit(const ReviewSubmission& item);
  /// Stores several items atomically (all or none) and returns their ids in order.
  std::vector<std::int64_t> submit_batch(std::span<const ReviewSubmission> items);

  // ----- the queue (metadata only) -----
  /// Items of the principal's home region matching `filter`, oldest first. Audited.
  /// error(permission_denied) for an unknown or disabled principal.
  std::vector<ReviewItem> queue(const std::string& principal, const QueueFilter& filter = {});

  // ----- JIT access -----
  /// Files a grant request and returns its id. Refused (error(permission_denied), audited) for an
  /// unknown/disabled principal or a region other than the requester's home region;
  /// std::invalid_argument for an empty reason or a duration outside 1..max_grant_ms.
  std::int64_t request_access(const std::string& requester, const GrantRequest& request);
  /// Approves a pending grant; it is active from now for its duration. Refused (permission_denied,
  /// audited) unless `manager` is an active manager other than the requester. error(not_found)
  /// for an unknown grant; error(state) if the grant is not pending.
  void approve_access(const std::string& manager, std::int64_t grant_id);
  /// Revokes a pending or active grant. Allowed to the requester and to any active manager.
  void revoke_access(const std::string& actor, std::int64_t grant_id);
  /// One grant (state evaluated now). error(not_found) if unknown.
  Grant grant(std::int64_t grant_id) const;
  /// Grants, newest first; `requester` empty = everyone's.
  std::vector<Grant> grants(const std::string& requester = {}) const;

  // ----- content and decisions (need an active grant covering the item) -----
  /// Opens an item's content. Audited as allowed, or refused with error(permission_denied) and
  /// audited as denied: unknown/disabled principal, principal's region != item's region, no
  /// approved grant, grant expired, revoked, pending, or scoped to another region or queue.
  /// error(not_found) for an unknown item, error(state) if its content was purged.
  ReviewContent open_item(const std::string& principal, std::int64_t item_id);
  /// Records a decision on a pending item, with the same access check as open_item().
  /// std::invalid_argument for an empty reason or a `correct` without a category or severity;
  /// error(state) if the item is already decided or expired.
  DecisionRecord decide(const std::string& principal, std::int64_t item_id,
                        const Decision& decision);
  /// Decisions with seq > `after_seq`, in order: the feed for the tracker and enforcement.
  std::vector<DecisionRecord> decisions_after(std::int64_t after_seq,
                                              std::size_t limit = 1000) const;
  /// Registers a callback run after each decision commits (replaces any previous; empty clears).
  /// Automated pre-review confirmations are decisions too. A listener that throws fails the
  /// deciding call after the decision committed: listeners should not throw.
  void set_decision_listener(DecisionListener listener);
  /// Adds a further listener beside the one of set_decision_listener (which they do not
  /// replace), e.g. Tracker::record_decision to feed the tracker's confirmed-abuse counts; run in
  /// the order added, before that one. Returns an id for remove_decision_listener().
  std::uint64_t add_decision_listener(DecisionListener listener);
  /// Removes a listener added with add_decision_listener(); false if the id is unknown.
  bool remove_decision_listener(std::uint64_t id);

  /// Writes human decisions as labelled JSON Lines for retraining, one object per item:
  /// {"id","text","category","severity","label":"abuse"|"not_abuse","decision","automatic",
  ///  "original":{"category","severity","confidence"},"region","decided_ms"}.
  /// Only items covered by the exporter's active grants are written (the rest are counted as
  /// skipped); each written item is audited as an access. error(permission_denied) for an unknown
  /// or disabled principal.
  ExportResult export_labels(const std::string& principal, std::ostream& out,
                             const ExportOptions& options = {});

  // ----- retention -----
  /// Removes content and verdict of every item created before now - retention_ms (overwritten
  /// on disk: secure_delete + WAL checkpoint and truncation). Pending items become `expired`.
  /// Audited per item. PurgeResult::wal_frames_left > 0 says the checkpoint could not finish
  /// (a concurrent reader): old copies may remain in the -wal file until a later purge.
  PurgeResult purge();

  // ----- audit -----
  /// Checks the whole chain against the stored head (and its HMAC when keyed), and against
  /// `expected` if given (a head saved earlier must still be on the chain).
  AuditVerification verify_audit(const std::optional<AuditHead>& expected = std::nullopt) const;
  AuditHead audit_head() const;
  /// Records with seq > after_seq, in order.
  std::vector<AuditRecord> audit_records(std::int64_t after_seq = 0,
                                         std::size_t limit = 1000) const;

  /// PRAGMA integrity_check: true when SQLite reports "ok".
  bool integrity_check() const;

  /// Path of the database file.
  const std::string& path() const noexcept;

 private:
  std::unique_ptr<detail::ReviewStoreImpl> impl_;
};

}  // namespace abusemon
