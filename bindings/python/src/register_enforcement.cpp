// Enforcement: abusemon.Enforcement and its record types. Enums cross as their stable names.
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "abusemon/enforcement.hpp"
#include "abusemon/error.hpp"
#include "abusemon/policy.hpp"
#include "bindings.hpp"
#include "gate.hpp"
#include "review_types.hpp"

namespace py = pybind11;

namespace abusemon::python {

namespace {

struct PyEnforcement {
  std::unique_ptr<PyClock> clock;
  std::unique_ptr<Enforcement> enf;
  ~PyEnforcement() {
    py::gil_scoped_release nogil;
    enf.reset();
    py::gil_scoped_acquire gil;
    clock.reset();
  }
};

py::dict report_dict(const DeliveryReport& r) {
  py::dict d;
  d["delivered"] = r.delivered;
  d["failed"] = r.failed;
  d["dead"] = r.dead;
  return d;
}

std::string name(Standing s) {
  return std::string(to_string(s));
}

}  // namespace

void register_enforcement(py::module_& m) {
  py::class_<CustomerStatus>(m, "CustomerStatus", "A customer's standing.")
      .def_readonly("customer", &CustomerStatus::customer)
      .def_property_readonly("state", [](const CustomerStatus& s) { return name(s.state); })
      .def_readonly("since_ms", &CustomerStatus::since_ms)
      .def_readonly("remediation_due_ms", &CustomerStatus::remediation_due_ms)
      .def_readonly("last_warning_ms", &CustomerStatus::last_warning_ms)
      .def_readonly("suspensions", &CustomerStatus::suspensions)
      .def_readonly("confirmed_items", &CustomerStatus::confirmed_items)
      .def_readonly("reason", &CustomerStatus::reason)
      .def_readonly("contact", &CustomerStatus::contact)
      .def("to_json", [](const CustomerStatus& s) { return to_json_string(s); })
      .def("__repr__",
           [](const CustomerStatus& s) { return "CustomerStatus(" + to_json_string(s) + ")"; });

  py::class_<EndUserStatus>(m, "EndUserStatus",
                            "An end user's standing within its customer (good_standing, blocked).")
      .def_readonly("customer", &EndUserStatus::customer)
      .def_readonly("user", &EndUserStatus::user)
      .def_property_readonly("state", [](const EndUserStatus& s) { return name(s.state); })
      .def_readonly("since_ms", &EndUserStatus::since_ms)
      .def_readonly("blocked_until_ms", &EndUserStatus::blocked_until_ms)
      .def_readonly("last_notice_ms", &EndUserStatus::last_notice_ms)
      .def_readonly("notices", &EndUserStatus::notices)
      .def_readonly("confirmed_items", &EndUserStatus::confirmed_items)
      .def_readonly("reason", &EndUserStatus::reason)
      .def("to_json", [](const EndUserStatus& s) { return to_json_string(s); })
      .def("__repr__",
           [](const EndUserStatus& s) { return "EndUserStatus(" + to_json_string(s) + ")"; });

  py::class_<Transition>(m, "Transition", "A state change with its reason and evidence.")
      .def_readonly("id", &Transition::id)
      .def_readonly("customer", &Transition::customer)
      .def_readonly("user", &Transition::user)
      .def_property_readonly("from_state", [](const Transition& t) { return name(t.from); })
      .def_property_readonly("to_state", [](const Transition& t) { return name(t.to); })
      .def_readonly("ts_ms", &Transition::ts_ms)
      .def_readonly("reason", &Transition::reason)
      .def_readonly("actor", &Transition::actor)
      .def_readonly("evidence_json", &Transition::evidence_json)
      .def("to_json", [](const Transition& t) { return to_json_string(t); })
      .def("__repr__", [](const Transition& t) { return "Transition(" + to_json_string(t) + ")"; });

  py::class_<Notification>(m, "Notification", "An e-mail-ready message from the outbox.")
      .def_readonly("id", &Notification::id)
      .def_readonly("idempotency_key", &Notification::idempotency_key)
      .def_readonly("user", &Notification::user)
      .def_readonly("customer", &Notification::customer)
      .def_property_readonly("kind",
                             [](const Notification& n) { return std::string(to_string(n.kind)); })
      .def_readonly("recipient", &Notification::recipient)
      .def_readonly("subject", &Notification::subject)
      .def_readonly("body", &Notification::body)
      .def_readonly("created_ms", &Notification::created_ms)
      .def_readonly("attempts", &Notification::attempts)
      .def_readonly("next_attempt_ms", &Notification::next_attempt_ms)
      .def_readonly("delivered_ms", &Notification::delivered_ms)
      .def_readonly("dead", &Notification::dead)
      .def_readonly("last_error", &Notification::last_error)
      .def("to_json", [](const Notification& n) { return to_json_string(n); })
      .def("__repr__",
           [](const Notification& n) { return "Notification(" + to_json_string(n) + ")"; });

  py::class_<Appeal>(m, "Appeal", "A customer's appeal.")
      .def_readonly("id", &Appeal::id)
      .def_readonly("customer", &Appeal::customer)
      .def_readonly("filed_ms", &Appeal::filed_ms)
      .def_readonly("explanation", &Appeal::explanation)
      .def_readonly("status", &Appeal::status)
      .def_readonly("resolved_by", &Appeal::resolved_by)
      .def_readonly("resolved_ms", &Appeal::resolved_ms)
      .def_readonly("note", &Appeal::note);

  py::class_<GateDecision>(m, "GateDecision", "The gate's answer; true when allowed.")
      .def_readonly("allowed", &GateDecision::allowed)
      .def_property_readonly("state", [](const GateDecision& g) { return name(g.state); })
      .def_readonly("reason", &GateDecision::reason)
      .def("__bool__", [](const GateDecision& g) { return g.allowed; });

  py::class_<GateHandle>(m, "CustomerGate",
                         "An enforcement gate for Monitor.set_gate(): refuses suspended and "
                         "terminated customers without scoring.");

  m.def("decision_from_json", &parse_decision_record, py::arg("text"),
        "Parses a decision (the JSON of DecisionRecord.to_json / the C callback) into a "
        "DecisionRecord.");

  using E = PyEnforcement;
  auto nogil = py::call_guard<py::gil_scoped_release>();
  py::class_<E>(m, "Enforcement", R"doc(
Customer standing driven by confirmed abuse, notifications and the gate (docs/ENFORCEMENT.md).

Arguments:
    path: the store, as for ReviewStore (normally the ReviewStore's path or URL).
    policy: None (defaults), a dict, or a JSON string (keys in docs/ENFORCEMENT.md).
    retry_base_ms, retry_max_ms, max_attempts: delivery retry with exponential backoff.
    clock: None, a callable returning ms since the epoch, or an object with now_ms().
    key: the review store's 32-byte key when its file is encrypted (transitions extend its
        audit chain); None otherwise.
    gate_refresh_ms: how the gate picks up other processes' transitions by itself: on SQLite a
        check of the file's change counter this often (0 = 250 ms), on PostgreSQL a reload on
        NOTIFY and this often at the latest (0 = 5000 ms); < 0 = never (call refresh_gate()).
    outbox_claim_ms: how long deliver() owns the rows it took before another replica may deliver
        them again (its first owner died); > 0, default 5 minutes.
Thread-safe; the GIL is released during calls.
)doc")
      .def(py::init([](const std::string& path, py::object policy, std::int64_t retry_base_ms,
                       std::int64_t retry_max_ms, int max_attempts, int busy_timeout_ms,
                       py::object clock, std::optional<py::bytes> key, std::int64_t gate_refresh_ms,
                       std::int64_t outbox_claim_ms) {
             auto e = std::make_unique<E>();
             EnforcementOptions o;
             o.path = path;
             if (!policy.is_none()) {
               std::string text =
                   py::isinstance<py::str>(policy)
                       ? policy.cast<std::string>()
                       : py::module_::import("json").attr("dumps")(policy).cast<std::string>();
               o.policy = EnforcementPolicy::from_json(text);
             }
             o.retry_base_ms = retry_base_ms;
             o.retry_max_ms = retry_max_ms;
             o.max_attempts = max_attempts;
             o.busy_timeout_ms = busy_timeout_ms;
             o.gate_refresh_ms = gate_refresh_ms;
             o.outbox_claim_ms = outbox_claim_ms;
             if (key) o.key = std::string(*key);
             if (!clock.is_none()) {
               e->clock = std::make_unique<PyClock>(clock);
               o.clock = e->clock.get();
             }
             std::unique_ptr<Enforcement> enf;
             {
               py::gil_scoped_release release;
               enf = std::make_unique<Enforcement>(std::move(o));
             }
             e->enf = std::move(enf);
             return e;
           }),
           py::arg("path"), py::kw_only(), py::arg("policy") = py::none(),
           py::arg("retry_base_ms") = EnforcementOptions{}.retry_base_ms,
           py::arg("retry_max_ms") = EnforcementOptions{}.retry_max_ms,
           py::arg("max_attempts") = EnforcementOptions{}.max_attempts,
           py::arg("busy_timeout_ms") = 5000, py::arg("clock") = py::none(),
           py::arg("key") = py::none(), py::arg("gate_refresh_ms") = 0,
           py::arg("outbox_claim_ms") = EnforcementOptions{}.outbox_claim_ms)
      .def_property_readonly("policy_json", [](const E& e) { return e.enf->policy().to_json(); })
      .def(
          "apply", [](E& e, const DecisionRecord& d) { return e.enf->apply(d); },
          py::arg("decision"), nogil,
          "Applies one decision (idempotent by its seq); returns the transitions.")
      .def(
          "sync",
          [](E& e, const PyReviewStore& review, std::size_t max) {
            return e.enf->sync(*review.store, max);
          },
          py::arg("review"), py::arg("max_decisions") = 100000, nogil,
          "Applies the review store's decisions after the durable cursor.")
      .def(
          "tick", [](E& e) { return e.enf->tick(); }, nogil, "Evaluates remediation deadlines now.")
      .def(
          "reinstate",
          [](E& e, const std::string& actor, const std::string& customer,
             const std::string& reason) { return e.enf->reinstate(actor, customer, reason); },
          py::arg("actor"), py::arg("customer"), py::kw_only(), py::arg("reason"), nogil)
      .def(
          "file_appeal",
          [](E& e, const std::string& customer, const std::string& explanation) {
            return e.enf->file_appeal(customer, explanation);
          },
          py::arg("customer"), py::arg("explanation"), nogil)
      .def(
          "resolve_appeal",
          [](E& e, const std::string& actor, std::int64_t id, bool grant, const std::string& note) {
            e.enf->resolve_appeal(actor, id, grant, note);
          },
          py::arg("actor"), py::arg("appeal_id"), py::kw_only(), py::arg("grant"), py::arg("note"),
          nogil)
      .def(
          "appeals", [](const E& e, const std::string& c) { return e.enf->appeals(c); },
          py::arg("customer") = "", nogil)
      .def(
          "set_contact",
          [](E& e, const std::string& c, const std::string& email) {
            e.enf->set_contact(c, email);
          },
          py::arg("customer"), py::arg("email"), nogil)
      .def(
          "status", [](const E& e, const std::string& c) { return e.enf->status(c); },
          py::arg("customer"), nogil)
      .def(
          "customers", [](const E& e) { return e.enf->customers(); }, nogil)
      .def(
          "history", [](const E& e, const std::string& c) { return e.enf->history(c); },
          py::arg("customer") = "", nogil)
      .def(
          "is_allowed",
          [](const E& e, const std::string& c, const std::optional<std::string>& user) {
            return e.enf->is_allowed(c, user.value_or(""));
          },
          py::arg("customer"), py::arg("user") = py::none(),
          "The gate: GateDecision (truthy when allowed): refused when the customer is suspended "
          "or terminated, or `user` is a blocked end user of it (state 'blocked'). No I/O.")
      .def(
          "unblock_user",
          [](E& e, const std::string& actor, const std::string& customer, const std::string& user,
             const std::string& reason) {
            return e.enf->unblock_user(actor, customer, user, reason);
          },
          py::arg("actor"), py::arg("customer"), py::arg("user"), py::kw_only(), py::arg("reason"),
          nogil,
          "The customer acted: lift an end user's block early. `actor`: an enabled principal of "
          "the review store (abusemon.Error 'permission_denied' otherwise, audited).")
      .def(
          "user_status",
          [](const E& e, const std::string& c, const std::string& u) {
            return e.enf->user_status(c, u);
          },
          py::arg("customer"), py::arg("user"), nogil)
      .def(
          "users", [](const E& e, const std::string& c) { return e.enf->users(c); },
          py::arg("customer") = "", nogil, "End users with a standing, by customer and user.")
      .def(
          "refresh_gate", [](E& e) { e.enf->refresh_gate(); }, nogil)
      .def(
          "deliver",
          [](E& e, py::function fn, std::size_t max) {
            // Each call takes the GIL; an exception raised by `fn` is a failed delivery.
            CallbackSink sink([&fn](const Notification& n) {
              py::gil_scoped_acquire gil;
              try {
                fn(n);
              } catch (py::error_already_set& err) {
                throw std::runtime_error(err.what());
              }
            });
            DeliveryReport r;
            {
              py::gil_scoped_release release;
              r = e.enf->deliver(sink, max);
            }
            return report_dict(r);
          },
          py::arg("sink"), py::arg("max") = 100,
          "Calls sink(Notification) for each due notification; an exception = retry later.")
      .def(
          "deliver_jsonl",
          [](E& e, const std::string& path, std::size_t max) {
            JsonlOutboxSink sink(path);
            DeliveryReport r;
            {
              py::gil_scoped_release release;
              r = e.enf->deliver(sink, max);
            }
            return report_dict(r);
          },
          py::arg("path"), py::arg("max") = 100, "Appends due notifications to a JSON Lines file.")
      .def(
          "deliver_maildir",
          [](E& e, const py::object& dir, std::size_t max, const std::string& from) {
            MaildirOutboxSink sink(
                py::module_::import("os").attr("fspath")(dir).cast<std::string>(), from);
            DeliveryReport r;
            {
              py::gil_scoped_release release;
              r = e.enf->deliver(sink, max);
            }
            return report_dict(r);
          },
          py::arg("dir"), py::arg("max") = 100, py::kw_only(),
          py::arg("from_address") = "abusemon@localhost",
          "Delivers due notifications as RFC 5322 messages into a Maildir (tmp/ then new/); "
          "Message-ID <idempotency_key@domain>. Returns {'delivered','failed','dead'}.")
      .def(
          "customer_gate", [](const E& e) { return GateHandle{e.enf->customer_gate()}; },
          "The gate as a CustomerGate for Monitor.set_gate (stays valid, frozen, after this "
          "object is gone).")
      .def(
          "outbox", [](const E& e, bool pending) { return e.enf->outbox(pending); },
          py::arg("pending_only") = false, nogil);
}

}  // namespace abusemon::python
