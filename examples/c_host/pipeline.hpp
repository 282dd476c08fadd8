// C host example (host_server.cpp): the stub model and the abuse pipeline over the C objects
// (monitor, tracker, review store, enforcement), each of them thread-safe.
#pragma once

#include "abusemon.h"
#include "host_common.hpp"

#include <httplib.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <pthread.h>

namespace c_host {
// The stand-in for the host's inference engine: a canned reply, chosen by the first rule whose
// "when" text occurs in the prompt, streamed a few words at a time.
class StubModel {
 public:
  explicit StubModel(const std::string& path) {
    if (path.empty()) return;
    const json j = json::parse(read_file(path), nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw std::runtime_error(path + ": not a JSON object");
    if (j.contains("default")) default_ = j.at("default").get<std::string>();
    for (const auto& r : j.value("replies", json::array())) {
      replies_.emplace_back(r.at("when").get<std::string>(), r.at("reply").get<std::string>());
    }
  }

  std::string reply(const std::string& prompt) const {
    for (const auto& [when, text] : replies_) {
      if (prompt.find(when) != std::string::npos) return text;
    }
    return default_;
  }

  // Splits a reply into the chunks a token stream would deliver (about three words each).
  static std::vector<std::string> chunks(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0, words = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == ' ' && ++words % 3 == 0) {
        out.push_back(text.substr(start, i + 1 - start));
        start = i + 1;
      }
    }
    if (start < text.size()) out.push_back(text.substr(start));
    return out;
  }

 private:
  std::string default_ =
      "Here is a short answer from the stub model. A real server would run its language model "
      "here and stream the tokens as they are generated.";
  std::vector<std::pair<std::string, std::string>> replies_;
};

// What the pipeline keeps of a verdict after the (possibly borrowed) verdict is gone.
struct Finding {
  am_direction direction = AM_DIRECTION_PROMPT;
  am_action action = AM_ACTION_ALLOW;
  uint8_t severity[AM_CATEGORY_COUNT] = {};
  float score[AM_CATEGORY_COUNT] = {};
  bool jailbreak = false;
  std::string azure;   // {"content_filter_results": {...}}
  std::string native;  // every field, stored with the review item
};

inline Finding summarise(const am_verdict* v) {
  Finding f;
  f.direction = am_verdict_direction(v);
  f.action = am_verdict_action(v);
  for (int c = 0; c < AM_CATEGORY_COUNT; ++c) {
    f.severity[c] = static_cast<uint8_t>(am_verdict_severity(v, static_cast<am_category>(c)));
    f.score[c] = am_verdict_score(v, static_cast<am_category>(c));
  }
  f.jailbreak = am_verdict_jailbreak_detected(v) != 0;
  f.azure = probe([v](char* b, size_t* n) { return am_verdict_to_json(v, AM_FORMAT_AZURE, b, n); },
                  "am_verdict_to_json");
  f.native =
      probe([v](char* b, size_t* n) { return am_verdict_to_json(v, AM_FORMAT_NATIVE, b, n); },
            "am_verdict_to_json");
  return f;
}

inline json filter_results(const Finding& f) {
  return json::parse(f.azure).at("content_filter_results");
}

// What the pipeline keeps of a drained tracker signal.
struct Signal {
  std::string detector, message;
  int32_t category = -1;  // -1: any category
  int32_t priority = 0;   // am_severity
  uint64_t trigger = 0;   // item id of the text that raised it
};

// The shared objects of the server; every one of them is thread-safe (capi/abusemon.h).
class Pipeline {
 public:
  explicit Pipeline(const Options& o) : opt_(o), model_(o.completions_file) {
    Owned<am_policy> policy;
    if (!o.policy_file.empty()) {
      am_policy* p = nullptr;
      check(am_policy_from_file(o.policy_file.c_str(), &p), "policy");
      policy.reset(p);
    }
    am_monitor* m = nullptr;
    check(am_monitor_new(o.model.c_str(), policy.get(), nullptr, &m), "model");
    monitor_.reset(m);
    if (!o.image_model.empty()) {
      am_image_model* im = nullptr;
      check(am_image_model_load(o.image_model.c_str(), &im), "image model");
      const am_status st = am_monitor_set_image_model(m, im);
      am_image_model_free(im);  // the monitor holds its own reference
      check(st, "image model");
    }

    const std::string tracker_config =
        o.tracker_config_file.empty() ? std::string() : read_file(o.tracker_config_file);
    am_tracker* t = nullptr;
    check(am_tracker_new(tracker_config.empty() ? nullptr : tracker_config.data(),
                         tracker_config.size(), &t),
          "tracker config");
    tracker_.reset(t);

    am_review_options ro = am_review_options_default();
    ro.path = o.db.c_str();
    ro.auto_confirm_confidence = o.auto_confirm;
    am_review_store* r = nullptr;
    check(am_review_open(&ro, &r), "review store");
    review_.reset(r);

    const std::string enforcement_policy =
        o.enforcement_policy_file.empty() ? std::string() : read_file(o.enforcement_policy_file);
    am_enforcement_options eo = am_enforcement_options_default();
    eo.path = o.db.c_str();
    eo.policy_json = enforcement_policy.empty() ? nullptr : enforcement_policy.c_str();
    am_enforcement* e = nullptr;
    check(am_enforcement_open(&eo, &e), "enforcement");
    enforcement_.reset(e);
    // Decisions made while the server was down (reviewers use `abusemon review` on the same file).
    maintain();
  }

  const Options& options() const { return opt_; }
  const am_monitor* monitor() const { return monitor_.get(); }
  const StubModel& model() const { return model_; }

  // The gate: nullopt when the customer (and its end user, if any) may be served, else the
  // refusal (error code, reason).
  std::optional<std::pair<std::string, std::string>> refusal(const std::string& customer,
                                                             const std::string& user) const {
    int32_t allowed = 1;
    am_standing state = AM_STANDING_GOOD;
    check(am_enforcement_is_user_allowed(enforcement_.get(), customer.c_str(), user.c_str(),
                                         &allowed, &state, nullptr, nullptr),
          "am_enforcement_is_user_allowed");
    if (allowed) return std::nullopt;
    // Refused: fetch the reason (the customer is told why and how to appeal).
    std::string reason = probe(
        [&](char* b, size_t* n) {
          return am_enforcement_is_user_allowed(enforcement_.get(), customer.c_str(), user.c_str(),
                                                &allowed, &state, b, n);
        },
        "am_enforcement_is_user_allowed");
    const char* code = state == AM_STANDING_BLOCKED      ? "end_user_blocked"
                       : state == AM_STANDING_TERMINATED ? "customer_terminated"
                                                         : "customer_suspended";
    return std::make_pair(std::string(code), reason);
  }

  // Feeds one checked text to the tracker, sends flagged texts and signals to review, and
  // applies any decision that results (automated pre-review decides at submission).
  void record(const std::string& customer, const std::string& user, const std::string& text,
              const Finding& f) {
    const uint64_t item = next_item_.fetch_add(1) + 1;
    Recent self{customer, user, text, f.native};
    std::copy(std::begin(f.severity), std::end(f.severity), self.severity);
    std::copy(std::begin(f.score), std::end(f.score), self.score);
    for (int c = 1; c < AM_CATEGORY_COUNT; ++c) {
      if (f.severity[c] > f.severity[self.top] ||
          (f.severity[c] == f.severity[self.top] && f.score[c] > f.score[self.top])) {
        self.top = c;
      }
    }
    remember(item, self);

    am_tracker_event ev = am_tracker_event_default();
    ev.customer = customer.data();
    ev.customer_len = customer.size();
    ev.user = user.empty() ? nullptr : user.data();
    ev.user_len = user.size();
    ev.direction = f.direction;
    ev.action = f.action;
    ev.severities = f.severity;
    ev.severity_count = AM_CATEGORY_COUNT;
    ev.jailbreak = f.jailbreak ? 1 : 0;
    ev.fingerprint = am_fingerprint(text.data(), text.size());
    ev.item_id = item;
    check(am_tracker_record(tracker_.get(), &ev), "am_tracker_record");

    std::vector<Signal> signals;
    check(am_tracker_drain_signals(tracker_.get(), &Pipeline::on_signal, &signals, 0, nullptr),
          "am_tracker_drain_signals");
    const Signal* own = nullptr;
    for (const auto& s : signals) {
      std::fprintf(stderr, "host: signal %s: %s\n", s.detector.c_str(), s.message.c_str());
      if (s.trigger == item) {
        own = &s;
      } else if (auto other = recall(s.trigger)) {
        // Raised by another request's text (threads share the tracker, and whoever drains first
        // gets the signal): file it with that text.
        submit_flagged(*other, &s);
      }
    }
    const bool flagged =
        f.action == AM_ACTION_BLOCK || self.severity[self.top] >= opt_.flag_severity;
    if (flagged || own != nullptr) submit_flagged(self, own);
  }

  // Applies review decisions, remediation deadlines, and delivers notifications. Called after
  // submissions and periodically (decisions of human reviewers arrive at any time).
  // Returns the number of standing transitions.
  size_t maintain() {
    size_t n = 0;
    check(am_enforcement_tick(enforcement_.get(), &n), "am_enforcement_tick");
    return n + sync();
  }

  std::string standing_json(const std::string& customer) {
    json out;
    out["standing"] = json::parse(probe(
        [&](char* b, size_t* n) {
          return am_enforcement_status_json(enforcement_.get(), customer.c_str(), b, n);
        },
        "am_enforcement_status_json"));
    out["history"] = json::parse(probe(
        [&](char* b, size_t* n) {
          return am_enforcement_history_json(enforcement_.get(), customer.c_str(), b, n);
        },
        "am_enforcement_history_json"));
    try {
      out["tracker"] = json::parse(probe(
          [&](char* b, size_t* n) {
            return am_tracker_customer_json(tracker_.get(), customer.data(), customer.size(),
                                            nullptr, 0, b, n);
          },
          "am_tracker_customer_json"));
    } catch (const CallFailed& e) {
      if (e.status != AM_E_NOT_FOUND) throw;
      out["tracker"] = nullptr;  // never seen (or evicted)
    }
    return out.dump();
  }

 private:
  static void on_signal(void* user_data, const am_tracker_signal* s) {
    auto* out = static_cast<std::vector<Signal>*>(user_data);
    Signal c;
    c.detector = s->detector;
    c.message = s->message;
    c.category = s->category;
    c.priority = s->priority;
    c.trigger = s->item_count > 0 ? s->item_ids[0] : 0;
    out->push_back(std::move(c));
  }

  void submit(const std::string& content, const std::string& verdict_json,
              const std::string& customer, const std::string& user, const std::string& signal,
              am_category category, am_severity severity, double confidence) {
    am_review_submission sub = am_review_submission_default();
    sub.content = content.data();
    sub.content_len = content.size();
    sub.verdict_json = verdict_json.c_str();
    sub.customer = customer.c_str();
    sub.user = user.c_str();
    sub.region = opt_.region.c_str();
    sub.signal = signal.c_str();
    sub.queue = nullptr;
    sub.category = category;
    sub.severity = severity;
    sub.confidence = std::clamp(confidence, 0.0, 1.0);
    int64_t id = 0;
    check(am_review_submit(review_.get(), &sub, &id), "am_review_submit");
    std::fprintf(stderr, "host: review item %lld: customer %s, %s/%s [%s]\n",
                 static_cast<long long>(id), customer.c_str(), am_category_name(category),
                 am_severity_name(severity), signal.c_str());
  }

  // A text recorded in the tracker, kept until a signal on it is drained (bounded).
  struct Recent {
    std::string customer, user, text, native;
    int top = 0;  // the category a reviewer looks at: the most severe, then the highest score
    uint8_t severity[AM_CATEGORY_COUNT] = {};
    float score[AM_CATEGORY_COUNT] = {};
  };

  void remember(uint64_t item, const Recent& r) {
    std::lock_guard<std::mutex> lock(recent_mutex_);
    recent_[item] = r;
    if (recent_.size() > kRecentItems) recent_.erase(recent_.begin());
  }

  std::optional<Recent> recall(uint64_t item) {
    std::lock_guard<std::mutex> lock(recent_mutex_);
    const auto it = recent_.find(item);
    if (it == recent_.end()) return std::nullopt;
    return it->second;
  }

  // Sends a text to review: as the classifier flagged it, or as the evidence of a tracker signal
  // (the signal's category, at least the signal's priority).
  void submit_flagged(const Recent& r, const Signal* signal) {
    int category = r.top;
    if (signal != nullptr && signal->category >= 0 && signal->category < AM_CATEGORY_COUNT) {
      category = signal->category;
    }
    int severity = r.severity[category];
    if (signal != nullptr) severity = std::max(severity, static_cast<int>(signal->priority));
    // A pattern over clean texts (a burst of requests) still deserves a look.
    severity =
        std::clamp(severity, static_cast<int>(AM_SEVERITY_LOW), static_cast<int>(AM_SEVERITY_HIGH));
    submit(r.text, r.native, r.customer, r.user,
           signal != nullptr ? "tracker:" + signal->detector : "classifier",
           static_cast<am_category>(category), static_cast<am_severity>(severity),
           r.score[category]);
    sync();
  }

  size_t sync() {
    // One sync at a time keeps the transitions of a decision in one log line and the outbox in
    // order; the gate itself never waits for this lock.
    std::lock_guard<std::mutex> lock(sync_mutex_);
    size_t transitions = 0;
    check(am_enforcement_sync(enforcement_.get(), review_.get(), &transitions),
          "am_enforcement_sync");
    if (transitions > 0) std::fprintf(stderr, "host: %zu enforcement transition(s)\n", transitions);
    if (!opt_.outbox.empty()) {
      size_t delivered = 0, failed = 0;
      check(am_enforcement_deliver_jsonl(enforcement_.get(), opt_.outbox.c_str(), 100, &delivered,
                                         &failed),
            "am_enforcement_deliver_jsonl");
      if (delivered + failed > 0) {
        std::fprintf(stderr, "host: notifications delivered %zu, failed %zu\n", delivered, failed);
      }
    }
    return transitions;
  }

  Options opt_;
  StubModel model_;
  Owned<am_monitor> monitor_;
  Owned<am_tracker> tracker_;
  Owned<am_review_store> review_;
  Owned<am_enforcement> enforcement_;
  std::atomic<uint64_t> next_item_{0};
  std::mutex sync_mutex_;
  static constexpr size_t kRecentItems = 4096;
  std::mutex recent_mutex_;
  std::map<uint64_t, Recent> recent_;
};

}  // namespace c_host
