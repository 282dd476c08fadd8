// `abusemon enforce ...`: customer standing, appeals, the gate and notification delivery over the
// review store's file (docs/ENFORCEMENT.md, docs/CLI.md).
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>

#include "abusemon/enforcement.hpp"
#include "abusemon/error.hpp"
#include "abusemon/review.hpp"
#include "cli_util.hpp"
#include "commands.hpp"

namespace abusemon::cli {

namespace {

struct EnforceArgs {
  std::string db;
  std::string policy_file;
  std::string key_file;
  std::optional<std::int64_t> now_ms;
  std::string customer;
  std::string user;
  std::string as;
  std::string text;
  std::string outbox;
  std::string maildir;
  std::string from = "abusemon@localhost";
  std::int64_t number = 0;
  std::size_t max = 100;
  bool grant = false;
  bool deny = false;
  bool pending_only = false;
};

struct Session {
  std::unique_ptr<FixedClock> clock;
  std::unique_ptr<Enforcement> enf;
};

Session open_enforcement(const EnforceArgs& a) {
  Session s;
  EnforcementOptions o;
  o.path = a.db;
  if (!a.policy_file.empty()) o.policy = EnforcementPolicy::from_json(read_file(a.policy_file));
  if (!a.key_file.empty()) o.key = load_review_key(a.key_file);
  if (a.now_ms) {
    s.clock = std::make_unique<FixedClock>(*a.now_ms);
    o.clock = s.clock.get();
  }
  s.enf = std::make_unique<Enforcement>(std::move(o));
  return s;
}

void print_transitions(const std::vector<Transition>& ts) {
  for (const auto& t : ts) std::cout << to_json_string(t) << '\n';
}

}  // namespace

void register_enforce_command(CLI::App& app) {
  auto a = std::make_shared<EnforceArgs>();
  auto* enforce =
      app.add_subcommand("enforce", "Enforcement: customer standing, appeals, gate, notifications");
  enforce->require_subcommand(1);
  enforce->add_option("--db", a->db, "Store (the review store's): SQLite file or postgresql:// URL")
      ->required();
  enforce->add_option("--policy", a->policy_file,
                      "Enforcement policy JSON file (default: built in)");
  enforce->add_option("--now-ms", a->now_ms, "Fixed current time (ms since epoch), for replays");
  enforce->add_option("--key-file", a->key_file,
                      "The review store's key file, if encrypted (transitions extend its audit "
                      "chain)");

  auto* sync = enforce->add_subcommand(
      "sync", "Apply new review decisions, then evaluate deadlines; prints the transitions");
  sync->add_option("--key-file", a->key_file, "The review store's key file, if encrypted");
  sync->callback([a] {
    auto s = open_enforcement(*a);
    ReviewStoreOptions ro;
    ro.path = a->db;
    if (!a->key_file.empty()) ro.key = load_review_key(a->key_file);
    ro.clock = s.clock.get();
    ReviewStore review(std::move(ro));
    print_transitions(s.enf->sync(review));
    print_transitions(s.enf->tick());
  });

  auto* tick = enforce->add_subcommand("tick", "Evaluate remediation deadlines");
  tick->callback([a] {
    auto s = open_enforcement(*a);
    print_transitions(s.enf->tick());
  });

  auto* status = enforce->add_subcommand("status", "Standing of one customer, or of all");
  status->add_option("customer", a->customer, "Customer id (default: every known customer)");
  status->callback([a] {
    auto s = open_enforcement(*a);
    if (!a->customer.empty()) {
      std::cout << to_json_string(s.enf->status(a->customer)) << '\n';
      return;
    }
    for (const auto& c : s.enf->customers()) std::cout << to_json_string(c) << '\n';
  });

  auto* gate = enforce->add_subcommand(
      "gate",
      "Would this customer (or one end user of it) be served? exit 0 allowed, 5 refused (reason "
      "on stderr)");
  gate->add_option("customer", a->customer, "Customer id")->required();
  gate->add_option("--user", a->user, "End-user id within the customer");
  gate->callback([a] {
    auto s = open_enforcement(*a);
    auto g = s.enf->is_allowed(a->customer, a->user);
    std::cout << to_json_string(g) << '\n';
    if (!g.allowed) throw Failure(kExitPermission, g.reason);
  });

  auto* history = enforce->add_subcommand("history", "Transitions (with reasons and evidence)");
  history->add_option("customer", a->customer, "Customer id (default: all)");
  history->callback([a] {
    auto s = open_enforcement(*a);
    print_transitions(s.enf->history(a->customer));
  });

  auto* users = enforce->add_subcommand("users", "End users acted on (blocked or noticed)");
  users->add_option("customer", a->customer, "Customer id (default: all)");
  users->callback([a] {
    auto s = open_enforcement(*a);
    for (const auto& u : s.enf->users(a->customer)) std::cout << to_json_string(u) << '\n';
  });

  auto* unblock = enforce->add_subcommand(
      "unblock-user", "The customer acted on a blocked end user: lift the block early");
  unblock->add_option("customer", a->customer, "Customer id")->required();
  unblock->add_option("user", a->user, "End-user id")->required();
  unblock->add_option("--as", a->as, "Who lifts it (staff, on the customer's word)")->required();
  unblock->add_option("--reason", a->text, "What the customer did")->required();
  unblock->callback([a] {
    auto s = open_enforcement(*a);
    std::cout << to_json_string(s.enf->unblock_user(a->as, a->customer, a->user, a->text)) << '\n';
  });

  auto* contact = enforce->add_subcommand("contact", "Set a customer's notification address");
  contact->add_option("customer", a->customer, "Customer id")->required();
  contact->add_option("email", a->text, "E-mail address")->required();
  contact->callback([a] {
    auto s = open_enforcement(*a);
    s.enf->set_contact(a->customer, a->text);
  });

  auto* reinstate = enforce->add_subcommand("reinstate", "Lift a suspension");
  reinstate->add_option("customer", a->customer, "Customer id")->required();
  reinstate->add_option("--as", a->as, "Staff member")->required();
  reinstate->add_option("--reason", a->text, "Why")->required();
  reinstate->callback([a] {
    auto s = open_enforcement(*a);
    std::cout << to_json_string(s.enf->reinstate(a->as, a->customer, a->text)) << '\n';
  });

  auto* appeal = enforce->add_subcommand("appeal", "Record a customer's appeal; prints its id");
  appeal->add_option("customer", a->customer, "Customer id")->required();
  appeal->add_option("--explanation", a->text, "The customer's explanation")->required();
  appeal->callback([a] {
    auto s = open_enforcement(*a);
    std::cout << s.enf->file_appeal(a->customer, a->text) << '\n';
  });

  auto* resolve = enforce->add_subcommand("resolve-appeal", "Grant or deny an appeal");
  resolve->add_option("appeal", a->number, "Appeal id")->required();
  resolve->add_option("--as", a->as, "Staff member")->required();
  resolve->add_option("--note", a->text, "Decision note (sent to the customer)")->required();
  auto* g_flag = resolve->add_flag("--grant", a->grant, "Grant: back to good standing");
  auto* d_flag = resolve->add_flag("--deny", a->deny, "Deny: no change");
  g_flag->excludes(d_flag);
  resolve->callback([a] {
    if (a->grant == a->deny) throw Failure(kExitUsage, "give exactly one of --grant and --deny");
    auto s = open_enforcement(*a);
    s.enf->resolve_appeal(a->as, a->number, a->grant, a->text);
    for (const auto& ap : s.enf->appeals()) {
      if (ap.id == a->number) std::cout << to_json_string(ap) << '\n';
    }
  });

  auto* deliver = enforce->add_subcommand(
      "deliver", "Deliver due notifications to a JSON Lines outbox file or a Maildir");
  auto* jsonl = deliver->add_option("--outbox", a->outbox, "JSON Lines file (appended)");
  auto* maildir = deliver->add_option("--maildir", a->maildir,
                                      "Maildir: one RFC 5322 message per notification in new/");
  jsonl->excludes(maildir);
  deliver->add_option("--from", a->from, "From address of Maildir messages");
  deliver->add_option("--max", a->max, "At most this many (default 100)");
  deliver->callback([a] {
    if (a->outbox.empty() && a->maildir.empty()) {
      throw Failure(kExitUsage, "deliver needs --outbox FILE or --maildir DIR");
    }
    auto s = open_enforcement(*a);
    std::unique_ptr<NotificationSink> sink;
    if (a->maildir.empty()) {
      sink = std::make_unique<JsonlOutboxSink>(a->outbox);
    } else {
      sink = std::make_unique<MaildirOutboxSink>(a->maildir, a->from);
    }
    auto r = s.enf->deliver(*sink, a->max);
    std::cout << "delivered " << r.delivered << ", failed " << r.failed << " (dead " << r.dead
              << ")\n";
    if (r.failed != 0) throw Failure(kExitRuntime, "some notifications could not be delivered");
  });

  auto* outbox = enforce->add_subcommand("outbox", "List notifications (JSON Lines)");
  outbox->add_flag("--pending", a->pending_only, "Only those not yet delivered");
  outbox->callback([a] {
    auto s = open_enforcement(*a);
    for (const auto& n : s.enf->outbox(a->pending_only)) std::cout << to_json_string(n) << '\n';
  });

  auto* policy = enforce->add_subcommand("policy", "Print the policy in force (JSON)");
  policy->callback([a] {
    auto s = open_enforcement(*a);
    std::cout << s.enf->policy().to_json() << '\n';
  });
}

}  // namespace abusemon::cli
