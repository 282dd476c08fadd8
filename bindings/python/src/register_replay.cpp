// abusemon.replay(): a traffic log through classification -> tracker -> review -> enforcement
// (include/abusemon/replay.hpp), around the caller's Monitor, in one process or as one replica of
// a fleet replay; abusemon.merge_replay(): the replicas' results combined.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "abusemon/enforcement.hpp"
#include "abusemon/error.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/replay.hpp"
#include "abusemon/tracker.hpp"
#include "bindings.hpp"

namespace py = pybind11;

namespace abusemon::python {

namespace {

// A dict or a JSON string (None handled by the caller).
std::string json_text(const py::object& v) {
  return py::isinstance<py::str>(v)
             ? v.cast<std::string>()
             : py::module_::import("json").attr("dumps")(v).cast<std::string>();
}

// Traffic for replay(): a path (str or os.PathLike) to a JSON Lines file, or an iterable of
// lines (str) or records (dict).
std::string traffic_text(const py::object& traffic) {
  const py::object os = py::module_::import("os");
  if (py::isinstance<py::str>(traffic) || py::isinstance(traffic, os.attr("PathLike"))) {
    const std::string path = os.attr("fspath")(traffic).cast<std::string>();
    std::ifstream f(path, std::ios::binary);
    if (!f) throw error(status::not_found, "replay: cannot read traffic log '" + path + "'");
    return std::string(std::istreambuf_iterator<char>(f), {});
  }
  std::string text;
  for (const py::handle item : traffic) {
    if (py::isinstance<py::str>(item)) {
      text += item.cast<std::string>();
    } else if (py::isinstance<py::dict>(item)) {
      text += json_text(py::reinterpret_borrow<py::object>(item));
    } else {
      throw std::invalid_argument("replay: traffic items must be str (JSON lines) or dict");
    }
    if (text.empty() || text.back() != '\n') text += '\n';
  }
  return text;
}

// The fleet= dict of replay(): ReplayFleetOptions, unknown keys refused.
ReplayFleetOptions fleet_options(const py::dict& d) {
  ReplayFleetOptions f;
  for (const auto& [k, v] : d) {
    const std::string key = py::str(k);
    if (key == "replica_index") {
      f.replica_index = v.cast<std::size_t>();
    } else if (key == "replica_count") {
      f.replica_count = v.cast<std::size_t>();
    } else if (key == "start_wall_ms") {
      f.start_wall_ms = v.cast<std::int64_t>();
    } else if (key == "pace_ms") {
      f.pace_ms = v.cast<std::int64_t>();
    } else if (key == "signal_wait_ms") {
      f.signal_wait_ms = v.cast<std::int64_t>();
    } else if (key == "settle_ms") {
      f.settle_ms = v.cast<std::int64_t>();
    } else {
      throw std::invalid_argument("replay: unknown fleet option '" + key + "'");
    }
  }
  return f;
}

py::list timeline_list(const std::vector<ReplayEvent>& events) {
  py::list lines;
  for (const auto& e : events) {
    py::dict d;
    d["time_ms"] = e.time_ms;
    d["customer"] = e.customer;
    d["user"] = e.user;
    d["kind"] = e.kind;
    d["detail"] = e.detail;
    lines.append(std::move(d));
  }
  return lines;
}

std::string path_of(const py::object& v) {
  return v.is_none() ? std::string()
                     : py::module_::import("os").attr("fspath")(v).cast<std::string>();
}

// abusemon.replay(): run_replay() (include/abusemon/replay.hpp) around the caller's
// monitor: its scorer and policy, with this run's enforcement as the gate.
py::dict replay_py(const py::object& traffic, const std::shared_ptr<Monitor>& monitor,
                   const py::object& db, const py::object& outbox, const py::object& maildir,
                   const py::object& enforcement_policy, const py::object& tracker_config,
                   double auto_confirm, double reviewer_confirm, const std::string& flag_severity,
                   bool timeline, const py::object& fleet) {
  if (!monitor) throw std::invalid_argument("replay: monitor must not be None");
  ReplayOptions ro;
  auto sev = parse_severity(flag_severity);
  if (!sev || *sev == Severity::safe) {
    throw std::invalid_argument("replay: flag_severity must be 'low', 'medium' or 'high'");
  }
  ro.flag_min_severity = *sev;
  if (!(reviewer_confirm >= 0.0 && reviewer_confirm <= 1.0)) {
    throw std::invalid_argument("replay: reviewer_confirm must be in [0, 1]");
  }
  ro.reviewer_confirm_score = reviewer_confirm;
  ReplayRunOptions run;
  run.replay = ro;
  if (!tracker_config.is_none()) run.tracker = parse_tracker_config(json_text(tracker_config));
  if (!enforcement_policy.is_none()) {
    run.enforcement = EnforcementPolicy::from_json(json_text(enforcement_policy));
  }
  run.auto_confirm_confidence = auto_confirm;
  if (!fleet.is_none()) {
    if (!py::isinstance<py::dict>(fleet))
      throw std::invalid_argument("replay: fleet must be a dict");
    run.replay.fleet = fleet_options(fleet.cast<py::dict>());
    timeline = true;  // merge_replay() needs it
  }
  run.db = path_of(db);
  run.outbox = path_of(outbox);
  run.maildir = path_of(maildir);
  const std::string text = traffic_text(traffic);
  std::string summary;
  std::vector<ReplayEvent> events;
  {
    py::gil_scoped_release nogil;
    std::istringstream in(text);
    // Shares the caller's scorer (kept alive through the monitor) and policy; the caller's
    // monitor itself is not changed.
    ReplayResult r = run_replay(in, std::shared_ptr<const Scorer>(monitor, &monitor->scorer()),
                                monitor->policy(), run, monitor->options());
    summary = to_json_string(r);
    events = std::move(r.timeline);
  }
  py::dict out = py::module_::import("json").attr("loads")(summary);
  if (timeline) out["timeline"] = timeline_list(events);
  return out;
}

// abusemon.merge_replay(): merge_replay_results() over the replicas' dicts.
py::dict merge_replay_py(const py::list& results, const py::object& db,
                         const py::object& enforcement_policy, const py::object& outbox,
                         const py::object& maildir) {
  std::vector<ReplayResult> parts;
  for (const py::handle r : results) {
    parts.push_back(replay_result_from_json(json_text(py::reinterpret_borrow<py::object>(r))));
  }
  EnforcementOptions eo;
  eo.path = path_of(db);
  if (eo.path.empty())
    throw std::invalid_argument("merge_replay: db (the replicas' store) is required");
  if (!enforcement_policy.is_none()) {
    eo.policy = EnforcementPolicy::from_json(json_text(enforcement_policy));
  }
  const std::string out_path = path_of(outbox), mail_path = path_of(maildir);
  std::string summary;
  std::vector<ReplayEvent> events;
  {
    py::gil_scoped_release nogil;
    Enforcement enforcement(eo);
    ReplayResult r = merge_replay_results(std::move(parts), enforcement, out_path, mail_path);
    summary = to_json_string(r);
    events = std::move(r.timeline);
  }
  py::dict out = py::module_::import("json").attr("loads")(summary);
  out["timeline"] = timeline_list(events);
  return out;
}

}  // namespace

void register_replay(py::module_& m) {
  m.def("replay", &replay_py, py::arg("traffic"), py::arg("monitor"), py::kw_only(),
        py::arg("db") = py::none(), py::arg("outbox") = py::none(), py::arg("maildir") = py::none(),
        py::arg("enforcement_policy") = py::none(), py::arg("tracker_config") = py::none(),
        py::arg("auto_confirm") = 0.0, py::arg("reviewer_confirm") = 0.5,
        py::arg("flag_severity") = "medium", py::arg("timeline") = false,
        py::arg("fleet") = py::none(), R"doc(
Replays a traffic log through classification -> tracker -> review (simulated reviewer) ->
enforcement on an injected clock, like `abusemon replay --json` (docs/CLI.md).

Arguments:
    traffic: path of a JSON Lines traffic log, or an iterable of lines (str) or records (dict):
        {"time", "customer", "user"?, "region"?, "prompt", "completion"?}.
    monitor: the Monitor whose scorer and policy classify; the run's enforcement is its gate.
    db: review/enforcement store file (None = a temporary one; an existing file carries over).
    outbox: append the notifications to this JSON Lines file. maildir: deliver them into this
        Maildir.
    enforcement_policy, tracker_config: dict or JSON string (None = defaults).
    auto_confirm: automated pre-review bar (0 = off). reviewer_confirm: the simulated reviewer
        confirms at or above this top score. flag_severity: 'low', 'medium' or 'high'.
    timeline: also return the timeline (list of {time_ms, customer, user, kind, detail}).
    fleet: run as one replica of a fleet replay (docs/FLEET.md#replaying-a-fleet): a dict with
        replica_index, replica_count, start_wall_ms (the same for every replica), pace_ms (200),
        signal_wait_ms (150), settle_ms (2000). tracker_config then needs a fleet section with
        "detection" and db the store the replicas share; the result includes the timeline, for
        merge_replay().

Returns:
    {"records": N, "customers": [{"customer", "final_state", "requests", "refused", "flagged",
    "signals", "decisions", "transitions", "notifications"}]} (+ "timeline").

Raises:
    abusemon.Error: status 'format' for a bad traffic line (with its number) or config,
    'not_found' for a missing traffic file. ValueError for bad options.
)doc");
  m.def("merge_replay", &merge_replay_py, py::arg("results"), py::kw_only(), py::arg("db"),
        py::arg("enforcement_policy") = py::none(), py::arg("outbox") = py::none(),
        py::arg("maildir") = py::none(), R"doc(
Combines the results of the replicas of a fleet replay (replay(..., fleet=...)) into the result
one process reports, like `abusemon replay-merge` (docs/FLEET.md#replaying-a-fleet): counts add
up, signals and transitions merge in time order, standings and notifications come from the
shared store.

Arguments:
    results: the replicas' result dicts (each with its "timeline").
    db: the store the replicas shared (SQLite file or postgresql:// URL).
    enforcement_policy: dict or JSON string (None = defaults).
    outbox, maildir: deliver the notifications there, as replay() does.

Returns:
    The merged result, as replay() returns it, with the timeline.

Raises:
    abusemon.Error: status 'format' for a result that is not a replica's (or lacks its timeline).
)doc");
}

}  // namespace abusemon::python
