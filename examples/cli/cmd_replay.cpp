// `abusemon replay TRAFFIC.jsonl`: a traffic log through classification -> tracker -> review
// (simulated reviewer) -> enforcement on an injected clock; prints a timeline and a summary per
// customer (docs/CLI.md, docs/ENFORCEMENT.md).
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "abusemon/enforcement.hpp"
#include "abusemon/error.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/policy.hpp"
#include "abusemon/replay.hpp"
#include "abusemon/review.hpp"
#include "abusemon/tracker.hpp"
#include "cli_util.hpp"
#include "commands.hpp"
#include "core/format.hpp"
#include "model_loader.hpp"

namespace abusemon::cli {

namespace {

struct ReplayArgs {
  std::string traffic;
  std::string model;
  std::string db;
  std::string outbox;
  std::string maildir;
  std::string policy;
  std::string enforcement_policy;
  std::string tracker_config;
  double auto_confirm = 0;
  double reviewer_confirm = 0.5;
  std::string flag_severity = "medium";
  bool json = false;
  bool quiet = false;
  bool timeline = false;
};

std::string time_text(std::int64_t ms) {
  return abusemon::detail::rfc3339_utc(ms);
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : ",") + x;
  return out.empty() ? "-" : out;
}

// Who a refusal is about: the blocked end user, or the whole customer.
std::pair<std::string, std::string> refused_key(const ReplayEvent& e) {
  const bool user_block = e.detail.find("is blocked until") != std::string::npos;
  return {e.customer, user_block ? e.user : std::string()};
}

// Everything (--timeline), or a readable digest: transitions, signals and the first refusal of
// each blocked end user and each refused customer, with the count of the rest.
void print_timeline(const ReplayResult& r, bool everything) {
  std::map<std::pair<std::string, std::string>, std::size_t> refused;
  for (const auto& e : r.timeline) {
    if (e.kind == "refused") ++refused[refused_key(e)];
  }
  std::set<std::pair<std::string, std::string>> shown;
  std::cout << (everything ? "== timeline\n"
                           : "== timeline: transitions, signals, first refusal of each blocked "
                             "end user or customer (--timeline for every event)\n");
  for (const auto& e : r.timeline) {
    std::string detail = e.detail;
    if (!everything) {
      if (e.kind == "flagged" || e.kind == "decision") continue;
      if (e.kind == "refused") {
        if (!shown.insert(refused_key(e)).second) continue;
        const std::size_t n = refused[refused_key(e)];
        if (n > 1) detail += " [" + std::to_string(n - 1) + " more refused, not shown]";
      }
    }
    std::cout << time_text(e.time_ms) << "  " << e.customer << (e.user.empty() ? "" : "/" + e.user)
              << "  " << e.kind << "  " << detail << '\n';
  }
  std::cout << '\n';
}

void print_summary(const ReplayResult& r) {
  std::size_t quiet_customers = 0;
  std::cout << "== customers\n"
               "customer\tfinal_state\trequests\trefused\tflagged\tsignals\tdecisions\t"
               "notifications\n";
  std::vector<std::pair<std::string, const ReplayUser*>> users;
  for (const auto& c : r.customers) {
    for (const auto& u : c.users) users.emplace_back(c.customer, &u);
    if (c.flagged == 0 && c.signals.empty() && c.transitions.empty() && c.refused == 0 &&
        c.users.empty()) {
      ++quiet_customers;
      continue;
    }
    std::string decisions;
    for (const auto& [k, n] : c.decisions) {
      decisions += (decisions.empty() ? "" : ",") + k + ":" + std::to_string(n);
    }
    std::cout << c.customer << '\t' << to_string(c.final_state) << '\t' << c.requests << '\t'
              << c.refused << '\t' << c.flagged << '\t' << c.signals.size() << '\t'
              << (decisions.empty() ? "-" : decisions) << '\t' << joined(c.notifications) << '\n';
  }
  std::cout << r.records << " records, " << r.customers.size() << " customers (" << quiet_customers
            << " without findings, not listed)\n";
  if (users.empty()) return;
  std::cout << "\n== end users acted on\n"
               "customer\tuser\tfinal_state\trequests\trefused\tnotices\ttransitions\n";
  for (const auto& [customer, u] : users) {
    std::cout << customer << '\t' << u->user << '\t' << to_string(u->final_state) << '\t'
              << u->requests << '\t' << u->refused << '\t' << u->notices << '\t'
              << joined(u->transitions) << '\n';
  }
}

void run_replay(const ReplayArgs& a) {
  // Cheap checks first: inputs and configuration, the model last.
  std::ifstream traffic(a.traffic, std::ios::binary);
  if (!traffic) throw Failure(kExitNotFound, "cannot read traffic log '" + a.traffic + "'");
  ReplayOptions ro;
  auto sev = parse_severity(a.flag_severity);
  if (!sev || *sev == Severity::safe) {
    throw Failure(kExitUsage, "--flag-severity must be low, medium or high");
  }
  ro.flag_min_severity = *sev;
  ro.reviewer_confirm_score = a.reviewer_confirm;
  ReplayRunOptions run;
  run.replay = ro;
  run.db = a.db;
  run.outbox = a.outbox;
  run.maildir = a.maildir;
  run.auto_confirm_confidence = a.auto_confirm;
  Policy policy = a.policy.empty() ? Policy() : Policy::from_file(a.policy);
  if (!a.tracker_config.empty()) run.tracker = parse_tracker_config(read_file(a.tracker_config));
  if (!a.enforcement_policy.empty()) {
    run.enforcement = EnforcementPolicy::from_json(read_file(a.enforcement_policy));
  }
  ReplayResult r = abusemon::run_replay(traffic, load_scorer(a.model), std::move(policy), run);
  if (a.json) {
    std::cout << to_json_string(r) << '\n';
    return;
  }
  if (!a.quiet) print_timeline(r, a.timeline);
  print_summary(r);
}
}  // namespace

void register_replay_command(CLI::App& app) {
  auto a = std::make_shared<ReplayArgs>();
  auto* cmd = app.add_subcommand(
      "replay", "Replay a traffic log through classification, tracker, review and enforcement");
  cmd->add_option("traffic", a->traffic, "Traffic log (JSON Lines, format in docs/CLI.md)")
      ->required();
  cmd->add_option("--model", a->model,
                  "Model file (default: $ABUSEMON_MODEL or the default model)");
  cmd->add_option("--db", a->db,
                  "Store: SQLite file or postgresql:// URL (default: a temporary file)");
  cmd->add_option("--outbox", a->outbox, "Append the notifications to this JSON Lines file");
  cmd->add_option("--maildir", a->maildir,
                  "Deliver the notifications as e-mail messages into this Maildir");
  cmd->add_option("--policy", a->policy, "Monitor policy JSON (default: built in)");
  cmd->add_option("--enforcement-policy", a->enforcement_policy, "Enforcement policy JSON");
  cmd->add_option("--tracker-config", a->tracker_config, "Tracker configuration JSON");
  cmd->add_option("--auto-confirm", a->auto_confirm,
                  "Automated pre-review: confirm at or above this confidence (0 = off)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--reviewer-confirm", a->reviewer_confirm,
                  "Simulated reviewer confirms at or above this top score (default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--flag-severity", a->flag_severity,
                  "Send texts at or above this severity to review (default medium)");
  cmd->add_flag("--json", a->json, "Print the summary as JSON instead of the timeline and table");
  cmd->add_flag("--quiet", a->quiet, "Print only the summary tables");
  cmd->add_flag("--timeline", a->timeline,
                "Print every event of the timeline (default: a digest without repeats)");
  cmd->callback([a] { run_replay(*a); });
}

}  // namespace abusemon::cli
