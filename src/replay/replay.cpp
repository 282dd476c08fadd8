// Replay of a traffic log through the whole pipeline (include/abusemon/replay.hpp), in one process
// or as one replica of a fleet replay.
#include <abusemon/error.hpp>
#include <abusemon/replay.hpp>
#include "core/format.hpp"
#include "core/json_input.hpp"
#include "core/line_reader.hpp"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <istream>
#include <set>
#include <stdexcept>
#include <thread>

namespace abusemon {

namespace {

// Longest traffic line a replay reads (a record with a long prompt and completion fits easily).
constexpr std::size_t kMaxTrafficLineBytes = 64u << 20;
// How often a fleet replica looks for the fleet's signals while it waits.
constexpr std::chrono::milliseconds kFleetPoll{5};

using nlohmann::json;

std::int64_t wall_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

struct Picked {
  Category category = Category::hate;
  float score = 0.0f;
  Severity severity = Severity::safe;
};

// The category the review item is about: the most severe, then the highest score.
Picked top_category(const Verdict& v) {
  Picked p;
  for (Category c : kAllCategories) {
    const auto& r = v[c];
    if (r.severity > p.severity || (r.severity == p.severity && r.score > p.score)) {
      p = Picked{c, r.score, r.severity};
    }
  }
  return p;
}

std::string verdict_summary_json(const Verdict& v) {
  json scores = json::object();
  for (Category c : kAllCategories) {
    scores[std::string(to_string(c))] = {{"score", v[c].score},
                                         {"severity", to_string(v[c].severity)}};
  }
  // The model id comes from its file: dump_json replaces invalid UTF-8. With routing by
  // language it is the model that scored the text, and the route says which.
  json j({{"action", to_string(v.action)},
          {"jailbreak_detected", v.jailbreak_detected},
          {"categories", scores},
          {"model", v.model_id + "@" + v.model_version}});
  if (!v.language.empty()) j["language"] = v.language;
  if (v.route) j["route"] = to_string(*v.route);
  return detail::dump_json(j);
}

// Tracker item id of a text: the record's position in the log (the same in every replica of a
// fleet replay, so the replica whose record a fleet signal names can be told), and which text.
std::uint64_t item_id(std::size_t index, Direction d) {
  return (static_cast<std::uint64_t>(index) + 1) * 2 + (d == Direction::completion ? 1 : 0);
}
std::size_t record_index(std::uint64_t item) {
  return static_cast<std::size_t>(item / 2 - 1);
}

// What the tracker's signals said about one text.
struct Fired {
  std::string detector;  // "" = no signal names the text
  bool pattern = false;  // fired by a recurring-pattern detector
  std::optional<Category> category;
};

// One classified text of the current record, waiting for its review decision.
struct Scored {
  Direction direction = Direction::prompt;
  const std::string* body = nullptr;
  Verdict verdict;
  std::uint64_t item = 0;
};

class Runner {
 public:
  Runner(const Monitor& m, Tracker& t, ReviewStore& r, Enforcement& e, ManualClock& c,
         const ReplayOptions& o)
      : monitor_(m), tracker_(t), review_(r), enf_(e), clock_(c), opt_(o) {
    if (opt_.fleet) start_wall_ = opt_.fleet->start_wall_ms ? opt_.fleet->start_wall_ms : wall_ms();
  }

  // Replays the record at `index` of the log; false when it belongs to another replica.
  bool record(const TrafficRecord& rec, std::size_t index) {
    bool late = false;
    if (opt_.fleet) wait_until(slot_wall(index));
    if (rec.time_ms > clock_.now_ms()) clock_.set_ms(rec.time_ms);
    if (opt_.fleet) {
      if (index % opt_.fleet->replica_count != opt_.fleet->replica_index) return false;
      late = wall_ms() >= slot_wall(index + 1);
      if (late) ++result_.late_records;
      // Other replicas' transitions now, not within the gate refresher's period: the previous
      // slot's suspension must refuse this record, as in one process.
      enf_.refresh_gate();
    }
    transitions(enf_.tick());
    auto& cust = customer(rec.customer);
    ++cust.requests;
    if (!rec.user.empty()) ++user_requests_[{rec.customer, rec.user}];
    const std::string region = rec.region.empty() ? opt_.default_region : rec.region;
    const CheckContext ctx{rec.customer, rec.user};
    std::vector<Scored> texts;
    if (score(rec, ctx, rec.prompt, Direction::prompt, index, texts) && rec.completion) {
      score(rec, ctx, *rec.completion, Direction::completion, index, texts);
    }
    if (!texts.empty()) {
      if (opt_.fleet) {
        // The fleet's detectors see the event only after it reached Redis: send it now, then give
        // them the time to raise what one process would have raised at once.
        (void)tracker_.flush_fleet(opt_.fleet->signal_wait_ms);
        poll_until(wall_ms() + opt_.fleet->signal_wait_ms);
      } else {
        poll_signals();
      }
      for (const auto& t : texts) review(rec, region, t);
      fired_.clear();  // the rest named earlier records' texts (a late or review-driven signal)
    }
    transitions(enf_.sync(review_));
    // Started late, or still busy when the next record's slot began (that record's replica may
    // not have seen this one's outcome): the fleet was not in step here.
    if (opt_.fleet && wall_ms() > slot_wall(index + 1) && !late) ++result_.late_records;
    return true;
  }

  ReplayResult finish(std::size_t records, std::size_t total) {
    if (opt_.fleet) {
      wait_until(slot_wall(total == 0 ? 0 : total - 1) + opt_.fleet->settle_ms);
      enf_.refresh_gate();
    }
    transitions(enf_.sync(review_));
    transitions(enf_.tick());
    for (const auto& n : enf_.outbox()) {
      customer(n.customer).notifications.push_back(std::string(to_string(n.kind)));
      if (n.kind == NoticeKind::user_notice) ++user(n.customer, n.user).notices;
    }
    result_.records = records;
    for (auto& [key, u] : users_) {
      u.final_state = enf_.user_status(key.first, key.second).state;
      u.requests = user_requests_[key];
      u.refused = user_refused_[key];
    }
    for (auto& [id, c] : customers_) {
      c.final_state = enf_.status(id).state;
      for (auto it = users_.lower_bound({id, ""}); it != users_.end() && it->first.first == id;
           ++it) {
        c.users.push_back(std::move(it->second));
      }
      result_.customers.push_back(std::move(c));
    }
    return std::move(result_);
  }

 private:
  ReplayCustomer& customer(const std::string& id) {
    auto& c = customers_[id];
    c.customer = id;
    return c;
  }

  ReplayUser& user(const std::string& customer_id, const std::string& id) {
    auto& u = users_[{customer_id, id}];
    u.user = id;
    return u;
  }

  void event(const std::string& customer, std::string kind, std::string detail,
             const std::string& user = {}) {
    result_.timeline.push_back(
        {clock_.now_ms(), customer, user, std::move(kind), std::move(detail)});
  }

  void transitions(const std::vector<Transition>& ts) {
    for (const auto& t : ts) {
      const std::string move =
          std::string(to_string(t.from)) + " -> " + std::string(to_string(t.to)) + ": " + t.reason;
      if (t.user.empty()) {
        customer(t.customer).transitions.push_back(std::string(to_string(t.to)));
        event(t.customer, "transition", move);
      } else {
        customer(t.customer);
        user(t.customer, t.user).transitions.push_back(std::string(to_string(t.to)));
        event(t.customer, "transition", "end user " + t.user + ": " + move, t.user);
      }
    }
  }

  std::int64_t slot_wall(std::size_t index) const {
    return start_wall_ + static_cast<std::int64_t>(index) * opt_.fleet->pace_ms;
  }

  // Fleet replica: until `deadline` (wall ms), surfaces the fleet's signals and applies the other
  // replicas' decisions, so that this replica's next record sees the fleet's state.
  void wait_until(std::int64_t deadline) {
    poll_until(deadline);
    transitions(enf_.sync(review_));
  }

  void poll_until(std::int64_t deadline) {
    for (;;) {
      poll_signals();
      const std::int64_t left = deadline - wall_ms();
      if (left <= 0) return;
      std::this_thread::sleep_for(
          std::min<std::chrono::milliseconds>(kFleetPoll, std::chrono::milliseconds(left)));
    }
  }

  // Drains the tracker. A fleet signal is surfaced by every replica: the one whose record it
  // names reports (and reviews) it, so that the merged result has each signal once.
  void poll_signals() {
    std::vector<Signal> signals;
    tracker_.drain_signals(signals);
    for (const auto& s : signals) {
      if (opt_.fleet && s.source == SignalSource::fleet) {
        const std::size_t owner =
            s.item_ids.empty() ? 0 : record_index(s.item_ids.front()) % opt_.fleet->replica_count;
        if (owner != opt_.fleet->replica_index) continue;
      }
      customer(s.customer).signals.push_back(s.detector);
      event(s.customer, "signal", s.message, s.user);
      if (s.item_ids.empty()) continue;
      Fired& f = fired_[{s.item_ids.front(), s.customer}];
      f.detector = s.detector;
      f.pattern = s.type == DetectorType::recurring;
      if (s.category) f.category = s.category;
    }
  }

  // Classifies one text and records it in the tracker. Returns false when the gate refused it
  // (the rest of the request is not processed).
  bool score(const TrafficRecord& rec, const CheckContext& ctx, const std::string& body,
             Direction d, std::size_t index, std::vector<Scored>& out) {
    Verdict v = monitor_.check(body, d, ctx);
    if (v.refusal) {
      ++customer(rec.customer).refused;
      if (!rec.user.empty()) ++user_refused_[{rec.customer, rec.user}];
      event(rec.customer, "refused", std::string(to_string(d)) + " refused: " + *v.refusal,
            rec.user);
      return false;
    }
    TrackerEvent ev;
    ev.customer = rec.customer;
    ev.user = rec.user;
    ev.time_ms = clock_.now_ms();
    ev.direction = d;
    for (Category c : kAllCategories) ev.severity[static_cast<std::size_t>(c)] = v[c].severity;
    ev.action = v.action;
    ev.jailbreak = v.jailbreak_detected;
    ev.fingerprint = fingerprint(body);
    ev.item_id = item_id(index, d);
    tracker_.record(ev);
    out.push_back(Scored{d, &body, std::move(v), ev.item_id});
    return true;
  }

  // Sends a text to review when it is flagged or a signal names it, and has it decided.
  void review(const TrafficRecord& rec, const std::string& region, const Scored& t) {
    const Verdict& v = t.verdict;
    Fired fired;
    if (auto it = fired_.find({t.item, rec.customer}); it != fired_.end()) {
      fired = it->second;
      fired_.erase(it);
    }
    Picked top = top_category(v);
    if (fired.category) {
      // The detector names what it saw (e.g. sexual_minors): review that, not the top score.
      top = Picked{*fired.category, v[*fired.category].score, v[*fired.category].severity};
    }
    const bool flagged = top.severity >= opt_.flag_min_severity || v.action == Action::block;
    if (!flagged && fired.detector.empty()) return;

    ReviewSubmission sub;
    sub.content = *t.body;
    sub.verdict_json = verdict_summary_json(v);
    sub.customer = rec.customer;
    sub.user = rec.user;
    sub.region = region;
    sub.signal = fired.detector.empty() ? "classifier" : "tracker:" + fired.detector;
    sub.category = top.category;
    sub.severity = top.severity;
    sub.confidence = std::clamp(static_cast<double>(top.score), 0.0, 1.0);
    const std::int64_t id = review_.submit(sub);
    ++customer(rec.customer).flagged;
    event(rec.customer, "flagged",
          std::string(to_string(t.direction)) + " " + std::string(to_string(top.category)) + "/" +
              std::string(to_string(top.severity)) + " (" + std::to_string(top.score).substr(0, 4) +
              ") -> review item " + std::to_string(id) + " [" + sub.signal + "]",
          rec.user);
    float max_score = 0.0f;
    for (Category c : kAllCategories) max_score = std::max(max_score, v[c].score);
    // A reviewer judges a recurring-pattern item with its evidence (the same kind of text on
    // many days): a flagged text is confirmed even below the single-text confirm score.
    decide(rec.customer, region, id, max_score, fired.pattern && top.severity >= Severity::low);
  }

  void ensure_staff(const std::string& region) {
    if (!staffed_.insert(region).second) return;
    const std::string rv = "replay-reviewer-" + region, mg = "replay-manager-" + region;
    add_staff({rv, Role::reviewer, region, true});
    add_staff({mg, Role::manager, region, true});
  }

  // The replicas of a fleet replay share the store: another one may add the same principal
  // between the lookup and the insert.
  void add_staff(const Principal& p) {
    if (review_.principal(p.id)) return;
    try {
      review_.add_principal(p);
    } catch (const error&) {
      if (!review_.principal(p.id)) throw;
    }
  }

  void decide(const std::string& customer_id, const std::string& region, std::int64_t id,
              float score, bool pattern_confirmed) {
    ensure_staff(region);
    const std::string rv = "replay-reviewer-" + region;
    Decision d;
    d.kind = score >= opt_.reviewer_confirm_score || pattern_confirmed ? DecisionKind::confirm
                                                                       : DecisionKind::dismiss;
    d.reason = "replay reviewer: top score " + std::to_string(score).substr(0, 4);
    for (int attempt = 0; attempt < 2; ++attempt) {
      try {
        review_.decide(rv, id, d);
        ++customer(customer_id).decisions[std::string(to_string(d.kind))];
        event(customer_id, "decision",
              "item " + std::to_string(id) + ": " + std::string(to_string(d.kind)) +
                  " (simulated reviewer)");
        return;
      } catch (const error& e) {
        if (e.code() == status::state) {  // automated pre-review decided it already
          ++customer(customer_id).decisions["confirm"];
          event(customer_id, "decision",
                "item " + std::to_string(id) + ": confirm (automated pre-review)");
          return;
        }
        if (e.code() != status::permission_denied || attempt == 1) throw;
        // No active grant (first use or expired): request one and have the manager approve it.
        GrantRequest g;
        g.reason = "replay";
        g.duration_ms = 3600 * 1000;
        review_.approve_access("replay-manager-" + region, review_.request_access(rv, g));
      }
    }
  }

  const Monitor& monitor_;
  Tracker& tracker_;
  ReviewStore& review_;
  Enforcement& enf_;
  ManualClock& clock_;
  const ReplayOptions& opt_;
  std::int64_t start_wall_ = 0;
  std::map<std::string, ReplayCustomer> customers_;
  using UserKey = std::pair<std::string, std::string>;
  std::map<UserKey, ReplayUser> users_;  // end users with a user-scoped transition
  std::map<UserKey, std::size_t> user_requests_, user_refused_;
  // Signals naming a text not yet reviewed, by (item id, customer).
  std::map<std::pair<std::uint64_t, std::string>, Fired> fired_;
  std::set<std::string> staffed_;
  ReplayResult result_;
};

void check_fleet(const ReplayFleetOptions& f) {
  auto bad = [](const std::string& what) {
    throw error(status::invalid_argument, "replay fleet: " + what);
  };
  if (f.replica_count < 1) bad("replica_count must be >= 1");
  if (f.replica_index >= f.replica_count) bad("replica_index must be below replica_count");
  if (f.start_wall_ms < 0) bad("start_wall_ms must be >= 0");
  if (f.signal_wait_ms < 0 || f.settle_ms < 0) bad("signal_wait_ms and settle_ms must be >= 0");
  if (f.pace_ms <= f.signal_wait_ms) bad("pace_ms must exceed signal_wait_ms");
}

}  // namespace

ReplayResult replay(std::istream& traffic, const Monitor& monitor, Tracker& tracker,
                    ReviewStore& review, Enforcement& enforcement, ManualClock& clock,
                    const ReplayOptions& options) {
  if (options.fleet) {
    check_fleet(*options.fleet);
    if (!tracker.config().fleet || !tracker.config().fleet->detection) {
      throw error(status::invalid_argument,
                  "replay fleet: the tracker must run fleet detection (a fleet section with "
                  "\"detection\")");
    }
  }
  Runner run(monitor, tracker, review, enforcement, clock, options);
  // Every decision (simulated reviewer and automated pre-review) feeds the tracker's review
  // counts, as a host wires it; the listener is removed when the replay ends.
  struct Listener {
    ReviewStore& store;
    std::uint64_t id;
    ~Listener() { store.remove_decision_listener(id); }
  } listener{review, review.add_decision_listener(
                         [&tracker](const DecisionRecord& d) { tracker.record_decision(d); })};
  std::string line;
  std::size_t lineno = 0, total = 0, records = 0;
  for (;;) {
    const detail::LineRead r = detail::read_line(traffic, line, kMaxTrafficLineBytes);
    if (r == detail::LineRead::eof) break;
    ++lineno;
    const std::string where = "traffic line " + std::to_string(lineno) + ": ";
    if (r == detail::LineRead::too_long) {
      throw error(status::limit,
                  where + "longer than " + std::to_string(kMaxTrafficLineBytes) + " bytes");
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    TrafficRecord rec;
    try {
      rec = parse_traffic_record(line);
    } catch (const error& e) {
      throw error(status::format, where + e.what());
    }
    try {
      if (run.record(rec, total++)) ++records;
    } catch (const error& e) {  // e.g. a prompt over the monitor's limits: say which line
      throw error(e.code(), where + e.what());
    }
  }
  if (traffic.bad()) throw error(status::io, "reading the traffic log failed");
  return run.finish(records, total);
}

ReplayResult run_replay(std::istream& traffic, std::shared_ptr<const Scorer> scorer, Policy policy,
                        const ReplayRunOptions& options, MonitorOptions monitor_options) {
  namespace fs = std::filesystem;
  struct TempDir {
    fs::path dir;
    ~TempDir() {
      std::error_code ec;
      if (!dir.empty()) fs::remove_all(dir, ec);
    }
  } tmp;
  if (options.replay.fleet) check_fleet(*options.replay.fleet);
  std::string db = options.db;
  if (db.empty()) {
    if (options.replay.fleet && options.replay.fleet->replica_count > 1) {
      throw error(status::invalid_argument, "replay fleet: the replicas need a shared store (db)");
    }
    // mkdtemp: a fresh directory only this process created (never an existing one, nor a link).
    std::string tmpl = (fs::temp_directory_path() / "abusemon-replay-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) {
      throw error(status::io, "replay: cannot create a temporary directory: " +
                                  std::string(std::strerror(errno)));
    }
    tmp.dir = tmpl;
    db = (tmp.dir / "replay.db").string();
  }
  TrackerConfig tc;
  if (options.tracker) {
    tc = *options.tracker;
  } else {
    tc.detectors = default_detectors();
  }
  if (!options.replay.fleet) tc.fleet.reset();

  ManualClock clock(0);
  ReviewStoreOptions rso;
  rso.path = db;
  rso.clock = &clock;
  rso.auto_confirm_confidence = options.auto_confirm_confidence;
  ReviewStore review(rso);
  EnforcementOptions eo;
  eo.path = db;
  eo.policy = options.enforcement;
  eo.clock = &clock;
  Enforcement enforcement(eo);
  Tracker tracker(tc, &clock);
  monitor_options.gate = enforcement.customer_gate();
  const Monitor monitor(std::move(scorer), std::move(policy), std::move(monitor_options));

  ReplayResult r = replay(traffic, monitor, tracker, review, enforcement, clock, options.replay);
  if (!options.replay.fleet)
    deliver_replay_notifications(enforcement, options.outbox, options.maildir);
  return r;
}

}  // namespace abusemon
