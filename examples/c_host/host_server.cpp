// abusemon C host example: a small chat server that puts abuse monitoring in front of a model,
// using nothing of abusemon but its C ABI (capi/abusemon.h, library abusemon_c).
//
// Per request (POST /v1/chat, customer key in the X-Customer-Id header):
//   1. the enforcement gate refuses suspended and terminated customers, and blocked end users
//      (X-User-Id header or the body's "user"), with 403 before any work;
//   2. the prompt is checked; a blocked prompt gets 400 with error code "content_filter";
//   3. the stub model streams a canned completion through a stream check, and only text that a
//      check has passed is sent (server-sent events); a blocked stream is cut with
//      finish_reason "content_filter";
//   4. every verdict is recorded in the tracker; flagged texts and tracker signals go to the
//      review queue; confirmed decisions move the customer's standing (enforcement sync), and
//      the resulting notifications are appended to an outbox file.
// See examples/c_host/README.md for the options and the wire format.
#include "abusemon.h"

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

namespace {

using nlohmann::json;

// A failed C call, carrying its status so that the HTTP layer can map it to a response code.
class CallFailed : public std::runtime_error {
 public:
  CallFailed(am_status s, const std::string& what)
      : std::runtime_error(what + ": " + am_status_name(s) + ": " + am_last_error()), status(s) {}
  am_status status;
};

void check(am_status s, const char* what) {
  if (s != AM_OK) throw CallFailed(s, what);
}

// Runs a size-probe call (buf == NULL first) and returns the text without its NUL. Retries when
// the size grew between the probe and the call (tracker JSON decays with time).
template <typename Call>
std::string probe(Call call, const char* what) {
  std::string buf;
  for (int attempt = 0; attempt < 4; ++attempt) {
    size_t len = buf.size();
    const am_status s = call(buf.empty() ? nullptr : buf.data(), &len);
    if (s == AM_OK) {
      buf.resize(len > 0 ? len - 1 : 0);
      return buf;
    }
    if (s != AM_E_BUFFER_TOO_SMALL) throw CallFailed(s, what);
    buf.assign(len + 64, '\0');
  }
  throw CallFailed(AM_E_BUFFER_TOO_SMALL, what);
}

// Owning handles for the C objects.
struct Free {
  void operator()(am_policy* p) const { am_policy_free(p); }
  void operator()(am_monitor* p) const { am_monitor_free(p); }
  void operator()(am_tracker* p) const { am_tracker_free(p); }
  void operator()(am_review_store* p) const { am_review_store_free(p); }
  void operator()(am_enforcement* p) const { am_enforcement_free(p); }
  void operator()(am_verdict* p) const { am_verdict_free(p); }
  void operator()(am_stream* p) const { am_stream_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Options {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 = any free port (printed on stdout)
  std::string model;
  std::string db;
  std::string policy_file;
  std::string enforcement_policy_file;
  std::string tracker_config_file;
  std::string completions_file;
  std::string image_model;  // docs/IMAGES.md; empty = image parts are refused
  std::string outbox;
  std::string region = "us";
  double auto_confirm = 0.0;
  int flag_severity = AM_SEVERITY_MEDIUM;
  // Small windows: the model scores a window as a whole, so a short harmful passage in a long
  // benign text is found by a window about its size (README.md).
  size_t check_every = 64;
  size_t window = 128;
  int sync_interval_ms = 2000;
};

const char* const kUsage =
    "usage: abusemon_host_server --model FILE --db FILE [options]\n"
    "  --host ADDR                  listen address (default 127.0.0.1)\n"
    "  --port N                     port (default 8080; 0 = any free port)\n"
    "  --policy FILE                severity policy JSON (docs/POLICY.md)\n"
    "  --enforcement-policy FILE    enforcement policy JSON (docs/ENFORCEMENT.md)\n"
    "  --tracker-config FILE        tracker config JSON (docs/TRACKER.md)\n"
    "  --completions FILE           canned replies of the stub model (README.md)\n"
    "  --image-model FILE           image classifier for image_url parts (docs/IMAGES.md)\n"
    "  --outbox FILE                append notifications to this JSON Lines file\n"
    "  --region R                   data region of the review items (default us)\n"
    "  --auto-confirm X             automated pre-review at confidence >= X (0 = off)\n"
    "  --flag-severity S            review texts at severity >= S: low|medium|high\n"
    "  --check-every N --window N   stream check cadence and window in bytes (64, 128)\n"
    "  --sync-interval-ms N         background enforcement sync/tick/delivery (2000)\n";

Options parse_args(int argc, char** argv) {
  Options o;
  auto value = [&](int& i) -> std::string {
    if (i + 1 >= argc) throw std::invalid_argument(std::string(argv[i]) + " needs a value");
    return argv[++i];
  };
  auto number = [](const std::string& s, const char* name) {
    size_t used = 0;
    double v = 0;
    try {
      v = std::stod(s, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != s.size() || v < 0) throw std::invalid_argument(std::string(name) + ": bad number");
    return v;
  };
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    } else if (a == "--host") {
      o.host = value(i);
    } else if (a == "--port") {
      o.port = static_cast<int>(number(value(i), "--port"));
    } else if (a == "--model") {
      o.model = value(i);
    } else if (a == "--db") {
      o.db = value(i);
    } else if (a == "--policy") {
      o.policy_file = value(i);
    } else if (a == "--enforcement-policy") {
      o.enforcement_policy_file = value(i);
    } else if (a == "--tracker-config") {
      o.tracker_config_file = value(i);
    } else if (a == "--completions") {
      o.completions_file = value(i);
    } else if (a == "--image-model") {
      o.image_model = value(i);
    } else if (a == "--outbox") {
      o.outbox = value(i);
    } else if (a == "--region") {
      o.region = value(i);
    } else if (a == "--auto-confirm") {
      o.auto_confirm = number(value(i), "--auto-confirm");
    } else if (a == "--flag-severity") {
      const std::string s = value(i);
      if (s == "low") {
        o.flag_severity = AM_SEVERITY_LOW;
      } else if (s == "medium") {
        o.flag_severity = AM_SEVERITY_MEDIUM;
      } else if (s == "high") {
        o.flag_severity = AM_SEVERITY_HIGH;
      } else {
        throw std::invalid_argument("--flag-severity: low, medium or high");
      }
    } else if (a == "--check-every") {
      o.check_every = static_cast<size_t>(number(value(i), "--check-every"));
    } else if (a == "--window") {
      o.window = static_cast<size_t>(number(value(i), "--window"));
    } else if (a == "--sync-interval-ms") {
      o.sync_interval_ms = static_cast<int>(number(value(i), "--sync-interval-ms"));
    } else {
      throw std::invalid_argument("unknown option " + a);
    }
  }
  if (o.model.empty() || o.db.empty()) throw std::invalid_argument("--model and --db are required");
  if (o.port > 65535) throw std::invalid_argument("--port: out of range");
  return o;
}

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

Finding summarise(const am_verdict* v) {
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

json filter_results(const Finding& f) {
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

// Bytes of `s` up to `n`, backed off to a UTF-8 character boundary.
size_t utf8_floor(const std::string& s, size_t n) {
  n = std::min(n, s.size());
  while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

void send_error(httplib::Response& res, int http_status, const std::string& code,
                const std::string& message, json extra = json::object()) {
  json err = {{"message", message}, {"code", code}, {"status", http_status}};
  err.update(extra);
  res.status = http_status;
  res.set_content(json{{"error", err}}.dump(), "application/json");
}

// A chat completion that is being streamed. It lives in the content provider of the response
// (one thread at a time) and collects the verdicts of its stream check.
class Completion {
 public:
  Completion(Pipeline& p, std::string customer, std::string user, std::string text)
      : p_(p), customer_(std::move(customer)), user_(std::move(user)), reply_(std::move(text)) {
    am_stream_options so = am_stream_options_default();
    so.check_every = p.options().check_every;
    so.window = p.options().window;
    am_stream* s = nullptr;
    check(am_stream_new(p.monitor(), &so, customer_.c_str(), user_.c_str(), &Completion::on_verdict,
                        this, &s),
          "am_stream_new");
    stream_.reset(s);
    chunks_ = StubModel::chunks(reply_);
  }

  // Runs the stub model to the end or to the cut. `emit(text)` receives every piece of text a
  // check has passed, in order, and returns false when the client is gone (generation stops).
  // Returns the finding that ends the stream: its action is BLOCK when the stream was cut.
  template <typename Emit>
  Finding run(Emit&& emit) {
    std::string received;
    size_t released = 0;
    bool client_gone = false;
    for (const auto& chunk : chunks_) {
      received += chunk;
      const am_status s = am_stream_feed(stream_.get(), chunk.data(), chunk.size());
      if (s != AM_OK) throw CallFailed(s, "am_stream_feed");
      if (blocking_) break;
      // Release only what a passing check has covered: Azure's default streaming mode.
      const size_t upto = utf8_floor(received, passed_);
      if (upto > released) {
        client_gone = !emit(received.substr(released, upto - released));
        released = upto;
        if (client_gone) break;
      }
    }
    Finding end;
    if (blocking_) {
      end = *blocking_;
    } else {
      am_verdict* v = nullptr;
      check(am_stream_finish(stream_.get(), &v), "am_stream_finish");
      Owned<am_verdict> owned(v);
      end = summarise(v);
      if (end.action != AM_ACTION_BLOCK && released < received.size() && !client_gone) {
        emit(received.substr(released));
        released = received.size();
      }
    }
    // The tracker and the reviewer see everything the model produced, not only what was sent.
    p_.record(customer_, user_, received, end);
    delivered_ = received.substr(0, released);
    return end;
  }

  const std::string& delivered() const { return delivered_; }

 private:
  static void on_verdict(void* user_data, const am_verdict* v) {
    auto* self = static_cast<Completion*>(user_data);
    size_t end_offset = 0;
    int32_t is_final = 0;
    am_verdict_stream_offsets(v, nullptr, nullptr, &end_offset, &is_final);
    if (am_verdict_action(v) == AM_ACTION_BLOCK) {
      if (!self->blocking_) self->blocking_ = summarise(v);
    } else if (!is_final && !self->blocking_) {
      // The scored window ends at end_offset, which can trail the bytes received when the check
      // ran (check_offset): only text up to there has been checked.
      self->passed_ = std::max(self->passed_, end_offset);
    }
  }

  Pipeline& p_;
  std::string customer_, user_, reply_;
  Owned<am_stream> stream_;
  std::vector<std::string> chunks_;
  size_t passed_ = 0;
  std::optional<Finding> blocking_;
  std::string delivered_;
};

std::string sse(const json& j) {
  return "data: " + j.dump() + "\n\n";
}

json chunk_json(const std::string& id, json choices) {
  return {{"id", id},
          {"object", "chat.completion.chunk"},
          {"model", "stub-model"},
          {"choices", std::move(choices)}};
}

// Bytes of a data:image/...;base64, URL (the host decodes; the library sniffs the format).
std::string data_url_bytes(const std::string& url) {
  const auto comma = url.find(',');
  if (url.rfind("data:image/", 0) != 0 || comma == std::string::npos ||
      url.compare(comma - 7, 7, ";base64") != 0) {
    throw std::invalid_argument("image_url must be a data:image/...;base64, URL");
  }
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (std::size_t i = comma + 1; i < url.size(); ++i) {
    const char c = url[i];
    int v = c >= 'A' && c <= 'Z'   ? c - 'A'
            : c >= 'a' && c <= 'z' ? c - 'a' + 26
            : c >= '0' && c <= '9' ? c - '0' + 52
            : c == '+'             ? 62
            : c == '/'             ? 63
                                   : -1;
    if (c == '=') break;
    if (v < 0) throw std::invalid_argument("image_url has invalid base64");
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return out;
}

// Text of a message's content (a string or content parts); image_url URLs go to `images`.
std::string content_text(const json& content, std::vector<std::string>* images) {
  if (content.is_string()) return content.get<std::string>();
  if (!content.is_array()) {
    throw std::invalid_argument("message content must be a string or an array of parts");
  }
  std::string text;
  for (const auto& part : content) {
    const std::string type = part.is_object() ? part.value("type", "") : "";
    if (type == "text" && part.contains("text") && part["text"].is_string()) {
      if (!text.empty()) text += "\n";
      text += part["text"].get<std::string>();
    } else if (type == "image_url") {
      const json& u = part.contains("image_url") ? part["image_url"] : json();
      const json& url = u.is_object() && u.contains("url") ? u["url"] : u;
      if (!url.is_string()) throw std::invalid_argument("image_url needs a string url");
      if (images != nullptr) images->push_back(url.get<std::string>());
    } else {
      throw std::invalid_argument("content parts are text or image_url");
    }
  }
  return text;
}

// Joins what the customer sends the model: the user, system and developer messages (assistant
// turns were checked when they were generated). Image parts' URLs go to `images`.
std::string prompt_of(const json& body, std::vector<std::string>* images = nullptr) {
  const auto it = body.find("messages");
  if (it == body.end() || !it->is_array() || it->empty()) {
    throw std::invalid_argument("\"messages\" must be a non-empty array");
  }
  std::string prompt;
  for (const auto& m : *it) {
    if (!m.is_object() || !m.contains("content") ||
        !(m["content"].is_string() || m["content"].is_array())) {
      throw std::invalid_argument("every message needs a \"content\" string or part array");
    }
    const auto role = m.find("role");
    if (role != m.end() && !role->is_string()) {
      throw std::invalid_argument("\"role\" must be a string");
    }
    const std::string r = role == m.end() ? "user" : role->get<std::string>();
    if (r != "user" && r != "system" && r != "developer") continue;
    const std::string text = content_text(m["content"], images);
    if (text.empty()) continue;
    if (!prompt.empty()) prompt += "\n";
    prompt += text;
  }
  if (prompt.empty() && (images == nullptr || images->empty()))
    throw std::invalid_argument("no user message");
  return prompt;
}

void handle_chat(Pipeline& p, const httplib::Request& req, httplib::Response& res) {
  const std::string customer = req.get_header_value("X-Customer-Id");
  std::string user = req.get_header_value("X-User-Id");
  if (customer.empty()) {
    send_error(res, 401, "missing_customer", "the X-Customer-Id header is required");
    return;
  }
  // The gate first: a suspended customer or a blocked end user costs no model time and no
  // classification.
  if (auto refused = p.refusal(customer, user)) {
    send_error(res, 403, refused->first, refused->second);
    return;
  }
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    send_error(res, 400, "invalid_request_error", "the body must be a JSON object");
    return;
  }
  // The end user may also come as the body's "user" field (as the OpenAI API asks customers).
  if (user.empty() && body.contains("user") && body["user"].is_string()) {
    user = body["user"].get<std::string>();
    if (auto refused = p.refusal(customer, user)) {
      send_error(res, 403, refused->first, refused->second);
      return;
    }
  }
  std::string prompt;
  std::vector<std::string> images, image_bytes;
  try {
    prompt = prompt_of(body, &images);
    for (const auto& url : images) image_bytes.push_back(data_url_bytes(url));
    if (body.contains("stream") && !body["stream"].is_boolean()) {
      throw std::invalid_argument("\"stream\" must be true or false");
    }
  } catch (const std::invalid_argument& e) {
    send_error(res, 400, "invalid_request_error", e.what());
    return;
  }
  const bool stream = body.value("stream", false);

  am_verdict* v = nullptr;
  am_status s;
  std::string review_text = prompt;
  if (images.empty()) {
    s = am_monitor_check(p.monitor(), prompt.data(), prompt.size(), AM_DIRECTION_PROMPT,
                         customer.c_str(), user.c_str(), &v);
  } else {
    // One verdict for the text and every image (docs/IMAGES.md).
    std::vector<am_content_part> parts;
    json review = json::array();
    if (!prompt.empty()) {
      am_content_part t = am_content_part_default();
      t.text = prompt.data();
      t.text_len = prompt.size();
      parts.push_back(t);
      review.push_back({{"type", "text"}, {"text", prompt}});
    }
    for (std::size_t k = 0; k < images.size(); ++k) {
      am_content_part ip = am_content_part_default();
      ip.kind = AM_PART_IMAGE;
      ip.image = reinterpret_cast<const uint8_t*>(image_bytes[k].data());
      ip.image_len = image_bytes[k].size();
      parts.push_back(ip);
      // Reviewers see the image: the content parts are the review item's (encrypted) content.
      review.push_back({{"type", "image_url"}, {"image_url", {{"url", images[k]}}}});
    }
    s = am_monitor_check_content(p.monitor(), parts.data(), parts.size(), AM_DIRECTION_PROMPT,
                                 customer.c_str(), user.c_str(), &v);
    review_text = review.dump();
    if (s == AM_E_STATE) {
      send_error(res, 400, "invalid_request_error", am_last_error());
      return;
    }
  }
  if (s == AM_E_FORMAT || s == AM_E_LIMIT) {
    send_error(res, s == AM_E_LIMIT ? 413 : 400, "invalid_request_error", am_last_error());
    return;
  }
  check(s, "am_monitor_check");
  Owned<am_verdict> verdict(v);
  const Finding pf = summarise(v);
  p.record(customer, user, review_text, pf);
  const json prompt_filter =
      json::array({json{{"prompt_index", 0}, {"content_filter_results", filter_results(pf)}}});
  if (pf.action == AM_ACTION_BLOCK) {
    send_error(res, 400, "content_filter",
               "The prompt was filtered by the content management policy.",
               {{"param", "prompt"},
                {"innererror",
                 {{"code", "ResponsibleAIPolicyViolation"},
                  {"content_filter_result", filter_results(pf)}}}});
    return;
  }

  static std::atomic<uint64_t> counter{0};
  const std::string id = "chatcmpl-" + std::to_string(counter.fetch_add(1) + 1);
  auto completion = std::make_shared<Completion>(p, customer, user, p.model().reply(prompt));
  if (!stream) {
    const Finding end = completion->run([](const std::string&) { return true; });
    const bool cut = end.action == AM_ACTION_BLOCK;
    json choice = {{"index", 0},
                   {"message", {{"role", "assistant"}, {"content", completion->delivered()}}},
                   {"finish_reason", cut ? "content_filter" : "stop"},
                   {"content_filter_results", filter_results(end)}};
    res.set_content(json{{"id", id},
                         {"object", "chat.completion"},
                         {"model", "stub-model"},
                         {"prompt_filter_results", prompt_filter},
                         {"choices", json::array({choice})}}
                        .dump(),
                    "application/json");
    return;
  }

  res.set_header("Cache-Control", "no-cache");
  res.set_chunked_content_provider("text/event-stream", [completion, id, prompt_filter](
                                                            size_t, httplib::DataSink& sink) {
    auto write = [&sink](const std::string& text) { return sink.write(text.data(), text.size()); };
    // As Azure does: an annotation frame without choices carries the prompt's results.
    json first = chunk_json(id, json::array());
    first["prompt_filter_results"] = prompt_filter;
    write(sse(first));
    try {
      const Finding end = completion->run([&](const std::string& text) {
        return write(sse(chunk_json(
            id, json::array({json{
                    {"index", 0}, {"delta", {{"content", text}}}, {"finish_reason", nullptr}}}))));
      });
      const bool cut = end.action == AM_ACTION_BLOCK;
      write(sse(
          chunk_json(id, json::array({json{{"index", 0},
                                           {"delta", json::object()},
                                           {"finish_reason", cut ? "content_filter" : "stop"},
                                           {"content_filter_results", filter_results(end)}}}))));
    } catch (const std::exception& e) {
      // Headers are gone: report in-band, as OpenAI-compatible servers do.
      std::fprintf(stderr, "host: stream failed: %s\n", e.what());
      write(sse(json{{"error", {{"message", "internal error"}, {"code", "server_error"}}}}));
    }
    write("data: [DONE]\n\n");
    sink.done();
    return true;
  });
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  try {
    opt = parse_args(argc, argv);
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "abusemon_host_server: error: %s\n%s", e.what(), kUsage);
    return 2;
  }
  if (am_version_number() != AM_VERSION_NUMBER) {
    std::fprintf(stderr, "abusemon_host_server: error: library %s does not match the header\n",
                 am_version());
    return 1;
  }

  // SIGINT/SIGTERM are taken by a waiting thread (below), so block them in every thread.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  std::unique_ptr<Pipeline> pipeline;
  try {
    pipeline = std::make_unique<Pipeline>(opt);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "abusemon_host_server: error: %s\n", e.what());
    return 3;
  }
  Pipeline& p = *pipeline;

  httplib::Server server;
  server.Post("/v1/chat", [&p](const httplib::Request& req, httplib::Response& res) {
    handle_chat(p, req, res);
  });
  // Operator view of one customer: standing, transitions, tracker state. Keep it off the
  // customer-facing listener in production (this example listens on loopback only).
  server.Get(R"(/admin/customers/([^/]+))",
             [&p](const httplib::Request& req, httplib::Response& res) {
               res.set_content(p.standing_json(req.matches[1]), "application/json");
             });
  // Applies review decisions now instead of at the next background round (e.g. right after a
  // review session with `abusemon review` on the same database file).
  server.Post("/admin/sync", [&p](const httplib::Request&, httplib::Response& res) {
    res.set_content(json{{"transitions", p.maintain()}}.dump(), "application/json");
  });
  server.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("{\"status\":\"ok\"}", "application/json");
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown error";
        int http_status = 500;
        try {
          std::rethrow_exception(ep);
        } catch (const CallFailed& e) {
          what = e.what();
          if (e.status == AM_E_UNAVAILABLE) http_status = 503;
        } catch (const std::exception& e) {
          what = e.what();
        }
        std::fprintf(stderr, "host: request failed: %s\n", what.c_str());
        send_error(res, http_status, "server_error", "internal error");
      });

  int port = opt.port;
  if (port == 0) {
    port = server.bind_to_any_port(opt.host.c_str());
  } else if (!server.bind_to_port(opt.host.c_str(), port)) {
    port = -1;
  }
  if (port < 0) {
    std::fprintf(stderr, "abusemon_host_server: error: cannot listen on %s:%d\n", opt.host.c_str(),
                 opt.port);
    return 1;
  }
  std::printf("listening on http://%s:%d\n", opt.host.c_str(), port);
  std::fflush(stdout);

  std::mutex mu;
  std::condition_variable cv;
  bool stopping = false;
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server.stop();
  });
  // Human decisions and remediation deadlines arrive without requests: apply them periodically.
  std::thread maintainer([&] {
    std::unique_lock<std::mutex> lock(mu);
    while (!cv.wait_for(lock, std::chrono::milliseconds(std::max(opt.sync_interval_ms, 100)),
                        [&] { return stopping; })) {
      lock.unlock();
      try {
        p.maintain();
      } catch (const std::exception& e) {
        std::fprintf(stderr, "host: maintenance failed: %s\n", e.what());
      }
      lock.lock();
    }
  });

  const bool ok = server.listen_after_bind();
  {
    std::lock_guard<std::mutex> lock(mu);
    stopping = true;
  }
  cv.notify_all();
  maintainer.join();
  // listen_after_bind() also returns on a socket error: wake the signal thread in that case.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  try {
    p.maintain();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "host: final sync failed: %s\n", e.what());
  }
  pipeline.reset();
  std::fprintf(stderr, "host: stopped\n");
  return ok ? 0 : 1;
}
