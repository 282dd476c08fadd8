// JSON forms of tracker outputs (signals, entity views, stats).
#include <nlohmann/json.hpp>

#include "abusemon/error.hpp"
#include "core/format.hpp"
#include "core/json_input.hpp"
#include "tracker/tracker_internal.hpp"

namespace abusemon {

namespace {
using json = nlohmann::json;

// Customer and user ids are bytes, not necessarily UTF-8: replace bad bytes rather than throw
// (found by tests/fuzz/fuzz_capi).
std::string dump(const json& j) {
  return detail::dump_json(j);
}

json signal_json(const Signal& s) {
  json j;
  j["id"] = s.id;
  j["customer"] = s.customer;
  j["user"] = s.user;
  j["detector"] = s.detector;
  j["type"] = to_string(s.type);
  j["priority"] = to_string(s.priority);
  j["state"] = to_string(s.state);
  j["time_ms"] = s.time_ms;
  j["category"] = s.category ? json(to_string(*s.category)) : json("any");
  j["value"] = s.value;
  j["threshold"] = s.threshold;
  j["window_ms"] = s.window_ms;
  j["score"] = s.score;
  j["item_ids"] = s.item_ids;
  j["message"] = s.message;
  j["source"] = to_string(s.source);
  return j;
}
}  // namespace

std::string to_json(const Signal& s) {
  return dump(signal_json(s));
}

std::string to_json(const EntityView& v) {
  json j;
  j["customer"] = v.customer;
  if (!v.user.empty()) j["user"] = v.user;
  j["as_of_ms"] = v.as_of_ms;
  j["first_seen_ms"] = v.first_seen_ms;
  j["last_seen_ms"] = v.last_seen_ms;
  j["total_requests"] = v.total_requests;
  j["total_flagged"] = v.total_flagged;
  j["total_blocked"] = v.total_blocked;
  j["score"] = v.score;
  j["trend"] = v.trend;
  json hz = json::object();
  for (std::size_t h = 0; h < v.horizons.size(); ++h) {
    json hj;
    hj["requests"] = v.requests[h];
    hj["jailbreaks"] = v.jailbreaks[h];
    json cats = json::object();
    for (std::size_t r = 0; r < kTrackerRows; ++r) {
      const auto& c = v.counts[h][r];
      if (c[0] == 0 && c[1] == 0 && c[2] == 0 && r != kAnyCategoryRow) continue;
      const std::string name =
          r == kAnyCategoryRow ? "any" : std::string(to_string(static_cast<Category>(r)));
      cats[name] = {{"low", c[0]}, {"medium", c[1]}, {"high", c[2]}};
    }
    hj["at_least"] = cats;
    hz[v.horizons[h]] = hj;
  }
  j["horizons"] = hz;
  j["recent_items"] = v.recent_items;
  j["severe_items"] = v.severe_items;
  j["open_detectors"] = v.open_detectors;
  json reviews = json::object();
  for (std::size_t o = 0; o < kReviewOutcomeCount; ++o) {
    json per = json::object();
    for (std::size_t c = 0; c < kCategoryCount; ++c) {
      per[std::string(to_string(static_cast<Category>(c)))] = v.reviews[o][c];
    }
    reviews[std::string(to_string(static_cast<ReviewOutcome>(o)))] = per;
  }
  reviews["last_ms"] = v.last_review_ms;
  j["reviews"] = reviews;
  return dump(j);
}

std::string to_json(const TrackerStats& s) {
  json j;
  j["events"] = s.events;
  j["customers"] = s.customers;
  j["users"] = s.users;
  j["evicted"] = s.evicted;
  j["signals_raised"] = s.signals_raised;
  j["signals_dropped"] = s.signals_dropped;
  j["signals_pending"] = s.signals_pending;
  j["open_signals"] = s.open_signals;
  j["fleet_buffered"] = s.fleet_buffered;
  j["fleet_dropped"] = s.fleet_dropped;
  j["fleet_sent_events"] = s.fleet_sent_events;
  j["fleet_errors"] = s.fleet_errors;
  j["fleet_connected"] = s.fleet_connected;
  if (s.fleet_stream_events || s.fleet_stream_buffered || s.fleet_stream_dropped ||
      s.fleet_owned_shards || s.fleet_consumed || s.fleet_received || s.fleet_detecting ||
      s.fleet_malformed || !s.fleet_last_error.empty()) {
    j["fleet_stream_events"] = s.fleet_stream_events;
    j["fleet_stream_buffered"] = s.fleet_stream_buffered;
    j["fleet_stream_dropped"] = s.fleet_stream_dropped;
    j["fleet_owned_shards"] = s.fleet_owned_shards;
    j["fleet_consumed"] = s.fleet_consumed;
    j["fleet_published"] = s.fleet_published;
    j["fleet_received"] = s.fleet_received;
    j["fleet_reconciled"] = s.fleet_reconciled;
    j["fleet_closed"] = s.fleet_closed;
    j["fleet_malformed"] = s.fleet_malformed;
    j["fleet_detecting"] = s.fleet_detecting;
    j["fleet_last_error"] = s.fleet_last_error;
  }
  return dump(j);
}

Signal detail::signal_from_json(std::string_view text) {
  try {
    const json j = detail::parse_json(text, "signal");
    Signal s;
    s.id = j.at("id").get<uint64_t>();
    s.customer = j.at("customer").get<std::string>();
    s.user = j.at("user").get<std::string>();
    s.detector = j.at("detector").get<std::string>();
    auto t = parse_detector_type(j.at("type").get<std::string>());
    auto p = parse_severity(j.at("priority").get<std::string>());
    const std::string st = j.at("state").get<std::string>();
    if (!t || !p) throw error(status::format, "bad signal type/priority");
    s.type = *t;
    s.priority = *p;
    s.state = st == "acknowledged" ? SignalState::acknowledged
              : st == "closed"     ? SignalState::closed
                                   : SignalState::open;
    s.time_ms = j.at("time_ms").get<int64_t>();
    s.category = parse_category(j.at("category").get<std::string>());
    s.value = j.at("value").get<double>();
    s.threshold = j.at("threshold").get<double>();
    s.window_ms = j.at("window_ms").get<int64_t>();
    s.score = j.at("score").get<double>();
    s.item_ids = j.at("item_ids").get<std::vector<uint64_t>>();
    s.message = j.at("message").get<std::string>();
    if (auto it = j.find("source"); it != j.end()) {
      const std::string src = it->get<std::string>();
      if (src != "local" && src != "fleet") throw error(status::format, "bad signal source");
      s.source = src == "fleet" ? SignalSource::fleet : SignalSource::local;
    }
    return s;
  } catch (const json::exception& e) {
    throw error(status::format, std::string("tracker snapshot: bad signal record: ") + e.what());
  }
}

}  // namespace abusemon
