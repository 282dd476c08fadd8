// `abusemon replay TRAFFIC.jsonl`: a traffic log through classification -> tracker -> review
// (simulated reviewer) -> enforcement on an injected clock; prints a timeline and a summary per
// customer (docs/CLI.md, docs/ENFORCEMENT.md). With --replicas N it drives N replica processes
// against shared services (docs/FLEET.md#replaying-a-fleet); `abusemon replay-merge` combines
// the results of replicas run by hand (several hosts).
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
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
#include "replay_fleet.hpp"

namespace abusemon::cli {

namespace {

struct ReplayArgs {
  std::string traffic;
  // fleet replay
  std::size_t replicas = 0;  // > 0: drive this many replica processes
  std::optional<std::size_t> replica_index;
  std::size_t replica_count = 0;
  std::int64_t fleet_start = 0;
  std::string fleet_run;
  ReplayFleetOptions fleet;
  std::string model;
  MultilingualArgs multilingual;
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

Policy load_policy(const ReplayArgs& a) {
  return a.policy.empty() ? Policy() : Policy::from_file(a.policy);
}

ReplayRunOptions run_options(const ReplayArgs& a) {
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
  if (!a.tracker_config.empty()) run.tracker = parse_tracker_config(read_file(a.tracker_config));
  if (!a.enforcement_policy.empty()) {
    run.enforcement = EnforcementPolicy::from_json(read_file(a.enforcement_policy));
  }
  return run;
}

void print_result(const ReplayResult& r, const ReplayArgs& a) {
  if (r.late_records > 0) {
    std::cerr << "abusemon: warning: " << r.late_records
              << " records of the fleet replay started after their slot (raise --fleet-pace): "
                 "for those the replicas were not in step\n";
  }
  if (a.json) {
    std::cout << to_json_string(r) << '\n';
    return;
  }
  if (!a.quiet) print_timeline(r, a.timeline);
  print_summary(r);
}

// One replica of a fleet replay: its result, timeline included, as one JSON line for the
// driver (or replay-merge) to combine.
void run_replica(const ReplayArgs& a, ReplayRunOptions run, std::ifstream& traffic) {
  if (*a.replica_index >= a.replica_count) {
    throw Failure(kExitUsage, "--replica-index must be below --replica-count");
  }
  if (!run.tracker || !run.tracker->fleet || !run.tracker->fleet->detection) {
    throw Failure(kExitUsage,
                  "a fleet replay needs --tracker-config with a fleet section and \"detection\" "
                  "(docs/FLEET.md)");
  }
  if (a.db.empty() && a.replica_count > 1) {
    throw Failure(kExitUsage, "the replicas of a fleet replay need a shared --db");
  }
  // A run id keeps this replay's Redis keys (streams, signal ids) apart from other runs'.
  if (!a.fleet_run.empty()) run.tracker->fleet->key_prefix += ":replay:" + a.fleet_run;
  ReplayFleetOptions f = a.fleet;
  f.replica_index = *a.replica_index;
  f.replica_count = a.replica_count;
  f.start_wall_ms = a.fleet_start;
  run.replay.fleet = f;
  run.outbox.clear();  // the driver delivers, once, after the merge
  run.maildir.clear();
  const ReplayResult r = abusemon::run_replay(traffic, load_routed_scorer(a.model, a.multilingual),
                                              load_policy(a), run);
  std::cout << to_json_string(r, true) << '\n';
}

// The options a replica needs from the driver's command line (the driver adds its own).
std::vector<std::string> replica_arguments(const ReplayArgs& a) {
  std::vector<std::string> v;
  auto opt = [&v](const char* name, const std::string& value) {
    if (value.empty()) return;
    v.push_back(name);
    v.push_back(value);
  };
  opt("--model", a.model);
  // Replicas resolve the default multilingual model as the driver does (same binary and
  // environment); an explicit choice is passed on.
  if (a.multilingual.disabled) v.emplace_back("--no-multilingual");
  opt("--multilingual-model", a.multilingual.path);
  if (a.multilingual.no_consensus) v.emplace_back("--no-consensus");
  if (a.multilingual.consensus_band.size() == 2) {
    opt("--consensus-band", std::to_string(a.multilingual.consensus_band[0]) + "," +
                                std::to_string(a.multilingual.consensus_band[1]));
  }
  opt("--policy", a.policy);
  opt("--enforcement-policy", a.enforcement_policy);
  opt("--tracker-config", a.tracker_config);
  opt("--auto-confirm", std::to_string(a.auto_confirm));
  opt("--reviewer-confirm", std::to_string(a.reviewer_confirm));
  opt("--flag-severity", a.flag_severity);
  opt("--fleet-pace", std::to_string(a.fleet.pace_ms));
  opt("--fleet-signal-wait", std::to_string(a.fleet.signal_wait_ms));
  opt("--fleet-settle", std::to_string(a.fleet.settle_ms));
  return v;
}

void run_replay(const ReplayArgs& a) {
  // Cheap checks first: inputs and configuration, the model last.
  std::ifstream traffic(a.traffic, std::ios::binary);
  if (!traffic) throw Failure(kExitNotFound, "cannot read traffic log '" + a.traffic + "'");
  ReplayRunOptions run = run_options(a);
  if (a.replicas > 0 && a.replica_index) {
    throw Failure(kExitUsage, "--replicas drives the replicas; --replica-index runs one of them");
  }
  if (a.replica_index) return run_replica(a, std::move(run), traffic);
  if (a.replicas > 0) {
    ReplayResult r = drive_replicas(a.replicas, a.traffic, a.db, replica_arguments(a),
                                    run.enforcement, a.outbox, a.maildir);
    return print_result(r, a);
  }
  ReplayResult r = abusemon::run_replay(traffic, load_routed_scorer(a.model, a.multilingual),
                                        load_policy(a), run);
  print_result(r, a);
}

void run_merge(const std::vector<std::string>& files, const ReplayArgs& a) {
  if (a.db.empty()) throw Failure(kExitUsage, "replay-merge needs the replicas' --db");
  std::vector<ReplayResult> parts;
  for (const auto& f : files) {
    try {
      parts.push_back(replay_result_from_json(read_file(f, "replica result")));
    } catch (const error& e) {
      throw Failure(kExitInput, f + ": " + e.what());
    }
  }
  EnforcementOptions eo;
  eo.path = a.db;
  if (!a.enforcement_policy.empty()) {
    eo.policy = EnforcementPolicy::from_json(read_file(a.enforcement_policy));
  }
  Enforcement enforcement(eo);
  print_result(merge_replay_results(std::move(parts), enforcement, a.outbox, a.maildir), a);
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
  add_multilingual_options(*cmd, a->multilingual);
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
  cmd->add_option("--replicas", a->replicas,
                  "Fleet replay: drive this many replica processes against the shared --db and "
                  "the Redis of --tracker-config (docs/FLEET.md)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--replica-index", a->replica_index,
                  "Fleet replay: run replica I of --replica-count (prints its result as JSON for "
                  "replay-merge)");
  cmd->add_option("--replica-count", a->replica_count, "Fleet replay: N replicas in all")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--fleet-start", a->fleet_start,
                  "Fleet replay: wall time (ms since the epoch) of the first record, the same for "
                  "every replica (default: now)");
  cmd->add_option("--fleet-run", a->fleet_run,
                  "Fleet replay: a run id, the same for every replica; keeps the run's Redis keys "
                  "apart from other runs'");
  cmd->add_option("--fleet-pace", a->fleet.pace_ms, "Fleet replay: wall ms per record (200)")
      ->check(CLI::Range(1, 3'600'000));
  cmd->add_option("--fleet-signal-wait", a->fleet.signal_wait_ms,
                  "Fleet replay: wall ms a record waits for the fleet's signals (150)")
      ->check(CLI::Range(0, 3'600'000));
  cmd->add_option("--fleet-settle", a->fleet.settle_ms,
                  "Fleet replay: wall ms to keep surfacing signals after the last record (2000)")
      ->check(CLI::Range(0, 3'600'000));
  cmd->add_flag("--json", a->json, "Print the summary as JSON instead of the timeline and table");
  cmd->add_flag("--quiet", a->quiet, "Print only the summary tables");
  cmd->add_flag("--timeline", a->timeline,
                "Print every event of the timeline (default: a digest without repeats)");
  cmd->callback([a] { run_replay(*a); });

  auto m = std::make_shared<ReplayArgs>();
  auto files = std::make_shared<std::vector<std::string>>();
  auto* merge = app.add_subcommand(
      "replay-merge", "Combine the results of the replicas of a fleet replay (--replica-index)");
  merge->add_option("results", *files, "Replica results (JSON, one file per replica)")->required();
  merge->add_option("--db", m->db, "The store the replicas shared (SQLite file or URL)")
      ->required();
  merge->add_option("--enforcement-policy", m->enforcement_policy, "Enforcement policy JSON");
  merge->add_option("--outbox", m->outbox, "Append the notifications to this JSON Lines file");
  merge->add_option("--maildir", m->maildir,
                    "Deliver the notifications as e-mail messages into this Maildir");
  merge->add_flag("--json", m->json, "Print the summary as JSON");
  merge->add_flag("--quiet", m->quiet, "Print only the summary tables");
  merge->add_flag("--timeline", m->timeline, "Print every event of the timeline");
  merge->callback([m, files] { run_merge(*files, *m); });
}

}  // namespace abusemon::cli
