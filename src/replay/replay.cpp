// Replay of a traffic log through the whole pipeline (include/abusemon/replay.hpp).
#include <abusemon/error.hpp>
#include <abusemon/replay.hpp>
#include "core/json_input.hpp"
#include "core/line_reader.hpp"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <istream>
#include <random>
#include <set>
#include "core/format.hpp"

namespace abusemon {

namespace {

// Longest traffic line a replay reads (a record with a long prompt and completion fits easily).
constexpr std::size_t kMaxTrafficLineBytes = 64u << 20;

using nlohmann::json;

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
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
  // The model id comes from its file: dump_json replaces invalid UTF-8.
  return detail::dump_json(json({{"action", to_string(v.action)},
                                 {"jailbreak_detected", v.jailbreak_detected},
                                 {"categories", scores},
                                 {"model", v.model_id + "@" + v.model_version}}));
}

class Runner {
 public:
  Runner(const Monitor& m, Tracker& t, ReviewStore& r, Enforcement& e, ManualClock& c,
         const ReplayOptions& o)
      : monitor_(m), tracker_(t), review_(r), enf_(e), clock_(c), opt_(o) {}

  void record(const TrafficRecord& rec) {
    if (rec.time_ms > clock_.now_ms()) clock_.set_ms(rec.time_ms);
    transitions(enf_.tick());
    auto& cust = customer(rec.customer);
    ++cust.requests;
    if (!rec.user.empty()) ++user_requests_[{rec.customer, rec.user}];
    const std::string region = rec.region.empty() ? opt_.default_region : rec.region;
    const CheckContext ctx{rec.customer, rec.user};
    if (!text(rec, region, ctx, rec.prompt, Direction::prompt)) return;
    if (rec.completion) text(rec, region, ctx, *rec.completion, Direction::completion);
    transitions(enf_.sync(review_));
  }

  ReplayResult finish(std::size_t records) {
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

  // Returns false when the gate refused the text (the rest of the request is not processed).
  bool text(const TrafficRecord& rec, const std::string& region, const CheckContext& ctx,
            const std::string& body, Direction d) {
    const Verdict v = monitor_.check(body, d, ctx);
    auto& cust = customer(rec.customer);
    const std::string dir(to_string(d));
    if (v.refusal) {
      ++cust.refused;
      if (!rec.user.empty()) ++user_refused_[{rec.customer, rec.user}];
      event(rec.customer, "refused", dir + " refused: " + *v.refusal, rec.user);
      return false;
    }
    const std::uint64_t item = ++next_item_;
    TrackerEvent ev;
    ev.customer = rec.customer;
    ev.user = rec.user;
    ev.time_ms = clock_.now_ms();
    ev.direction = d;
    for (Category c : kAllCategories) ev.severity[static_cast<std::size_t>(c)] = v[c].severity;
    ev.action = v.action;
    ev.jailbreak = v.jailbreak_detected;
    ev.fingerprint = fingerprint(body);
    ev.item_id = item;
    tracker_.record(ev);
    std::vector<Signal> signals;
    tracker_.drain_signals(signals);
    std::string fired;
    bool pattern = false;  // fired by a recurring-pattern detector
    std::optional<Category> signal_category;
    for (const auto& s : signals) {
      customer(s.customer).signals.push_back(s.detector);
      event(s.customer, "signal", s.message, s.user);
      if (!s.item_ids.empty() && s.item_ids.front() == item && s.customer == rec.customer) {
        fired = s.detector;
        pattern = s.type == DetectorType::recurring;
        if (s.category) signal_category = s.category;
      }
    }
    Picked top = top_category(v);
    if (signal_category) {
      // The detector names what it saw (e.g. sexual_minors): review that, not the top score.
      top = Picked{*signal_category, v[*signal_category].score, v[*signal_category].severity};
    }
    const bool flagged = top.severity >= opt_.flag_min_severity || v.action == Action::block;
    if (!flagged && fired.empty()) return true;

    ReviewSubmission sub;
    sub.content = body;
    sub.verdict_json = verdict_summary_json(v);
    sub.customer = rec.customer;
    sub.user = rec.user;
    sub.region = region;
    sub.signal = fired.empty() ? "classifier" : "tracker:" + fired;
    sub.category = top.category;
    sub.severity = top.severity;
    sub.confidence = std::clamp(static_cast<double>(top.score), 0.0, 1.0);
    const std::int64_t id = review_.submit(sub);
    ++cust.flagged;
    event(rec.customer, "flagged",
          dir + " " + std::string(to_string(top.category)) + "/" +
              std::string(to_string(top.severity)) + " (" + std::to_string(top.score).substr(0, 4) +
              ") -> review item " + std::to_string(id) + " [" + sub.signal + "]",
          rec.user);
    float max_score = 0.0f;
    for (Category c : kAllCategories) max_score = std::max(max_score, v[c].score);
    // A reviewer judges a recurring-pattern item with its evidence (the same kind of text on
    // many days): a flagged text is confirmed even below the single-text confirm score.
    decide(rec.customer, region, id, max_score, pattern && top.severity >= Severity::low);
    return true;
  }

  void ensure_staff(const std::string& region) {
    if (!staffed_.insert(region).second) return;
    const std::string rv = "replay-reviewer-" + region, mg = "replay-manager-" + region;
    if (!review_.principal(rv)) review_.add_principal({rv, Role::reviewer, region, true});
    if (!review_.principal(mg)) review_.add_principal({mg, Role::manager, region, true});
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
  std::map<std::string, ReplayCustomer> customers_;
  using UserKey = std::pair<std::string, std::string>;
  std::map<UserKey, ReplayUser> users_;  // end users with a user-scoped transition
  std::map<UserKey, std::size_t> user_requests_, user_refused_;
  std::set<std::string> staffed_;
  std::uint64_t next_item_ = 0;
  ReplayResult result_;
};

std::string field(const json& j, const char* name, bool required) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) {
    if (required) throw error(status::format, std::string("missing \"") + name + "\"");
    return {};
  }
  if (!it->is_string())
    throw error(status::format, std::string("\"") + name + "\" must be a string");
  return it->get<std::string>();
}

}  // namespace

std::optional<std::int64_t> parse_rfc3339(std::string_view s) noexcept {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  if (!digits(s, 0, 4, y) || s.size() < 20 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
      !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
      !digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, mi) || s[16] != ':' ||
      !digits(s, 17, 2, se)) {
    return std::nullopt;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return std::nullopt;
  std::size_t pos = 19;
  std::int64_t frac_ms = 0;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    std::int64_t scale = 100;
    const std::size_t start = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      frac_ms += (s[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
    if (pos == start) return std::nullopt;
  }
  std::int64_t offset_s = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    int oh = 0, om = 0;
    if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
        !digits(s, pos + 4, 2, om)) {
      return std::nullopt;
    }
    offset_s = (s[pos] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = se;
  const std::int64_t t = static_cast<std::int64_t>(timegm(&tm));
  return (t - offset_s) * 1000 + frac_ms;
}

TrafficRecord parse_traffic_record(std::string_view line) {
  json j = detail::parse_json(line);
  if (!j.is_object()) {
    throw error(status::format, "not a JSON object");
  }
  TrafficRecord r;
  auto t = j.find("time");
  if (t == j.end()) throw error(status::format, "missing \"time\"");
  if (t->is_number()) {
    const double secs = t->get<double>();
    // Up to year 9999 (253402300799 s): later values would overflow the milliseconds.
    if (!std::isfinite(secs) || secs < 0 || secs > 253402300799.0) {
      throw error(status::format, "bad \"time\": epoch seconds from 0 to 253402300799");
    }
    r.time_ms = static_cast<std::int64_t>(std::llround(secs * 1000));
  } else if (t->is_string()) {
    auto ms = parse_rfc3339(t->get<std::string>());
    if (!ms) throw error(status::format, "\"time\" is not RFC 3339: " + t->get<std::string>());
    r.time_ms = *ms;
  } else {
    throw error(status::format, "\"time\" must be RFC 3339 text or epoch seconds");
  }
  r.customer = field(j, "customer", true);
  if (r.customer.empty()) throw error(status::format, "\"customer\" is empty");
  r.user = field(j, "user", false);
  r.region = field(j, "region", false);
  r.prompt = field(j, "prompt", true);
  if (j.contains("completion") && !j["completion"].is_null()) {
    r.completion = field(j, "completion", false);
  }
  return r;
}

ReplayResult replay(std::istream& traffic, const Monitor& monitor, Tracker& tracker,
                    ReviewStore& review, Enforcement& enforcement, ManualClock& clock,
                    const ReplayOptions& options) {
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
  std::size_t lineno = 0, records = 0;
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
      run.record(rec);
    } catch (const error& e) {  // e.g. a prompt over the monitor's limits: say which line
      throw error(e.code(), where + e.what());
    }
    ++records;
  }
  if (traffic.bad()) throw error(status::io, "reading the traffic log failed");
  return run.finish(records);
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
  std::string db = options.db;
  if (db.empty()) {
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
  tc.fleet.reset();

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
  std::vector<std::unique_ptr<NotificationSink>> sinks;
  if (!options.outbox.empty()) sinks.push_back(std::make_unique<JsonlOutboxSink>(options.outbox));
  if (!options.maildir.empty()) {
    sinks.push_back(std::make_unique<MaildirOutboxSink>(options.maildir));
  }
  if (!sinks.empty()) {
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
  return r;
}

std::string to_json_string(const ReplayResult& r) {
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
  return detail::dump_json(json({{"records", r.records}, {"customers", customers}}));
}

}  // namespace abusemon
