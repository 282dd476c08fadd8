// A replay's result: JSON both ways, the merge of a fleet replay's replicas, and the delivery of
// its notifications (include/abusemon/replay.hpp).
#include <abusemon/error.hpp>
#include <abusemon/replay.hpp>
#include "core/format.hpp"
#include "core/json_input.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <tuple>

namespace abusemon {

namespace {

using nlohmann::json;

Standing standing_named(const std::string& name) {
  auto s = parse_standing(name);
  if (!s) throw error(status::format, "replay result: unknown standing \"" + name + "\"");
  return *s;
}

// One entry of an ordered per-customer list (signals, transitions), placed by its timeline event.
struct Placed {
  std::int64_t time_ms;
  std::size_t replica;
  std::size_t seq;  // position in that replica's timeline
  std::string value;
  bool operator<(const Placed& o) const {
    return std::tie(time_ms, replica, seq) < std::tie(o.time_ms, o.replica, o.seq);
  }
};

// The k-th timeline event of a kind for a list is its k-th entry: pairs each entry with the time
// of the event that recorded it.
void place(const std::vector<std::string>& values, const std::vector<std::size_t>& events,
           const std::vector<ReplayEvent>& timeline, std::size_t replica, const std::string& what,
           std::vector<Placed>& out) {
  if (values.size() != events.size()) {
    throw error(status::format, "replay merge: replica " + std::to_string(replica) + ": " + what +
                                    " do not match its timeline (" + std::to_string(values.size()) +
                                    " listed, " + std::to_string(events.size()) + " events)");
  }
  for (std::size_t k = 0; k < values.size(); ++k) {
    out.push_back(Placed{timeline[events[k]].time_ms, replica, events[k], values[k]});
  }
}

std::vector<std::string> in_order(std::vector<Placed> placed) {
  std::stable_sort(placed.begin(), placed.end());
  std::vector<std::string> out;
  out.reserve(placed.size());
  for (auto& p : placed) out.push_back(std::move(p.value));
  return out;
}

}  // namespace

std::string to_json_string(const ReplayResult& r, bool with_timeline) {
  json customers = json::array();
  for (const auto& c : r.customers) {
    json users = json::array();
    for (const auto& u : c.users) {
      users.push_back({{"user", u.user},
                       {"final_state", to_string(u.final_state)},
                       {"requests", u.requests},
                       {"refused", u.refused},
                       {"transitions", u.transitions},
                       {"notices", u.notices}});
    }
    customers.push_back({{"customer", c.customer},
                         {"final_state", to_string(c.final_state)},
                         {"requests", c.requests},
                         {"refused", c.refused},
                         {"flagged", c.flagged},
                         {"signals", c.signals},
                         {"decisions", c.decisions},
                         {"transitions", c.transitions},
                         {"notifications", c.notifications},
                         {"users", users}});
  }
  json out = {{"records", r.records}, {"customers", customers}};
  if (r.late_records > 0) out["late_records"] = r.late_records;
  if (with_timeline) {
    json tl = json::array();
    for (const auto& e : r.timeline) {
      tl.push_back({{"time_ms", e.time_ms},
                    {"customer", e.customer},
                    {"user", e.user},
                    {"kind", e.kind},
                    {"detail", e.detail}});
    }
    out["timeline"] = std::move(tl);
  }
  return detail::dump_json(out);
}

ReplayResult replay_result_from_json(std::string_view text) {
  const json j = detail::parse_json(text, "replay result");
  ReplayResult r;
  try {
    r.records = j.at("records").get<std::size_t>();
    r.late_records = j.value("late_records", std::size_t{0});
    for (const auto& c : j.at("customers")) {
      ReplayCustomer rc;
      rc.customer = c.at("customer").get<std::string>();
      rc.final_state = standing_named(c.at("final_state").get<std::string>());
      rc.requests = c.at("requests").get<std::size_t>();
      rc.refused = c.at("refused").get<std::size_t>();
      rc.flagged = c.at("flagged").get<std::size_t>();
      rc.signals = c.at("signals").get<std::vector<std::string>>();
      rc.decisions = c.at("decisions").get<std::map<std::string, std::size_t>>();
      rc.transitions = c.at("transitions").get<std::vector<std::string>>();
      rc.notifications = c.at("notifications").get<std::vector<std::string>>();
      for (const auto& u : c.at("users")) {
        ReplayUser ru;
        ru.user = u.at("user").get<std::string>();
        ru.final_state = standing_named(u.at("final_state").get<std::string>());
        ru.requests = u.at("requests").get<std::size_t>();
        ru.refused = u.at("refused").get<std::size_t>();
        ru.transitions = u.at("transitions").get<std::vector<std::string>>();
        ru.notices = u.at("notices").get<std::size_t>();
        rc.users.push_back(std::move(ru));
      }
      r.customers.push_back(std::move(rc));
    }
    if (auto tl = j.find("timeline"); tl != j.end()) {
      for (const auto& e : *tl) {
        r.timeline.push_back(
            ReplayEvent{e.at("time_ms").get<std::int64_t>(), e.at("customer").get<std::string>(),
                        e.at("user").get<std::string>(), e.at("kind").get<std::string>(),
                        e.at("detail").get<std::string>()});
      }
    }
  } catch (const json::exception& e) {
    throw error(status::format, std::string("replay result: ") + e.what());
  }
  return r;
}

ReplayResult merge_replay_results(std::vector<ReplayResult> replicas, Enforcement& enforcement,
                                  const std::string& outbox, const std::string& maildir) {
  ReplayResult out;
  std::map<std::string, ReplayCustomer> customers;
  // Ordered lists gathered from every replica: customer signals and transitions, user transitions.
  std::map<std::string, std::vector<Placed>> signals, transitions;
  std::map<std::pair<std::string, std::string>, std::vector<Placed>> user_transitions;
  std::vector<Placed> timeline_order;
  for (std::size_t ri = 0; ri < replicas.size(); ++ri) {
    const ReplayResult& r = replicas[ri];
    if (r.timeline.empty() && r.records > 0) {
      throw error(status::format, "replay merge: replica " + std::to_string(ri) +
                                      " has no timeline (it is needed to order the merge)");
    }
    out.records += r.records;
    out.late_records += r.late_records;
    // Where each list's entries were recorded: timeline positions by (customer, user, kind).
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::size_t>> at;
    for (std::size_t i = 0; i < r.timeline.size(); ++i) {
      const ReplayEvent& e = r.timeline[i];
      if (e.kind == "signal") at[{e.customer, "", "signal"}].push_back(i);
      if (e.kind == "transition") at[{e.customer, e.user, "transition"}].push_back(i);
      timeline_order.push_back(Placed{e.time_ms, ri, i, {}});
    }
    const std::string who = "replica " + std::to_string(ri);
    for (const auto& c : r.customers) {
      ReplayCustomer& m = customers[c.customer];
      m.customer = c.customer;
      m.requests += c.requests;
      m.refused += c.refused;
      m.flagged += c.flagged;
      for (const auto& [k, n] : c.decisions) m.decisions[k] += n;
      place(c.signals, at[{c.customer, "", "signal"}], r.timeline, ri, c.customer + " signals",
            signals[c.customer]);
      place(c.transitions, at[{c.customer, "", "transition"}], r.timeline, ri,
            c.customer + " transitions", transitions[c.customer]);
      for (const auto& u : c.users) {
        auto it = std::find_if(m.users.begin(), m.users.end(),
                               [&u](const ReplayUser& x) { return x.user == u.user; });
        if (it == m.users.end()) {
          m.users.push_back(ReplayUser{u.user, 0, 0, {}, 0, Standing::good_standing});
          it = std::prev(m.users.end());
        }
        it->requests += u.requests;
        it->refused += u.refused;
        place(u.transitions, at[{c.customer, u.user, "transition"}], r.timeline, ri,
              c.customer + "/" + u.user + " transitions", user_transitions[{c.customer, u.user}]);
      }
    }
  }
  std::stable_sort(timeline_order.begin(), timeline_order.end());
  for (const auto& p : timeline_order) out.timeline.push_back(replicas[p.replica].timeline[p.seq]);

  // Standings and notifications are the shared store's, after every replica finished.
  enforcement.refresh_gate();
  for (const auto& n : enforcement.outbox()) {
    ReplayCustomer& m = customers[n.customer];
    m.customer = n.customer;
    m.notifications.push_back(std::string(to_string(n.kind)));
    if (n.kind != NoticeKind::user_notice) continue;
    auto it = std::find_if(m.users.begin(), m.users.end(),
                           [&n](const ReplayUser& x) { return x.user == n.user; });
    if (it == m.users.end()) {
      m.users.push_back(ReplayUser{n.user, 0, 0, {}, 0, Standing::good_standing});
      it = std::prev(m.users.end());
    }
    ++it->notices;
  }
  for (auto& [id, m] : customers) {
    m.signals = in_order(std::move(signals[id]));
    m.transitions = in_order(std::move(transitions[id]));
    m.final_state = enforcement.status(id).state;
    std::sort(m.users.begin(), m.users.end(),
              [](const ReplayUser& a, const ReplayUser& b) { return a.user < b.user; });
    for (auto& u : m.users) {
      u.transitions = in_order(std::move(user_transitions[{id, u.user}]));
      u.final_state = enforcement.user_status(id, u.user).state;
    }
    out.customers.push_back(std::move(m));
  }
  deliver_replay_notifications(enforcement, outbox, maildir);
  return out;
}

void deliver_replay_notifications(Enforcement& enforcement, const std::string& outbox,
                                  const std::string& maildir) {
  std::vector<std::unique_ptr<NotificationSink>> sinks;
  if (!outbox.empty()) sinks.push_back(std::make_unique<JsonlOutboxSink>(outbox));
  if (!maildir.empty()) sinks.push_back(std::make_unique<MaildirOutboxSink>(maildir));
  if (sinks.empty()) return;
  CallbackSink all([&sinks](const Notification& n) {
    for (const auto& s : sinks) s->deliver(n);
  });
  while (true) {
    const DeliveryReport d = enforcement.deliver(all, 1000);
    // A failure is retried only after a backoff: report it instead of waiting.
    if (d.failed > 0) {
      const auto pending = enforcement.outbox(true);
      throw error(status::io, "replay: delivering the notifications failed: " +
                                  (pending.empty() ? std::string("?") : pending[0].last_error));
    }
    if (d.delivered == 0) break;
  }
}

}  // namespace abusemon
