// `abusemon tracker ...`: replay events through a tracker and inspect snapshots
// (docs/TRACKER.md, docs/CLI.md).
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include "abusemon/error.hpp"
#include "abusemon/tracker.hpp"
#include "cli_util.hpp"
#include "commands.hpp"
#include "core/format.hpp"
#include "core/json_input.hpp"
#include "terminal.hpp"

namespace abusemon::cli {

namespace {

using json = nlohmann::json;

// Integer fields must be JSON integers in range: nlohmann's get<> would silently wrap a
// negative id into a huge unsigned one and truncate 1.5 or 1e30 (the latter is UB).
[[noreturn]] void not_an_integer(const json& v, const std::string& key, const std::string& where) {
  throw Failure(kExitInput, where + ": " + key + ": expected an integer, got " +
                                (v.is_number() ? std::string("a fraction or exponent")
                                               : std::string(v.type_name())));
}

int64_t json_int64(const json& v, const std::string& key, const std::string& where) {
  if (v.is_number_unsigned()) {
    const auto u = v.get<uint64_t>();
    if (u > static_cast<uint64_t>(INT64_MAX)) {
      throw Failure(kExitInput, where + ": " + key + ": out of range");
    }
    return static_cast<int64_t>(u);
  }
  if (v.is_number_integer()) return v.get<int64_t>();
  not_an_integer(v, key, where);
}

uint64_t json_uint64(const json& v, const std::string& key, const std::string& where) {
  if (v.is_number_unsigned()) return v.get<uint64_t>();
  if (v.is_number_integer()) {
    throw Failure(kExitInput, where + ": " + key + ": expected a non-negative integer");
  }
  not_an_integer(v, key, where);
}

struct TrackerArgs {
  std::string events;
  std::string config;
  std::string restore;
  std::string snapshot;
  bool stats = false;
  bool fleet = false;
  std::size_t replica_index = 0;
  std::size_t replica_count = 1;
  int64_t fleet_wait_ms = 2000;
  std::string path;
  std::string customer;
  std::string user;
  std::size_t top = 20;
  bool json_out = false;
};

// One JSONL event; the keys are those of the Python Tracker.record() (docs/TRACKER.md).
TrackerEvent parse_event(const json& j, std::string& customer, std::string& user,
                         const std::string& where) {
  auto bad = [&](const std::string& m) { throw Failure(kExitInput, where + ": " + m); };
  if (!j.is_object()) bad("expected a JSON object");
  TrackerEvent ev;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    try {
      if (k == "customer")
        customer = v.get<std::string>();
      else if (k == "user")
        user = v.is_null() ? "" : v.get<std::string>();
      else if (k == "time_ms")
        ev.time_ms = json_int64(v, k, where);
      else if (k == "item_id")
        ev.item_id = json_uint64(v, k, where);
      else if (k == "fingerprint")
        ev.fingerprint = json_uint64(v, k, where);
      else if (k == "jailbreak")
        ev.jailbreak = v.get<bool>();
      else if (k == "text") {
        if (ev.fingerprint == 0) ev.fingerprint = fingerprint(v.get<std::string>());
      } else if (k == "direction") {
        auto d = parse_direction(v.get<std::string>());
        if (!d) bad("direction: expected \"prompt\" or \"completion\"");
        ev.direction = *d;
      } else if (k == "action") {
        auto a = parse_action(v.get<std::string>());
        if (!a) bad("action: expected \"allow\", \"annotate\" or \"block\"");
        ev.action = *a;
      } else if (k == "severity") {
        if (!v.is_object()) bad("severity: expected an object {category: severity}");
        for (auto s = v.begin(); s != v.end(); ++s) {
          auto c = parse_category(s.key());
          if (!c) bad("severity." + s.key() + ": unknown category");
          auto sev =
              s.value().is_string() ? parse_severity(s.value().get<std::string>()) : std::nullopt;
          if (!sev) bad("severity." + s.key() + ": expected safe, low, medium or high");
          ev.severity[static_cast<std::size_t>(*c)] = *sev;
        }
      } else {
        bad("unknown key \"" + k + "\"");
      }
    } catch (const json::exception&) {
      bad(k + ": wrong type (" + std::string(v.type_name()) + ")");
    }
  }
  if (customer.empty()) bad("missing \"customer\"");
  return ev;
}

// One review line: {"review": "confirmed"|"corrected"|"dismissed", "customer", "user"?,
// "category", "time_ms"?, "decision_seq"?} (docs/TRACKER.md#review-outcomes).
ReviewEvent parse_review(const json& j, std::string& customer, std::string& user,
                         const std::string& where) {
  auto bad = [&](const std::string& m) { throw Failure(kExitInput, where + ": " + m); };
  ReviewEvent r;
  bool has_category = false;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    try {
      if (k == "review") {
        auto o = parse_review_outcome(v.get<std::string>());
        if (!o) bad("review: expected \"confirmed\", \"corrected\" or \"dismissed\"");
        r.outcome = *o;
      } else if (k == "customer") {
        customer = v.get<std::string>();
      } else if (k == "user") {
        user = v.is_null() ? "" : v.get<std::string>();
      } else if (k == "category") {
        auto c = parse_category(v.get<std::string>());
        if (!c) bad("category: unknown category \"" + v.get<std::string>() + "\"");
        r.category = *c;
        has_category = true;
      } else if (k == "time_ms") {
        r.time_ms = json_int64(v, k, where);
      } else if (k == "decision_seq") {
        r.decision_seq = json_int64(v, k, where);
      } else {
        bad("unknown key \"" + k + "\" in a review line");
      }
    } catch (const json::exception&) {
      bad(k + ": wrong type (" + std::string(v.type_name()) + ")");
    }
  }
  if (customer.empty()) bad("missing \"customer\"");
  if (!has_category) bad("missing \"category\"");
  return r;
}

TrackerConfig load_config(const std::string& path) {
  if (path.empty()) return parse_tracker_config("{}");
  return parse_tracker_config(read_file(path, "config"));
}

void run_replay(const TrackerArgs& a) {
  TrackerConfig cfg = load_config(a.config);
  if (a.replica_index >= a.replica_count) {
    throw Failure(kExitUsage, "--replica-index must be below --replica-count");
  }
  if (!a.fleet) {
    cfg.fleet.reset();  // a replay touches a shared Redis only when asked to
  } else if (!cfg.fleet) {
    throw Failure(kExitUsage, "--fleet needs a config with a \"fleet\" section");
  }
  ManualClock clock(SystemClock::instance().now_ms());
  Tracker tracker(cfg, &clock);
  if (!a.restore.empty()) tracker.restore(a.restore);
  std::ifstream in;
  std::istream* src = &std::cin;
  if (a.events != "-") {
    in.open(a.events, std::ios::binary);
    if (!in) throw Failure(kExitNotFound, "cannot read events '" + a.events + "'");
    src = &in;
  }
  std::string line, customer, user;
  std::vector<Signal> sigs;
  std::size_t lineno = 0, record_no = 0;
  bool clock_set = false;
  while (std::getline(*src, line)) {
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    // Round-robin over replica processes: this one takes every replica_count-th record.
    if (record_no++ % a.replica_count != a.replica_index) continue;
    const std::string where = (a.events == "-" ? "stdin" : a.events) + ":" + std::to_string(lineno);
    json j;
    try {
      j = abusemon::detail::parse_json(line);
    } catch (const abusemon::error& e) {
      throw Failure(kExitInput, where + ": " + e.what());
    }
    customer.clear();
    user.clear();
    if (j.is_object() && j.contains("review")) {
      ReviewEvent r = parse_review(j, customer, user, where);
      if (r.time_ms != 0 && (!clock_set || r.time_ms > clock.now_ms())) {
        clock.set_ms(r.time_ms);
        clock_set = true;
      }
      r.customer = customer;
      r.user = user;
      try {
        tracker.record_review(r);
      } catch (const std::invalid_argument& e) {
        throw Failure(kExitInput, where + ": " + e.what());
      }
      continue;
    }
    TrackerEvent ev = parse_event(j, customer, user, where);
    // Deterministic replay: time follows the events (an event without time_ms keeps the last).
    if (ev.time_ms != 0) {
      if (!clock_set || ev.time_ms > clock.now_ms()) clock.set_ms(ev.time_ms);
      clock_set = true;
    }
    ev.customer = customer;
    ev.user = user;
    try {
      tracker.record(ev);
    } catch (const std::invalid_argument& e) {
      throw Failure(kExitInput, where + ": " + e.what());
    }
    sigs.clear();
    tracker.drain_signals(sigs);
    for (const auto& s : sigs) std::cout << to_json(s) << '\n';
  }
  if (in.bad() || (src == &std::cin && std::cin.bad())) throw Failure(kExitRuntime, "read error");
  if (a.fleet) {
    // Everything acknowledged by Redis, then the fleet's signals as they arrive.
    bool flushed = false;
    for (int i = 0; i < 50 && !flushed; ++i) flushed = tracker.flush_fleet(200);
    if (!flushed) std::cerr << "warning: events still buffered (Redis unreachable?)\n";
    const int64_t until = SystemClock::instance().now_ms() + a.fleet_wait_ms;
    do {
      sigs.clear();
      tracker.drain_signals(sigs);
      for (const auto& s : sigs) std::cout << to_json(s) << '\n';
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    } while (SystemClock::instance().now_ms() < until);
  }
  if (!a.snapshot.empty()) tracker.snapshot(a.snapshot);
  if (a.stats) std::cout << to_json(tracker.stats()) << '\n';
}

std::string fmt_time(int64_t ms) {
  return abusemon::detail::rfc3339_utc(ms);
}

void print_entity(const EntityView& v) {
  std::printf("customer:        %s\n", printable(v.customer).c_str());
  if (!v.user.empty()) std::printf("user:            %s\n", printable(v.user).c_str());
  std::printf("first seen:      %s\n", fmt_time(v.first_seen_ms).c_str());
  std::printf("last seen:       %s\n", fmt_time(v.last_seen_ms).c_str());
  std::printf("requests:        %llu (flagged %llu, blocked %llu)\n",
              static_cast<unsigned long long>(v.total_requests),
              static_cast<unsigned long long>(v.total_flagged),
              static_cast<unsigned long long>(v.total_blocked));
  std::printf("score:           %.3f (trend %+.3f)\n", v.score,
              std::abs(v.trend) < 5e-4 ? 0.0 : v.trend);
  for (std::size_t h = 0; h < v.horizons.size(); ++h) {
    std::printf(
        "over %-5s       requests %.1f, flagged %.1f (>= medium %.1f, high %.1f), "
        "jailbreaks %.1f\n",
        v.horizons[h].c_str(), v.requests[h], v.counts[h][kAnyCategoryRow][0],
        v.counts[h][kAnyCategoryRow][1], v.counts[h][kAnyCategoryRow][2], v.jailbreaks[h]);
  }
  auto ids = [](const std::vector<uint64_t>& xs) {
    std::string s;
    for (auto x : xs) s += (s.empty() ? "" : ", ") + std::to_string(x);
    return s.empty() ? std::string("-") : s;
  };
  std::printf("recent items:    %s\n", ids(v.recent_items).c_str());
  std::printf("severe items:    %s\n", ids(v.severe_items).c_str());
  std::string open;
  for (const auto& d : v.open_detectors) open += (open.empty() ? "" : ", ") + d;
  std::printf("open detectors:  %s\n", open.empty() ? "-" : open.c_str());
  for (std::size_t o = 0; o < kReviewOutcomeCount; ++o) {
    std::string per;
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
      if (v.reviews[o][c] == 0) continue;
      per += (per.empty() ? "" : ", ") + std::string(to_string(static_cast<Category>(c))) + " " +
             std::to_string(v.reviews[o][c]);
    }
    const std::string label = std::string(to_string(static_cast<ReviewOutcome>(o))) + ":";
    std::printf("%-17s%s\n", label.c_str(), per.empty() ? "-" : per.c_str());
  }
  if (v.last_review_ms != 0)
    std::printf("last review:     %s\n", fmt_time(v.last_review_ms).c_str());
}

// Sum of one outcome over the categories.
uint64_t review_total(const EntityView& v, ReviewOutcome o) {
  uint64_t n = 0;
  for (auto x : v.reviews[static_cast<std::size_t>(o)]) n += x;
  return n;
}

void run_inspect(const TrackerArgs& a) {
  const SnapshotInfo info = read_snapshot(a.path);
  if (!a.customer.empty()) {
    for (const auto& e : info.entities) {
      if (e.customer == a.customer && e.user == a.user) {
        if (a.json_out) {
          std::cout << to_json(e) << '\n';
        } else {
          print_entity(e);
        }
        return;
      }
    }
    throw Failure(kExitNotFound, a.user.empty()
                                     ? "customer '" + a.customer + "' not in the snapshot"
                                     : "user '" + a.user + "' of customer '" + a.customer +
                                           "' not in the snapshot");
  }
  std::vector<const EntityView*> customers;
  std::size_t users = 0;
  for (const auto& e : info.entities) {
    if (e.user.empty())
      customers.push_back(&e);
    else
      ++users;
  }
  std::sort(customers.begin(), customers.end(), [](const EntityView* x, const EntityView* y) {
    return x->score != y->score ? x->score > y->score : x->customer < y->customer;
  });
  if (customers.size() > a.top) customers.resize(a.top);
  if (a.json_out) {
    json j;
    j["written_ms"] = info.written_ms;
    j["horizons"] = info.horizons;
    j["customers"] = info.entities.size() - users;
    j["users"] = users;
    j["open_signals"] = json::array();
    for (const auto& s : info.open_signals) j["open_signals"].push_back(json::parse(to_json(s)));
    j["top"] = json::array();
    for (const auto* e : customers) j["top"].push_back(json::parse(to_json(*e)));
    std::cout << j.dump() << '\n';
    return;
  }
  std::string hz;
  for (const auto& h : info.horizons) hz += (hz.empty() ? "" : ", ") + h;
  std::printf("snapshot:      %s\n", a.path.c_str());
  std::printf("written:       %s\n", fmt_time(info.written_ms).c_str());
  std::printf("horizons:      %s\n", hz.c_str());
  std::printf("customers:     %zu\n", info.entities.size() - users);
  std::printf("users:         %zu\n", users);
  std::printf("open signals:  %zu\n", info.open_signals.size());
  for (const auto& s : info.open_signals) {
    std::printf("  #%llu %-12s %s\n", static_cast<unsigned long long>(s.id),
                std::string(to_string(s.state)).c_str(), s.message.c_str());
  }
  std::printf("top customers by score:\n");
  std::printf("  %-24s %7s %7s %10s %9s %9s %9s %9s\n", "customer", "score", "trend", "requests",
              "flagged", "confirmed", "corrected", "dismissed");
  for (const auto* e : customers) {
    std::printf("  %-24s %7.3f %+7.3f %10llu %9llu %9llu %9llu %9llu\n", e->customer.c_str(),
                e->score, std::abs(e->trend) < 5e-4 ? 0.0 : e->trend,
                static_cast<unsigned long long>(e->total_requests),
                static_cast<unsigned long long>(e->total_flagged),
                static_cast<unsigned long long>(review_total(*e, ReviewOutcome::confirmed)),
                static_cast<unsigned long long>(review_total(*e, ReviewOutcome::corrected)),
                static_cast<unsigned long long>(review_total(*e, ReviewOutcome::dismissed)));
  }
}

}  // namespace

void register_tracker_command(CLI::App& app) {
  auto args = std::make_shared<TrackerArgs>();
  CLI::App* cmd =
      app.add_subcommand("tracker", "Abuse pattern tracker: replay events, inspect snapshots");
  cmd->require_subcommand(1);

  CLI::App* replay = cmd->add_subcommand(
      "replay",
      "Feed a JSONL file of events (and review outcomes) through a tracker; print raised "
      "signals as JSONL");
  replay->add_option("events", args->events, "Events JSONL file ('-' = stdin)")->required();
  replay->add_option("--config", args->config, "Tracker config JSON file (default: built-in)");
  replay->add_option("--restore", args->restore, "Start from this snapshot");
  replay->add_option("--snapshot", args->snapshot, "Write the final state to this snapshot");
  replay->add_flag("--stats", args->stats, "Print the tracker's counters as a last JSON line");
  replay->add_flag("--fleet", args->fleet,
                   "Use the config's fleet section (shared Redis; fleet detection if configured)");
  replay->add_option("--replica-index", args->replica_index,
                     "Replay only records i, i+n, i+2n, ... (this replica's round-robin share)");
  replay->add_option("--replica-count", args->replica_count, "n replicas sharing the log")
      ->check(CLI::PositiveNumber);
  replay->add_option(
      "--fleet-wait", args->fleet_wait_ms,
      "With --fleet: ms to keep printing fleet signals after the log (default 2000)");
  replay->callback([args] { run_replay(*args); });

  CLI::App* inspect = cmd->add_subcommand("inspect", "Summarise a tracker snapshot");
  inspect->add_option("snapshot", args->path, "Snapshot file")->required();
  inspect->add_option("--customer", args->customer, "Show one customer");
  inspect->add_option("--user", args->user, "With --customer: show one of its users");
  inspect->add_option("--top", args->top, "Customers listed by score (default 20)");
  inspect->add_flag("--json", args->json_out, "Machine-readable JSON output");
  inspect->callback([args] {
    if (!args->user.empty() && args->customer.empty()) {
      throw Failure(kExitUsage, "--user needs --customer");
    }
    run_inspect(*args);
  });
}

}  // namespace abusemon::cli
