// `abusemon review ...`: the reviewer workflow over a review store (docs/REVIEW.md, docs/CLI.md).
// The acting principal is given with --as: this harness trusts it, as the library trusts the
// host's authentication.
#include <CLI/CLI.hpp>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "abusemon/error.hpp"
#include "abusemon/review.hpp"
#include "cli_util.hpp"
#include "commands.hpp"
#include "terminal.hpp"

namespace abusemon::cli {

namespace {

struct ReviewArgs {
  std::string db;
  std::string key_file;
  std::optional<std::int64_t> now_ms;
  double retention_days = 30;
  double max_grant_hours = 8;
  std::optional<double> set_max_grant_hours;
  double auto_confirm = 0;
  bool json = false;
  // per-command
  std::string as;
  std::string id;
  std::string role;
  std::string region;
  std::string queue;
  std::string customer;
  std::string user;
  std::string category;
  std::string severity;
  std::string status = "pending";
  std::string reason;
  std::string text;
  std::string text_file;
  std::string verdict = "{}";
  // submit's own fields: their defaults must not leak into other subcommands' shared fields.
  std::string submit_signal = "classifier";
  std::string submit_queue = "default";
  std::string submit_severity = "medium";
  std::string kind;
  std::string out;
  std::string expect_head;
  double confidence = 0;
  double minutes = 60;
  std::int64_t number = 0;
  std::int64_t after = 0;
  std::size_t limit = 100;
  std::size_t audit_limit = 1000;
  std::int64_t since_ms = 0;
  bool corrections_only = false;
  bool include_automatic = false;
};

}  // namespace

std::string load_review_key(const std::string& path) {
  std::string k = read_file(path);
  if (k.size() == 32) return k;
  while (!k.empty() && std::isspace(static_cast<unsigned char>(k.back()))) k.pop_back();
  while (!k.empty() && std::isspace(static_cast<unsigned char>(k.front()))) k.erase(0, 1);
  if (k.size() != 64) {
    throw Failure(kExitInput, "key file '" + path + "' must hold 32 raw bytes or 64 hex digits");
  }
  std::string raw;
  for (std::size_t i = 0; i < 64; i += 2) {
    char* end = nullptr;
    const std::string byte = k.substr(i, 2);
    long v = std::strtol(byte.c_str(), &end, 16);
    if (end != byte.c_str() + 2) {
      throw Failure(kExitInput, "key file '" + path + "' is not hex");
    }
    raw.push_back(static_cast<char>(v));
  }
  return raw;
}

namespace {

struct Session {
  std::unique_ptr<FixedClock> clock;
  std::unique_ptr<ReviewStore> store;
};

Session open_store(const ReviewArgs& a) {
  Session s;
  ReviewStoreOptions o;
  o.path = a.db;
  if (!a.key_file.empty()) {
    o.key = load_review_key(a.key_file);
  } else if (const char* env = std::getenv("ABUSEMON_REVIEW_KEY_FILE"); env && *env) {
    o.key = load_review_key(env);
  }
  o.retention_ms = static_cast<std::int64_t>(a.retention_days * 24 * 3600 * 1000);
  o.max_grant_ms = static_cast<std::int64_t>(a.max_grant_hours * 3600 * 1000);
  o.auto_confirm_confidence = a.auto_confirm;
  if (a.now_ms) {
    s.clock = std::make_unique<FixedClock>(*a.now_ms);
    o.clock = s.clock.get();
  }
  s.store = std::make_unique<ReviewStore>(std::move(o));
  return s;
}

template <typename E, typename Parse>
E parse_or_usage(const std::string& v, Parse parse, const char* what) {
  auto r = parse(v);
  if (!r) throw Failure(kExitUsage, std::string("unknown ") + what + " '" + v + "'");
  return *r;
}

void print_item_line(const ReviewItem& it) {
  // Fields come from customers and hosts: a tab or newline in one must not forge a column/row.
  std::cout << it.id << '\t' << to_string(it.status) << '\t' << printable(it.region) << '\t'
            << printable(it.queue) << '\t' << printable(it.customer) << '\t'
            << (it.user.empty() ? "-" : printable(it.user)) << '\t' << to_string(it.category) << '/'
            << to_string(it.severity) << '\t' << it.confidence << '\t' << printable(it.signal)
            << (it.content_purged ? "\t(purged)" : "") << '\n';
}

}  // namespace

void register_review_command(CLI::App& app) {
  auto a = std::make_shared<ReviewArgs>();
  auto* review = app.add_subcommand("review", "Human review: queue, JIT access, decisions, audit");
  review->require_subcommand(1);
  review
      ->add_option(
          "--db", a->db,
          "Review store: SQLite file or sqlite:///path, or postgresql:// URL (created if absent)")
      ->required();
  review->add_option(
      "--key-file", a->key_file,
      "32-byte content key (raw or 64 hex digits); default $ABUSEMON_REVIEW_KEY_FILE");
  review->add_option("--now-ms", a->now_ms, "Fixed current time (ms since epoch), for replays");
  review->add_option("--retention-days", a->retention_days, "Content retention (default 30)")
      ->check(CLI::PositiveNumber);
  review
      ->add_option("--max-grant-hours", a->max_grant_hours,
                   "Longest grant of a NEW store (default 8; persisted in it: change it with "
                   "`review policy`)")
      ->check(CLI::Range(1e-3, 168.0));
  review
      ->add_option("--auto-confirm", a->auto_confirm,
                   "Confirm items at or above this confidence automatically (0 = off)")
      ->check(CLI::Range(0.0, 1.0));
  review->add_flag("--json", a->json, "Machine-readable output (one JSON value per line)");

  auto* principal = review->add_subcommand("principal-add", "Register a reviewer or manager");
  principal->add_option("id", a->id, "Principal id")->required();
  principal->add_option("--role", a->role, "reviewer | manager")->required();
  principal->add_option("--region", a->region, "Home region, e.g. eea")->required();
  principal->callback([a] {
    auto s = open_store(*a);
    s.store->add_principal(
        {a->id, parse_or_usage<Role>(a->role, parse_role, "role"), a->region, true});
    std::cout << "added " << a->role << ' ' << a->id << " (" << a->region << ")\n";
  });

  for (bool enable : {false, true}) {
    auto* c = review->add_subcommand(enable ? "principal-enable" : "principal-disable",
                                     enable ? "Re-enable a principal" : "Disable a principal");
    c->add_option("id", a->id, "Principal id")->required();
    c->callback([a, enable] {
      auto s = open_store(*a);
      s.store->set_principal_active(a->id, enable);
      std::cout << (enable ? "enabled " : "disabled ") << a->id << '\n';
    });
  }

  auto* submit = review->add_subcommand("submit",
                                        "Store a flagged item (text from --text, "
                                        "--text-file or stdin)");
  submit->add_option("--customer", a->customer, "Customer id")->required();
  submit->add_option("--user", a->user, "End-user id");
  submit->add_option("--region", a->region, "Region of the serving resource")->required();
  submit->add_option("--signal", a->submit_signal, "What raised it (default classifier)");
  submit->add_option("--queue", a->submit_queue, "Review queue (default: default)");
  submit->add_option("--category", a->category, "Automated category")->required();
  submit->add_option("--severity", a->submit_severity, "Automated severity (default medium)");
  submit->add_option("--confidence", a->confidence, "Automated confidence [0,1]")->required();
  submit->add_option("--verdict", a->verdict, "Classifier verdict JSON (default {})");
  auto* text_opt = submit->add_option("--text", a->text, "Flagged text");
  submit->add_option("--text-file", a->text_file, "File with the flagged text")->excludes(text_opt);
  submit->callback([a, text_opt] {
    ReviewSubmission sub;
    if (!a->text_file.empty()) {
      sub.content = read_file(a->text_file);
    } else if (text_opt->count() > 0) {
      sub.content = a->text;
    } else {
      sub.content.assign(std::istreambuf_iterator<char>(std::cin), {});
    }
    sub.customer = a->customer;
    sub.user = a->user;
    sub.region = a->region;
    sub.signal = a->submit_signal;
    sub.queue = a->submit_queue;
    sub.category = parse_or_usage<Category>(a->category, parse_category, "category");
    sub.severity = parse_or_usage<Severity>(a->submit_severity, parse_severity, "severity");
    sub.confidence = a->confidence;
    sub.verdict_json = a->verdict;
    auto s = open_store(*a);
    std::cout << s.store->submit(sub) << '\n';
  });

  auto* queue = review->add_subcommand("queue", "List items of your region (metadata only)");
  queue->add_option("--as", a->as, "Acting principal")->required();
  queue->add_option("--status", a->status,
                    "pending|confirmed|corrected|dismissed|expired|any (default pending)");
  queue->add_option("--queue", a->queue, "Only this queue");
  queue->add_option("--customer", a->customer, "Only this customer");
  queue->add_option("--after", a->after, "Only ids above this (pagination)");
  queue->add_option("--limit", a->limit, "At most this many (1..10000, default 100)");
  queue->callback([a] {
    QueueFilter f;
    if (a->status == "any") {
      f.status.reset();
    } else {
      f.status = parse_or_usage<ReviewStatus>(a->status, parse_review_status, "status");
    }
    f.queue = a->queue;
    f.customer = a->customer;
    f.after_id = a->after;
    f.limit = a->limit;
    auto s = open_store(*a);
    auto items = s.store->queue(a->as, f);
    if (!a->json) std::cout << "id\tstatus\tregion\tqueue\tcustomer\tuser\tfinding\tconf\tsignal\n";
    for (const auto& it : items) {
      if (a->json) {
        std::cout << to_json_string(it) << '\n';
      } else {
        print_item_line(it);
      }
    }
  });

  auto* request = review->add_subcommand("request", "Request just-in-time access");
  request->add_option("--as", a->as, "Requesting principal")->required();
  request->add_option("--reason", a->reason, "Why (ticket, case)")->required();
  request->add_option("--minutes", a->minutes, "Duration in minutes (default 60)")
      ->check(CLI::Range(1.0 / 60000, 7.0 * 24 * 60));
  request->add_option("--region", a->region, "Region (default: your own)");
  request->add_option("--queue", a->queue, "Only this queue (default: all)");
  request->callback([a] {
    GrantRequest r;
    r.reason = a->reason;
    r.duration_ms = static_cast<std::int64_t>(a->minutes * 60 * 1000);
    r.region = a->region;
    r.queue = a->queue;
    auto s = open_store(*a);
    std::cout << s.store->request_access(a->as, r) << '\n';
  });

  for (const char* verb : {"approve", "revoke"}) {
    const bool approve = std::string(verb) == "approve";
    auto* c = review->add_subcommand(
        verb, approve ? "Approve a grant (a manager other than the requester)"
                      : "Revoke a grant (its requester or a manager)");
    c->add_option("--as", a->as, "Acting principal")->required();
    c->add_option("grant", a->number, "Grant id")->required();
    c->callback([a, approve] {
      auto s = open_store(*a);
      if (approve) {
        s.store->approve_access(a->as, a->number);
      } else {
        s.store->revoke_access(a->as, a->number);
      }
      std::cout << to_json_string(s.store->grant(a->number)) << '\n';
    });
  }

  auto* policy =
      review->add_subcommand("policy", "Show (or, as administrator, change) the store's limits");
  policy
      ->add_option("--set-max-grant-hours", a->set_max_grant_hours,
                   "New grant limit in hours (audited; at most 168)")
      ->check(CLI::Range(1e-3, 168.0));
  policy->callback([a] {
    auto s = open_store(*a);
    if (a->set_max_grant_hours) {
      s.store->set_max_grant_ms(static_cast<std::int64_t>(*a->set_max_grant_hours * 3600 * 1000));
    }
    std::cout << "{\"max_grant_ms\":" << s.store->max_grant_ms() << "}\n";
  });

  auto* grants = review->add_subcommand("grants", "List grants (newest first)");
  grants->add_option("--of", a->as, "Only this requester's");
  grants->callback([a] {
    auto s = open_store(*a);
    for (const auto& g : s.store->grants(a->as)) std::cout << to_json_string(g) << '\n';
  });

  auto* show = review->add_subcommand("show", "Show an item's content (needs an active grant)");
  show->add_option("--as", a->as, "Acting principal")->required();
  show->add_option("item", a->number, "Item id")->required();
  show->callback([a] {
    auto s = open_store(*a);
    auto c = s.store->open_item(a->as, a->number);
    if (a->json) {
      std::cout << to_json_string(c) << '\n';
      return;
    }
    print_item_line(c.item);
    std::cout << "verdict: " << c.verdict_json << "\n---\n" << c.content << "\n---\n";
  });

  auto* decide = review->add_subcommand("decide", "Decide an item: confirm | correct | dismiss");
  decide->add_option("--as", a->as, "Acting principal")->required();
  decide->add_option("item", a->number, "Item id")->required();
  decide->add_option("decision", a->kind, "confirm | correct | dismiss")->required();
  decide->add_option("--reason", a->reason, "Why")->required();
  decide->add_option("--category", a->category, "Corrected category");
  decide->add_option("--severity", a->severity, "Corrected severity");
  decide->callback([a] {
    Decision d;
    d.kind = parse_or_usage<DecisionKind>(a->kind, parse_decision_kind, "decision");
    d.reason = a->reason;
    if (!a->category.empty()) {
      d.category = parse_or_usage<Category>(a->category, parse_category, "category");
    }
    if (!a->severity.empty()) {
      d.severity = parse_or_usage<Severity>(a->severity, parse_severity, "severity");
    }
    auto s = open_store(*a);
    std::cout << to_json_string(s.store->decide(a->as, a->number, d)) << '\n';
  });

  auto* verify = review->add_subcommand(
      "audit-verify", "Verify the audit hash chain (exit 3 if it was tampered with)");
  verify->add_option(
      "--expect-head", a->expect_head,
      "A head saved earlier: JSON {\"seq\":N,\"hash\":\"...\"} or a file holding it");
  verify->callback([a] {
    std::optional<AuditHead> expected;
    if (!a->expect_head.empty()) {
      const bool inline_json = a->expect_head.find('{') != std::string::npos;
      expected = parse_audit_head(inline_json ? a->expect_head : read_file(a->expect_head));
    }
    auto s = open_store(*a);
    auto v = s.store->verify_audit(expected);
    if (a->json) {
      std::cout << to_json_string(v) << '\n';
    } else if (v.ok) {
      std::cout << "audit ok: " << v.records << " records, head " << v.head.seq << ' '
                << v.head.hash_hex << '\n';
    }
    if (!v.ok) throw Failure(kExitInput, "audit chain broken: " + v.problem);
  });

  auto* head = review->add_subcommand("audit-head", "Print the audit chain head (to anchor it)");
  head->callback([a] {
    auto s = open_store(*a);
    std::cout << to_json_string(s.store->audit_head()) << '\n';
  });

  auto* audit = review->add_subcommand("audit", "Print audit records as JSON Lines");
  audit->add_option("--after", a->after, "Only records after this sequence number");
  audit->add_option("--limit", a->audit_limit, "At most this many (default 1000)");
  audit->callback([a] {
    auto s = open_store(*a);
    for (const auto& r : s.store->audit_records(a->after, a->audit_limit)) {
      std::cout << to_json_string(r) << '\n';
    }
  });

  auto* purge = review->add_subcommand("purge", "Purge content past the retention period");
  purge->callback([a] {
    auto s = open_store(*a);
    auto r = s.store->purge();
    std::cout << "purged " << r.purged << " item(s) created before " << r.cutoff_ms << '\n';
    if (r.wal_frames_left > 0) {
      throw Failure(kExitRuntime, std::to_string(r.wal_frames_left) +
                                      " write-ahead-log frames with old copies remain on disk (a "
                                      "reader holds an old snapshot): run purge again");
    }
  });

  auto* exp = review->add_subcommand("export", "Export decided items as labelled JSON Lines");
  exp->add_option("--as", a->as, "Acting principal (needs grants covering the items)")->required();
  exp->add_option("--out", a->out, "Output file (replaced)")->required();
  exp->add_flag("--corrections-only", a->corrections_only, "Only corrections");
  exp->add_flag("--include-automatic", a->include_automatic, "Also automatic confirmations");
  exp->add_option("--since-ms", a->since_ms, "Only decisions from this time");
  exp->callback([a] {
    auto s = open_store(*a);
    std::ofstream out(a->out, std::ios::binary | std::ios::trunc);
    if (!out) throw Failure(kExitRuntime, "cannot write '" + a->out + "'");
    auto r = s.store->export_labels(a->as, out,
                                    {a->corrections_only, a->include_automatic, a->since_ms});
    std::cout << "exported " << r.exported << " (skipped: " << r.skipped_no_grant
              << " outside your grants, " << r.skipped_purged << " purged)\n";
  });
}

}  // namespace abusemon::cli
