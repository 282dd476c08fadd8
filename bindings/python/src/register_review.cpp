// Review store: abusemon.ReviewStore and its record types. Enums cross as their stable names
// ("manager", "pending", "correct", "hate", "high").
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include "abusemon/error.hpp"
#include "abusemon/review.hpp"
#include "bindings.hpp"
#include "review_types.hpp"

namespace py = pybind11;

namespace abusemon::python {

void register_review(py::module_& m) {
  py::class_<Principal>(m, "Principal", "A registered reviewer or manager.")
      .def_readonly("id", &Principal::id)
      .def_property_readonly("role",
                             [](const Principal& p) { return std::string(to_string(p.role)); })
      .def_readonly("region", &Principal::region)
      .def_readonly("active", &Principal::active)
      .def("__repr__", [](const Principal& p) { return "Principal(" + to_json_string(p) + ")"; });

  py::class_<DecisionRecord>(m, "DecisionRecord", "A recorded review decision.")
      .def_readonly("seq", &DecisionRecord::seq)
      .def_readonly("item_id", &DecisionRecord::item_id)
      .def_property_readonly("kind",
                             [](const DecisionRecord& d) { return std::string(to_string(d.kind)); })
      .def_property_readonly(
          "category", [](const DecisionRecord& d) { return std::string(to_string(d.category)); })
      .def_property_readonly(
          "severity", [](const DecisionRecord& d) { return std::string(to_string(d.severity)); })
      .def_readonly("reason", &DecisionRecord::reason)
      .def_readonly("decided_by", &DecisionRecord::decided_by)
      .def_readonly("automatic", &DecisionRecord::automatic)
      .def_readonly("decided_ms", &DecisionRecord::decided_ms)
      .def_readonly("customer", &DecisionRecord::customer)
      .def_readonly("user", &DecisionRecord::user)
      .def_readonly("region", &DecisionRecord::region)
      .def_readonly("signal", &DecisionRecord::signal)
      .def_readonly("occurred_ms", &DecisionRecord::occurred_ms)
      .def("to_json", [](const DecisionRecord& d) { return to_json_string(d); })
      .def("__repr__",
           [](const DecisionRecord& d) { return "DecisionRecord(" + to_json_string(d) + ")"; });

  py::class_<ReviewItem>(m, "ReviewItem", "Metadata of a review item (never its content).")
      .def_readonly("id", &ReviewItem::id)
      .def_readonly("customer", &ReviewItem::customer)
      .def_readonly("user", &ReviewItem::user)
      .def_readonly("region", &ReviewItem::region)
      .def_readonly("queue", &ReviewItem::queue)
      .def_readonly("signal", &ReviewItem::signal)
      .def_property_readonly("category",
                             [](const ReviewItem& i) { return std::string(to_string(i.category)); })
      .def_property_readonly("severity",
                             [](const ReviewItem& i) { return std::string(to_string(i.severity)); })
      .def_readonly("confidence", &ReviewItem::confidence)
      .def_property_readonly("status",
                             [](const ReviewItem& i) { return std::string(to_string(i.status)); })
      .def_readonly("created_ms", &ReviewItem::created_ms)
      .def_readonly("updated_ms", &ReviewItem::updated_ms)
      .def_readonly("content_purged", &ReviewItem::content_purged)
      .def_readonly("decision", &ReviewItem::decision)
      .def("to_json", [](const ReviewItem& i) { return to_json_string(i); })
      .def("__repr__", [](const ReviewItem& i) { return "ReviewItem(" + to_json_string(i) + ")"; });

  py::class_<ReviewContent>(m, "ReviewContent", "An item opened under a grant.")
      .def_readonly("item", &ReviewContent::item)
      .def_readonly("content", &ReviewContent::content)
      .def_readonly("verdict_json", &ReviewContent::verdict_json);

  py::class_<Grant>(m, "Grant", "A just-in-time access grant; `state` is evaluated when read.")
      .def_readonly("id", &Grant::id)
      .def_readonly("requester", &Grant::requester)
      .def_readonly("region", &Grant::region)
      .def_readonly("queue", &Grant::queue)
      .def_readonly("reason", &Grant::reason)
      .def_readonly("requested_ms", &Grant::requested_ms)
      .def_readonly("duration_ms", &Grant::duration_ms)
      .def_readonly("approver", &Grant::approver)
      .def_readonly("approved_ms", &Grant::approved_ms)
      .def_readonly("expires_ms", &Grant::expires_ms)
      .def_readonly("revoked_by", &Grant::revoked_by)
      .def_readonly("revoked_ms", &Grant::revoked_ms)
      .def_property_readonly("state",
                             [](const Grant& g) { return std::string(to_string(g.state)); })
      .def("__repr__", [](const Grant& g) { return "Grant(" + to_json_string(g) + ")"; });

  py::class_<AuditRecord>(m, "AuditRecord", "One record of the hash-chained audit log.")
      .def_readonly("seq", &AuditRecord::seq)
      .def_readonly("ts_ms", &AuditRecord::ts_ms)
      .def_readonly("actor", &AuditRecord::actor)
      .def_readonly("action", &AuditRecord::action)
      .def_readonly("outcome", &AuditRecord::outcome)
      .def_readonly("item_id", &AuditRecord::item_id)
      .def_readonly("grant_id", &AuditRecord::grant_id)
      .def_readonly("detail", &AuditRecord::detail)
      .def_readonly("hash", &AuditRecord::hash_hex)
      .def("__repr__",
           [](const AuditRecord& r) { return "AuditRecord(" + to_json_string(r) + ")"; });

  py::class_<AuditHead>(m, "AuditHead", "The anchored end of the audit chain.")
      .def(py::init([](std::int64_t seq, std::string hash) {
             return AuditHead{seq, std::move(hash)};
           }),
           py::arg("seq"), py::arg("hash"))
      .def_readonly("seq", &AuditHead::seq)
      .def_readonly("hash", &AuditHead::hash_hex)
      .def("to_json", [](const AuditHead& h) { return to_json_string(h); })
      .def_static("from_json", &parse_audit_head, py::arg("text"))
      .def("__repr__", [](const AuditHead& h) { return "AuditHead(" + to_json_string(h) + ")"; });

  py::class_<AuditVerification>(m, "AuditVerification", "Result of ReviewStore.verify_audit().")
      .def_readonly("ok", &AuditVerification::ok)
      .def_readonly("records", &AuditVerification::records)
      .def_readonly("first_bad_seq", &AuditVerification::first_bad_seq)
      .def_readonly("problem", &AuditVerification::problem)
      .def_readonly("head", &AuditVerification::head)
      .def("__bool__", [](const AuditVerification& v) { return v.ok; })
      .def("__repr__", [](const AuditVerification& v) {
        return "AuditVerification(" + to_json_string(v) + ")";
      });

  using S = PyReviewStore;
  auto nogil = py::call_guard<py::gil_scoped_release>();
  py::class_<S>(m, "ReviewStore", R"doc(
Access-controlled human review queue (docs/REVIEW.md).

Content is readable only under an active just-in-time grant approved by another manager, in the
principal's own region; every refusal raises abusemon.Error with status "permission_denied" and
is audited. Thread-safe; the GIL is released during store calls.

Arguments:
    path: the store: a SQLite file (or "sqlite:///path"), or a PostgreSQL URL
        ("postgresql://user@host/db", optional "?schema=name") shared by replicas (docs/FLEET.md).
    key: 32 bytes to encrypt content at rest, or None.
    retention_ms, max_grant_ms, auto_confirm_confidence, busy_timeout_ms, max_content_bytes,
    max_pending_items: see ReviewStoreOptions (submit() beyond a limit raises Error "limit").
    clock: None (system time), a callable returning ms since the epoch, or an object with now_ms().
)doc")
      .def(py::init(
               [](const std::string& path, std::optional<py::bytes> key, std::int64_t retention_ms,
                  std::int64_t max_grant_ms, double auto_confirm_confidence, int busy_timeout_ms,
                  std::size_t max_content_bytes, std::size_t max_pending_items, py::object clock) {
                 auto s = std::make_unique<S>();
                 ReviewStoreOptions o;
                 o.path = path;
                 if (key) o.key = std::string(*key);
                 o.retention_ms = retention_ms;
                 o.max_grant_ms = max_grant_ms;
                 o.auto_confirm_confidence = auto_confirm_confidence;
                 o.busy_timeout_ms = busy_timeout_ms;
                 o.max_content_bytes = max_content_bytes;
                 o.max_pending_items = max_pending_items;
                 if (!clock.is_none()) {
                   s->clock = std::make_unique<PyClock>(clock);
                   o.clock = s->clock.get();
                 }
                 std::unique_ptr<ReviewStore> store;
                 {
                   py::gil_scoped_release release;
                   store = std::make_unique<ReviewStore>(std::move(o));
                 }
                 s->store = std::move(store);
                 return s;
               }),
           py::arg("path"), py::kw_only(), py::arg("key") = py::none(),
           py::arg("retention_ms") = ReviewStoreOptions{}.retention_ms,
           py::arg("max_grant_ms") = ReviewStoreOptions{}.max_grant_ms,
           py::arg("auto_confirm_confidence") = 0.0, py::arg("busy_timeout_ms") = 5000,
           py::arg("max_content_bytes") = ReviewStoreOptions{}.max_content_bytes,
           py::arg("max_pending_items") = ReviewStoreOptions{}.max_pending_items,
           py::arg("clock") = py::none())
      .def_property_readonly("schema_version", [](const S& s) { return s.store->schema_version(); })
      .def_property_readonly("encrypted", [](const S& s) { return s.store->encrypted(); })
      .def_property_readonly("path", [](const S& s) { return s.store->path(); })
      .def(
          "add_principal",
          [](S& s, const std::string& id, const std::string& role, const std::string& region) {
            Role r = enum_arg<Role>(role, parse_role, "role");
            py::gil_scoped_release nogil_;
            s.store->add_principal({id, r, region, true});
          },
          py::arg("id"), py::arg("role"), py::arg("region"),
          "Registers a principal; role is 'reviewer' or 'manager'.")
      .def(
          "set_principal_active",
          [](S& s, const std::string& id, bool active) {
            s.store->set_principal_active(id, active);
          },
          py::arg("id"), py::arg("active"), nogil)
      .def_property(
          "max_grant_ms", [](const S& s) { return s.store->max_grant_ms(); },
          [](S& s, std::int64_t ms) { s.store->set_max_grant_ms(ms); },
          "The grant limit persisted in the store (ms); setting it is audited. The constructor's "
          "max_grant_ms only seeds a new store.")
      .def(
          "principal", [](const S& s, const std::string& id) { return s.store->principal(id); },
          py::arg("id"), nogil)
      .def(
          "principals", [](const S& s) { return s.store->principals(); }, nogil)
      .def(
          "submit",
          [](S& s, const std::string& content, const std::string& customer,
             const std::string& region, const std::string& signal, const std::string& category,
             const std::string& severity, double confidence, const std::string& user,
             const std::string& queue, const std::string& verdict_json) {
            ReviewSubmission sub;
            sub.content = content;
            sub.customer = customer;
            sub.region = region;
            sub.signal = signal;
            sub.category = enum_arg<Category>(category, parse_category, "category");
            sub.severity = enum_arg<Severity>(severity, parse_severity, "severity");
            sub.confidence = confidence;
            sub.user = user;
            sub.queue = queue;
            sub.verdict_json = verdict_json;
            py::gil_scoped_release nogil_;
            return s.store->submit(sub);
          },
          py::arg("content"), py::kw_only(), py::arg("customer"), py::arg("region"),
          py::arg("signal"), py::arg("category"), py::arg("severity"), py::arg("confidence"),
          py::arg("user") = "", py::arg("queue") = "default", py::arg("verdict_json") = "{}",
          "Stores a flagged item and returns its id.")
      .def(
          "queue",
          [](S& s, const std::string& principal, std::optional<std::string> status,
             const std::string& queue, const std::string& customer, std::int64_t after_id,
             std::size_t limit) {
            QueueFilter f;
            f.status.reset();
            if (status) f.status = enum_arg<ReviewStatus>(*status, parse_review_status, "status");
            f.queue = queue;
            f.customer = customer;
            f.after_id = after_id;
            f.limit = limit;
            py::gil_scoped_release nogil_;
            return s.store->queue(principal, f);
          },
          py::arg("principal"), py::kw_only(), py::arg("status") = "pending", py::arg("queue") = "",
          py::arg("customer") = "", py::arg("after_id") = 0, py::arg("limit") = 100,
          "Metadata of the principal's region (status None = any). Audited.")
      .def(
          "request_access",
          [](S& s, const std::string& requester, const std::string& reason,
             std::int64_t duration_ms, const std::string& region, const std::string& queue) {
            GrantRequest r{region, queue, reason, duration_ms};
            return s.store->request_access(requester, r);
          },
          py::arg("requester"), py::kw_only(), py::arg("reason"),
          py::arg("duration_ms") = 3600 * 1000, py::arg("region") = "", py::arg("queue") = "",
          nogil, "Files a JIT access request; returns the grant id.")
      .def(
          "approve_access",
          [](S& s, const std::string& manager, std::int64_t id) {
            s.store->approve_access(manager, id);
          },
          py::arg("manager"), py::arg("grant_id"), nogil)
      .def(
          "revoke_access",
          [](S& s, const std::string& actor, std::int64_t id) {
            s.store->revoke_access(actor, id);
          },
          py::arg("actor"), py::arg("grant_id"), nogil)
      .def(
          "grant", [](const S& s, std::int64_t id) { return s.store->grant(id); },
          py::arg("grant_id"), nogil)
      .def(
          "grants",
          [](const S& s, const std::string& requester) { return s.store->grants(requester); },
          py::arg("requester") = "", nogil)
      .def(
          "open_item",
          [](S& s, const std::string& principal, std::int64_t id) {
            return s.store->open_item(principal, id);
          },
          py::arg("principal"), py::arg("item_id"), nogil,
          "Content of an item under an active grant (audited; refusals raise permission_denied).")
      .def(
          "decide",
          [](S& s, const std::string& principal, std::int64_t id, const std::string& kind,
             const std::string& reason, std::optional<std::string> category,
             std::optional<std::string> severity) {
            Decision d;
            d.kind = enum_arg<DecisionKind>(kind, parse_decision_kind, "decision");
            d.reason = reason;
            if (category) d.category = enum_arg<Category>(*category, parse_category, "category");
            if (severity) d.severity = enum_arg<Severity>(*severity, parse_severity, "severity");
            py::gil_scoped_release nogil_;
            return s.store->decide(principal, id, d);
          },
          py::arg("principal"), py::arg("item_id"), py::arg("kind"), py::kw_only(),
          py::arg("reason"), py::arg("category") = py::none(), py::arg("severity") = py::none(),
          "Records 'confirm', 'correct' (category and/or severity) or 'dismiss'.")
      .def(
          "decisions_after",
          [](const S& s, std::int64_t after, std::size_t limit) {
            return s.store->decisions_after(after, limit);
          },
          py::arg("after_seq") = 0, py::arg("limit") = 1000, nogil)
      .def(
          "set_decision_listener",
          [](S& s, py::object fn) {
            if (fn.is_none()) {
              s.store->set_decision_listener({});
              return;
            }
            // Shared so the callable is released with the GIL held, whichever thread drops it.
            auto holder =
                std::shared_ptr<py::object>(new py::object(std::move(fn)), [](py::object* o) {
                  py::gil_scoped_acquire gil;
                  delete o;
                });
            s.store->set_decision_listener([holder](const DecisionRecord& d) {
              py::gil_scoped_acquire gil;
              (*holder)(d);
            });
          },
          py::arg("listener"), "Calls listener(DecisionRecord) after each decision commits.")
      .def(
          "export_labels",
          [](S& s, const std::string& principal, const std::string& path, bool corrections_only,
             bool include_automatic, std::int64_t since_ms) {
            ExportResult r;
            {
              py::gil_scoped_release nogil_;
              std::ofstream out(path, std::ios::binary | std::ios::trunc);
              if (!out) throw error(status::io, "cannot write '" + path + "'");
              ExportOptions o{corrections_only, include_automatic, since_ms};
              r = s.store->export_labels(principal, out, o);
              out.close();
              if (!out) throw error(status::io, "cannot write '" + path + "'");
            }
            py::dict d;
            d["exported"] = r.exported;
            d["skipped_no_grant"] = r.skipped_no_grant;
            d["skipped_purged"] = r.skipped_purged;
            return d;
          },
          py::arg("principal"), py::arg("path"), py::kw_only(), py::arg("corrections_only") = false,
          py::arg("include_automatic") = false, py::arg("since_ms") = 0,
          "Writes labelled JSON Lines of decided items covered by the principal's grants.")
      .def(
          "purge",
          [](S& s) {
            const PurgeResult r = s.store->purge();
            if (r.wal_frames_left > 0) {
              throw error(status::unavailable,
                          "purge committed " + std::to_string(r.purged) + " item(s), but " +
                              std::to_string(r.wal_frames_left) +
                              " write-ahead-log frames with old copies remain on disk (a reader "
                              "holds an old snapshot): run purge again");
            }
            return r.purged;
          },
          nogil,
          "Purges content past retention; returns the number of items purged. Raises Error "
          "(status 'unavailable') when a concurrent reader kept old copies on disk: the purge "
          "committed; run it again.")
      .def(
          "verify_audit",
          [](const S& s, std::optional<AuditHead> expected) {
            return s.store->verify_audit(expected);
          },
          py::arg("expected_head") = py::none(), nogil)
      .def(
          "audit_head", [](const S& s) { return s.store->audit_head(); }, nogil)
      .def(
          "audit_records",
          [](const S& s, std::int64_t after, std::size_t limit) {
            return s.store->audit_records(after, limit);
          },
          py::arg("after_seq") = 0, py::arg("limit") = 1000, nogil)
      .def(
          "integrity_check", [](const S& s) { return s.store->integrity_check(); }, nogil);
}

}  // namespace abusemon::python
