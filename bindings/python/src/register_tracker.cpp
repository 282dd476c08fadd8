// Abuse pattern capture: Tracker, TrackerSignal, fingerprint() (docs/TRACKER.md).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "abusemon/error.hpp"
#include "abusemon/review.hpp"
#include "abusemon/tracker.hpp"
#include "bindings.hpp"
#include "convert.hpp"

namespace py = pybind11;

namespace abusemon::python {

namespace {

py::object json_loads(const std::string& s) {
  return py::module_::import("json").attr("loads")(s);
}

std::string config_text(const py::object& config) {
  if (config.is_none()) return "{}";
  if (py::isinstance<py::str>(config)) return config.cast<std::string>();
  if (py::isinstance<py::dict>(config)) {
    return py::module_::import("json").attr("dumps")(config).cast<std::string>();
  }
  throw std::invalid_argument("Tracker: config must be a JSON string, a dict or None");
}

// Owned copy of one event's strings, so that the GIL can be released while recording.
struct OwnedEvent {
  std::string customer;
  std::string user;
  TrackerEvent ev;
};

void fill_event(OwnedEvent& o, const py::dict& severity, const std::string& direction,
                const std::string& action, bool jailbreak, uint64_t fp, uint64_t item_id,
                int64_t time_ms) {
  for (auto kv : severity) {
    const auto cat =
        enum_arg<Category>(py::str(kv.first).cast<std::string>(), parse_category, "category");
    const auto sev =
        enum_arg<Severity>(py::str(kv.second).cast<std::string>(), parse_severity, "severity");
    o.ev.severity[static_cast<std::size_t>(cat)] = sev;
  }
  o.ev.direction = enum_arg<Direction>(direction, parse_direction, "direction");
  o.ev.action = enum_arg<Action>(action, parse_action, "action");
  o.ev.jailbreak = jailbreak;
  o.ev.fingerprint = fp;
  o.ev.item_id = item_id;
  o.ev.time_ms = time_ms;
}

// One event from a dict with the same keys as Tracker.record()'s arguments.
void event_from_dict(OwnedEvent& o, const py::dict& d, std::vector<std::string>& texts) {
  static const char* const kKeys[] = {"customer",  "user", "severity",    "direction", "action",
                                      "jailbreak", "text", "fingerprint", "item_id",   "time_ms"};
  for (auto kv : d) {
    const std::string k = py::str(kv.first).cast<std::string>();
    bool known = false;
    for (const char* kk : kKeys) known = known || k == kk;
    if (!known) throw std::invalid_argument("unknown event key \"" + k + "\"");
  }
  if (!d.contains("customer")) throw std::invalid_argument("event needs a \"customer\"");
  o.customer = d["customer"].cast<std::string>();
  o.user = d.contains("user") && !d["user"].is_none() ? d["user"].cast<std::string>() : "";
  auto get = [&d](const char* k, auto def) {
    return d.contains(k) && !d[k].is_none() ? d[k].cast<decltype(def)>() : def;
  };
  fill_event(o, get("severity", py::dict()), get("direction", std::string("prompt")),
             get("action", std::string("allow")), get("jailbreak", false),
             get("fingerprint", uint64_t{0}), get("item_id", uint64_t{0}),
             get("time_ms", int64_t{0}));
  texts.push_back(d.contains("text") && !d["text"].is_none() ? d["text"].cast<std::string>()
                                                             : std::string());
}

}  // namespace

void register_tracker(py::module_& m) {
  m.def(
      "fingerprint",
      [](const std::string& text) {
        py::gil_scoped_release nogil;
        return fingerprint(text);
      },
      py::arg("text"),
      "64-bit SimHash of a text; near-duplicates differ in few bits. 0 for a text without "
      "letters or digits.");
  m.def("fingerprint_distance", &hamming_distance, py::arg("a"), py::arg("b"),
        "Hamming distance (0..64) between two fingerprints.");

  py::class_<Signal>(m, "TrackerSignal", "A signal raised by a tracker detector.")
      .def_readonly("id", &Signal::id)
      .def_readonly("customer", &Signal::customer)
      .def_readonly("user", &Signal::user)
      .def_readonly("detector", &Signal::detector)
      .def_property_readonly("type", [](const Signal& s) { return std::string(to_string(s.type)); })
      .def_property_readonly("priority",
                             [](const Signal& s) { return std::string(to_string(s.priority)); })
      .def_property_readonly("state",
                             [](const Signal& s) { return std::string(to_string(s.state)); })
      .def_readonly("time_ms", &Signal::time_ms)
      .def_property_readonly("category",
                             [](const Signal& s) {
                               return s.category ? std::string(to_string(*s.category))
                                                 : std::string("any");
                             })
      .def_readonly("value", &Signal::value)
      .def_readonly("threshold", &Signal::threshold)
      .def_readonly("window_ms", &Signal::window_ms)
      .def_readonly("score", &Signal::score)
      .def_readonly("item_ids", &Signal::item_ids)
      .def_readonly("message", &Signal::message)
      // "local" or "fleet" (fleet-wide detection: once per fleet, same id on every replica).
      .def_property_readonly("source",
                             [](const Signal& s) { return std::string(to_string(s.source)); })
      .def("to_json", [](const Signal& s) { return to_json(s); })
      .def("__repr__", [](const Signal& s) {
        return "<TrackerSignal " + std::to_string(s.id) + " " + s.detector + " customer='" +
               s.customer + "'" + (s.user.empty() ? "" : " user='" + s.user + "'") + ">";
      });

  py::class_<Tracker>(m, "Tracker",
                      "Per-customer / per-end-user abuse pattern tracker (docs/TRACKER.md).\n\n"
                      "Thread-safe; record() and record_batch() release the GIL.")
      .def(py::init([](const py::object& config) {
             TrackerConfig cfg = parse_tracker_config(config_text(config));
             py::gil_scoped_release nogil;  // fleet mode starts a thread
             return std::make_unique<Tracker>(std::move(cfg));
           }),
           py::arg("config") = py::none(),
           "Create a tracker from a JSON config (str or dict); None = defaults.\n\n"
           "Raises:\n  abusemon.Error: status 'format' for a bad config (the message names the "
           "key).")
      .def(
          "record",
          [](Tracker& t, const std::string& customer, const std::optional<std::string>& user,
             const py::dict& severity, const std::string& direction, const std::string& action,
             bool jailbreak, const std::optional<std::string>& text, uint64_t fp, uint64_t item_id,
             int64_t time_ms) {
            OwnedEvent o;
            o.customer = customer;
            o.user = user.value_or("");
            fill_event(o, severity, direction, action, jailbreak, fp, item_id, time_ms);
            py::gil_scoped_release nogil;
            o.ev.customer = o.customer;
            o.ev.user = o.user;
            if (text && o.ev.fingerprint == 0) o.ev.fingerprint = fingerprint(*text);
            t.record(o.ev);
          },
          py::arg("customer"), py::arg("user") = py::none(), py::kw_only(),
          py::arg("severity") = py::dict(), py::arg("direction") = "prompt",
          py::arg("action") = "allow", py::arg("jailbreak") = false, py::arg("text") = py::none(),
          py::arg("fingerprint") = 0, py::arg("item_id") = 0, py::arg("time_ms") = 0,
          "Record one classified text.\n\n"
          "Arguments:\n"
          "  customer: customer id (required).\n"
          "  user: end-user id within the customer, or None.\n"
          "  severity: {category: severity name}, e.g. {'hate': 'high'}; missing = safe.\n"
          "  direction: 'prompt' or 'completion'. action: 'allow', 'annotate' or 'block'.\n"
          "  jailbreak: a jailbreak attempt was detected.\n"
          "  text: if given (and fingerprint is 0) its fingerprint is computed for evasion "
          "detection.\n"
          "  item_id: the host's id of the text, reported as evidence. time_ms: 0 = now.\n"
          "Raises:\n  ValueError: empty/oversized id, unknown category/severity/direction/action.")
      .def(
          "record_verdict",
          [](Tracker& t, const std::string& customer, const Verdict& verdict,
             const std::optional<std::string>& user, const std::optional<std::string>& text,
             uint64_t item_id, int64_t time_ms) {
            if (verdict.refusal) return false;  // refused by the gate: never classified
            const Verdict v = verdict;
            py::gil_scoped_release nogil;
            t.record(event_from_verdict(v, customer, user.value_or(""), text.value_or(""), item_id,
                                        time_ms));
            return true;
          },
          py::arg("customer"), py::arg("verdict"), py::arg("user") = py::none(), py::kw_only(),
          py::arg("text") = py::none(), py::arg("item_id") = 0, py::arg("time_ms") = 0,
          "Record a Monitor verdict (its direction, severities, action and jailbreak detection); "
          "`text` is fingerprinted for evasion detection. Returns False (nothing recorded) for a "
          "verdict the customer gate refused.")
      .def(
          "record_review",
          [](Tracker& t, const std::string& customer, const std::string& category,
             const std::string& outcome, const std::optional<std::string>& user, int64_t time_ms,
             int64_t decision_seq) {
            ReviewEvent r;
            r.category = enum_arg<Category>(category, parse_category, "category");
            r.outcome = enum_arg<ReviewOutcome>(outcome, parse_review_outcome, "review outcome");
            const std::string u = user.value_or("");
            r.customer = customer;
            r.user = u;
            r.time_ms = time_ms;
            r.decision_seq = decision_seq;
            py::gil_scoped_release nogil;
            return t.record_review(r);
          },
          py::arg("customer"), py::kw_only(), py::arg("category"), py::arg("outcome"),
          py::arg("user") = py::none(), py::arg("time_ms") = 0, py::arg("decision_seq") = 0,
          "Count a review outcome ('confirmed', 'corrected' with the final category, "
          "'dismissed' with the flagged category) on the customer and its user. decision_seq > 0 "
          "makes it idempotent. Returns False when ignored as already applied. The totals are "
          "under 'reviews' in customer().")
      .def(
          "record_decision",
          [](Tracker& t, const DecisionRecord& d) {
            py::gil_scoped_release nogil;
            return t.record_decision(d);
          },
          py::arg("decision"),
          "Count a ReviewStore DecisionRecord's outcome (idempotent by its seq): "
          "store.set_decision_listener(tracker.record_decision) feeds the tracker.")
      .def(
          "record_batch",
          [](Tracker& t, const py::list& events) {
            std::vector<OwnedEvent> owned(events.size());
            std::vector<std::string> texts;
            texts.reserve(events.size());
            for (std::size_t i = 0; i < events.size(); ++i) {
              try {
                event_from_dict(owned[i], events[i].cast<py::dict>(), texts);
              } catch (const std::exception& e) {
                throw std::invalid_argument("events[" + std::to_string(i) + "]: " + e.what());
              }
            }
            py::gil_scoped_release nogil;
            for (std::size_t i = 0; i < owned.size(); ++i) {
              auto& o = owned[i];
              o.ev.customer = o.customer;
              o.ev.user = o.user;
              if (!texts[i].empty() && o.ev.fingerprint == 0)
                o.ev.fingerprint = fingerprint(texts[i]);
              t.record(o.ev);
            }
          },
          py::arg("events"),
          "Record a list of event dicts (keys as record()'s arguments), in order, with the GIL "
          "released. Unknown keys and names raise before anything is recorded; ids are checked "
          "as each event is recorded.")
      .def(
          "drain_signals",
          [](Tracker& t, std::optional<std::size_t> max) {
            std::vector<Signal> out;
            t.drain_signals(out, max.value_or(SIZE_MAX));
            return out;
          },
          py::arg("max") = py::none(), "Remove and return queued signals, oldest first.")
      .def("acknowledge", &Tracker::acknowledge, py::arg("signal_id"),
           "Mark an open signal acknowledged; False if unknown or closed.")
      .def("close", &Tracker::close, py::arg("signal_id"),
           "Close a signal so its detector may fire again; False if unknown or closed.")
      .def("open_signals", &Tracker::open_signals, "Open and acknowledged signals, by id.")
      .def(
          "customer",
          [](const Tracker& t, const std::string& customer,
             const std::optional<std::string>& user) -> py::object {
            auto v = t.entity(customer, user.value_or(""));
            if (!v) return py::none();
            return json_loads(to_json(*v));
          },
          py::arg("customer"), py::arg("user") = py::none(),
          "State of a customer (or one of its users) as a dict, decayed to now; None if unknown.")
      .def(
          "stats", [](const Tracker& t) { return json_loads(to_json(t.stats())); },
          "Counters as a dict (events, customers, users, evicted, signals_*, fleet_*).")
      .def("evict_idle", &Tracker::evict_idle, "Evict entities idle longer than idle_ttl.")
      .def(
          "snapshot",
          [](const Tracker& t, const std::string& path) {
            py::gil_scoped_release nogil;
            t.snapshot(path);
          },
          py::arg("path"), "Write all state to path atomically (temp + fsync + rename).")
      .def(
          "restore",
          [](Tracker& t, const std::string& path) {
            py::gil_scoped_release nogil;
            t.restore(path);
          },
          py::arg("path"),
          "Replace all state with a snapshot.\n\nRaises:\n  abusemon.Error: status 'not_found', "
          "'io', 'format' (corrupt) or 'state' (other horizons).")
      .def(
          "flush_fleet",
          [](Tracker& t, int64_t timeout_ms) {
            py::gil_scoped_release nogil;
            return t.flush_fleet(timeout_ms);
          },
          py::arg("timeout_ms") = 5000,
          "Fleet mode: send everything buffered to Redis; True if the buffer is empty.")
      .def(
          "fleet_counters",
          [](const Tracker& t, const std::string& customer) -> py::object {
            std::optional<FleetCounters> fc;
            {
              py::gil_scoped_release nogil;
              fc = t.fleet_counters(customer);
            }
            if (!fc) return py::none();
            py::dict d;
            d["requests"] = fc->requests;
            d["flagged"] = fc->flagged;
            d["blocked"] = fc->blocked;
            d["jailbreaks"] = fc->jailbreaks;
            d["first_seen_ms"] = fc->first_seen_ms;
            d["last_seen_ms"] = fc->last_seen_ms;
            py::dict at_least;
            for (std::size_t r = 0; r < kTrackerRows; ++r) {
              const std::string name =
                  r == kAnyCategoryRow ? "any" : std::string(to_string(static_cast<Category>(r)));
              at_least[py::str(name)] =
                  py::dict(py::arg("low") = fc->counts[r][0], py::arg("medium") = fc->counts[r][1],
                           py::arg("high") = fc->counts[r][2]);
            }
            d["at_least"] = at_least;
            d["requests_decayed"] = fc->requests_decayed;
            d["flagged_decayed"] = fc->flagged_decayed;
            py::dict reviews;
            for (std::size_t o = 0; o < kReviewOutcomeCount; ++o) {
              py::dict per;
              for (std::size_t c = 0; c < kCategoryCount; ++c) {
                per[py::str(std::string(to_string(static_cast<Category>(c))))] = fc->reviews[o][c];
              }
              reviews[py::str(std::string(to_string(static_cast<ReviewOutcome>(o))))] = per;
            }
            d["reviews"] = reviews;
            return d;
          },
          py::arg("customer"),
          "Fleet mode: the customer's shared counters in Redis (dict), None if absent.");

  m.def(
      "read_tracker_snapshot",
      [](const std::string& path) {
        SnapshotInfo info;
        {
          py::gil_scoped_release nogil;
          info = read_snapshot(path);
        }
        py::dict d;
        d["written_ms"] = info.written_ms;
        d["horizons"] = info.horizons;
        py::list ents;
        for (const auto& e : info.entities) ents.append(json_loads(to_json(e)));
        d["entities"] = ents;
        py::list sigs;
        for (const auto& s : info.open_signals) sigs.append(json_loads(to_json(s)));
        d["open_signals"] = sigs;
        return d;
      },
      py::arg("path"), "Read a tracker snapshot file without a Tracker (inspection).");
}

}  // namespace abusemon::python
