// abusemon.replay(): a traffic log through classification -> tracker -> review -> enforcement
// (include/abusemon/replay.hpp), around the caller's Monitor.
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

// abusemon.replay(): run_replay() (include/abusemon/replay.hpp) around the caller's
// monitor: its scorer and policy, with this run's enforcement as the gate.
py::dict replay_py(const py::object& traffic, const std::shared_ptr<Monitor>& monitor,
                   const py::object& db, const py::object& outbox, const py::object& maildir,
                   const py::object& enforcement_policy, const py::object& tracker_config,
                   double auto_confirm, double reviewer_confirm, const std::string& flag_severity,
                   bool timeline) {
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
  const py::object os = py::module_::import("os");
  auto path_of = [&os](const py::object& v) {
    return v.is_none() ? std::string() : os.attr("fspath")(v).cast<std::string>();
  };
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
  if (timeline) {
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
    out["timeline"] = std::move(lines);
  }
  return out;
}

}  // namespace

void register_replay(py::module_& m) {
  m.def("replay", &replay_py, py::arg("traffic"), py::arg("monitor"), py::kw_only(),
        py::arg("db") = py::none(), py::arg("outbox") = py::none(), py::arg("maildir") = py::none(),
        py::arg("enforcement_policy") = py::none(), py::arg("tracker_config") = py::none(),
        py::arg("auto_confirm") = 0.0, py::arg("reviewer_confirm") = 0.5,
        py::arg("flag_severity") = "medium", py::arg("timeline") = false, R"doc(
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

Returns:
    {"records": N, "customers": [{"customer", "final_state", "requests", "refused", "flagged",
    "signals", "decisions", "transitions", "notifications"}]} (+ "timeline").

Raises:
    abusemon.Error: status 'format' for a bad traffic line (with its number) or config,
    'not_found' for a missing traffic file. ValueError for bad options.
)doc");
}

}  // namespace abusemon::python
