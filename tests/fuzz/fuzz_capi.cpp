// Fuzz target: sequences of C ABI calls. The input is decoded into a series of am_* calls on one
// monitor (over a host scorer callback), policy, stream, tracker, review store and enforcement
// object, with fuzzed texts, JSON documents, ids, enum values, buffer sizes and NULL pointers.
// Invariants: no crash, no exception across the boundary (it would abort), every failure has a
// known status and a message, size probes are consistent. Parameters of C enum type get valid
// enumerators only: an out-of-range value is outside the C++ enum's value range (UBSan "enum");
// out-of-range values are fuzzed through the int32_t fields (tracker events, review decisions).
#include <fuzzer/FuzzedDataProvider.h>
#include <sys/mman.h>
#include <unistd.h>
#include <array>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "abusemon.h"

namespace {

std::int64_t g_now = 1'764'000'000'000LL;
bool g_fail = false;  // the delivery callback reports failure
std::int64_t fake_clock(void*) {
  return g_now;
}

const char* const kOutputs[] = {"hate",     "harassment", "sexual",    "sexual_minors",
                                "violence", "self_harm",  "jailbreak", "minor_mentioned"};
constexpr std::size_t kOutputCount = sizeof kOutputs / sizeof kOutputs[0];

// Output j scores high when the text contains the letter 'a' + j; a text starting with '!' fails.
am_status score_cb(void*, const char* const* texts, const size_t* lens, size_t count, float* out) {
  for (size_t i = 0; i < count; ++i) {
    if (lens[i] > 0 && texts[i][0] == '!') return AM_E_UNAVAILABLE;
    for (size_t j = 0; j < kOutputCount; ++j) {
      out[i * kOutputCount + j] =
          memchr(texts[i], static_cast<int>('a' + j), lens[i]) != nullptr ? 0.95f : 0.05f;
    }
  }
  return AM_OK;
}

void check_status(am_status s) {
  if (s < AM_OK || s > AM_E_INTERNAL) std::abort();
  if (s == AM_E_INTERNAL) {
    std::fprintf(stderr, "AM_E_INTERNAL: %s\n", am_last_error());
    std::abort();  // an internal error is a bug by definition
  }
  if (s != AM_OK && am_last_error()[0] == '\0' && s != AM_E_BUFFER_TOO_SMALL) std::abort();
}

// Calls a size-probe function: first with a fuzzed buffer size, then with the size it asked for.
template <class F>
void probe(FuzzedDataProvider& in, F&& fn) {
  size_t len = in.ConsumeIntegralInRange<size_t>(0, 64);
  std::vector<char> buf(len + 1);
  am_status s = fn(len == 0 ? nullptr : buf.data(), &len);
  check_status(s);
  if (s == AM_E_BUFFER_TOO_SMALL) {
    buf.assign(len, '\0');
    s = fn(buf.data(), &len);
    check_status(s);
    // Values that decay with time may grow between the calls; anything else must now fit.
    if (s == AM_OK && std::strlen(buf.data()) + 1 != len) std::abort();
  }
}

struct Session {
  am_policy* policy = nullptr;
  am_monitor* monitor = nullptr;
  am_stream* stream = nullptr;
  am_tracker* tracker = nullptr;
  am_review_store* review = nullptr;
  am_enforcement* enforcement = nullptr;
  std::string db;
  std::vector<int64_t> items, grants;

  ~Session() {
    am_stream_free(stream);
    am_monitor_free(monitor);
    am_policy_free(policy);
    am_tracker_free(tracker);
    am_enforcement_free(enforcement);
    am_review_store_free(review);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) unlink((db + suffix).c_str());
  }
};

std::string pick_id(FuzzedDataProvider& in) {
  static const char* const ids[] = {"alice", "bob", "mgr", "mgr2", "", "c1", "c2"};
  return ids[in.ConsumeIntegralInRange<size_t>(0, 6)];
}

am_review_store* review(Session& s) {
  if (s.review == nullptr) {
    am_review_options o = am_review_options_default();
    o.path = s.db.c_str();
    o.clock = fake_clock;
    o.busy_timeout_ms = 100;
    check_status(am_review_open(&o, &s.review));
    if (s.review != nullptr) {
      am_review_add_principal(s.review, "alice", AM_REVIEW_ROLE_REVIEWER, "us");
      am_review_add_principal(s.review, "mgr", AM_REVIEW_ROLE_MANAGER, "us");
      am_review_add_principal(s.review, "mgr2", AM_REVIEW_ROLE_MANAGER, "eea");
    }
  }
  return s.review;
}

void tracker_ops(Session& s, FuzzedDataProvider& in) {
  switch (in.ConsumeIntegralInRange<int>(0, 6)) {
    case 0: {
      std::string config = in.ConsumeRandomLengthString(256);
      // Fleet mode would reach for a network; its config parsing is fuzzed in fuzz_config.
      if (config.find("fleet") != std::string::npos) return;
      am_tracker* t = nullptr;
      check_status(am_tracker_new(config.empty() ? nullptr : config.data(), config.size(), &t));
      if (t != nullptr) {
        am_tracker_free(s.tracker);
        s.tracker = t;
      }
      return;
    }
    case 1: {
      std::vector<am_tracker_event> events(in.ConsumeIntegralInRange<size_t>(1, 4));
      std::vector<std::array<uint8_t, AM_CATEGORY_COUNT + 1>> severities(events.size());
      std::vector<std::string> names;
      names.reserve(events.size() * 2);
      for (size_t k = 0; k < events.size(); ++k) {
        am_tracker_event& e = events[k];
        e = am_tracker_event_default();
        names.push_back(pick_id(in));
        names.push_back(in.ConsumeRandomLengthString(8));
        e.customer = in.ConsumeBool() ? names[names.size() - 2].c_str() : nullptr;
        e.customer_len = names[names.size() - 2].size();
        e.user = names.back().data();
        e.user_len = names.back().size();
        e.time_ms = in.ConsumeBool() ? 0 : g_now + in.ConsumeIntegralInRange<int64_t>(-1000, 1000);
        e.direction = in.ConsumeIntegralInRange<int32_t>(-1, 2);
        e.action = in.ConsumeIntegralInRange<int32_t>(-1, 3);
        for (auto& sev : severities[k]) sev = in.ConsumeIntegralInRange<uint8_t>(0, 4);
        e.severities = in.ConsumeBool() ? severities[k].data() : nullptr;
        e.severity_count = in.ConsumeIntegralInRange<size_t>(0, severities[k].size());
        e.jailbreak = in.ConsumeBool();
        e.fingerprint = in.ConsumeIntegral<uint64_t>();
        e.item_id = in.ConsumeIntegral<uint64_t>();
      }
      size_t recorded = 0;
      check_status(am_tracker_record_batch(s.tracker, events.data(), events.size(), &recorded));
      if (recorded > events.size()) std::abort();
      return;
    }
    case 2: {
      struct Ctx {
        am_tracker* t;
        bool close;
      } ctx{s.tracker, in.ConsumeBool()};
      size_t drained = 0;
      check_status(am_tracker_drain_signals(
          s.tracker,
          [](void* u, const am_tracker_signal* sig) {
            auto* c = static_cast<Ctx*>(u);
            if (sig->json == nullptr || sig->customer == nullptr) std::abort();
            if (c->close) {
              am_tracker_close_signal(c->t, sig->id);
            } else {
              am_tracker_acknowledge(c->t, sig->id);
            }
          },
          &ctx, in.ConsumeIntegralInRange<size_t>(0, 3), &drained));
      return;
    }
    case 3: {
      const std::string c = pick_id(in);
      const std::string u = in.ConsumeBool() ? std::string() : in.ConsumeRandomLengthString(8);
      probe(in, [&](char* b, size_t* l) {
        return am_tracker_customer_json(s.tracker, c.data(), c.size(), u.data(), u.size(), b, l);
      });
      return;
    }
    case 4:
      probe(in, [&](char* b, size_t* l) { return am_tracker_stats_json(s.tracker, b, l); });
      probe(in, [&](char* b, size_t* l) { return am_tracker_open_signals_json(s.tracker, b, l); });
      return;
    case 5: {
      // A snapshot file with fuzzed contents: restore must reject it cleanly or load it.
      static const int fd = memfd_create("abusemon-fuzz-snapshot", 0);
      const std::string bytes = in.ConsumeRandomLengthString(512);
      if (fd < 0 || ftruncate(fd, 0) != 0 || pwrite(fd, bytes.data(), bytes.size(), 0) < 0) {
        std::abort();
      }
      const std::string path = "/proc/self/fd/" + std::to_string(fd);
      check_status(am_tracker_restore(s.tracker, path.c_str()));
      return;
    }
    default: {
      size_t evicted = 0;
      check_status(am_tracker_evict_idle(s.tracker, &evicted));
      check_status(am_tracker_acknowledge(s.tracker, in.ConsumeIntegralInRange<uint64_t>(0, 4)));
      return;
    }
  }
}

void monitor_ops(Session& s, FuzzedDataProvider& in) {
  switch (in.ConsumeIntegralInRange<int>(0, 5)) {
    case 0: {
      const std::string text = in.ConsumeRandomLengthString(256);
      const std::string customer = pick_id(in);
      am_verdict* v = nullptr;
      check_status(am_monitor_check(s.monitor, in.ConsumeBool() ? text.data() : nullptr,
                                    text.size(),
                                    static_cast<am_direction>(in.ConsumeIntegralInRange(0, 1)),
                                    customer.empty() ? nullptr : customer.c_str(), nullptr, &v));
      if (v != nullptr) {
        for (int c = 0; c < AM_CATEGORY_COUNT; ++c) {
          (void)am_verdict_score(v, static_cast<am_category>(c));
          (void)am_verdict_severity(v, static_cast<am_category>(c));
        }
        am_blocklist_match m;
        m.size = in.ConsumeBool() ? sizeof m : in.ConsumeIntegralInRange<size_t>(0, 64);
        for (size_t i = 0; i <= am_verdict_match_count(v); ++i) {
          if (am_verdict_match(v, i, &m) == AM_OK && (m.start > m.end || m.end > text.size())) {
            std::abort();
          }
        }
        const auto fmt = static_cast<am_format>(in.ConsumeIntegralInRange(0, 2));
        probe(in, [&](char* b, size_t* l) { return am_verdict_to_json(v, fmt, b, l); });
        am_verdict_free(v);
      }
      return;
    }
    case 1: {
      const size_t n = in.ConsumeIntegralInRange<size_t>(0, 6);
      std::vector<std::string> texts(n);
      std::vector<const char*> ptrs(n);
      std::vector<size_t> lens(n);
      for (size_t i = 0; i < n; ++i) {
        texts[i] = in.ConsumeRandomLengthString(64);
        ptrs[i] = texts[i].data();
        lens[i] = texts[i].size();
      }
      std::vector<am_verdict*> out(n + 1, nullptr);
      check_status(am_monitor_check_batch(s.monitor, ptrs.data(), lens.data(), n,
                                          AM_DIRECTION_COMPLETION, out.data()));
      for (auto* v : out) am_verdict_free(v);
      std::vector<float> scores(n * AM_CATEGORY_COUNT + 1);
      check_status(am_monitor_scores(s.monitor, ptrs.data(), lens.data(), n, scores.data(),
                                     n * AM_CATEGORY_COUNT + in.ConsumeIntegralInRange(0, 1)));
      return;
    }
    case 2: {
      const std::string json = in.ConsumeRandomLengthString(256);
      if (in.ConsumeBool()) {
        check_status(am_policy_add_blocklist_json(s.policy, json.data(), json.size()));
      } else {
        am_policy* p = nullptr;
        check_status(am_policy_from_json(json.data(), json.size(), &p));
        if (p != nullptr) {
          am_policy_free(s.policy);
          s.policy = p;
        }
      }
      check_status(am_monitor_set_policy(s.monitor, s.policy));
      probe(in, [&](char* b, size_t* l) { return am_policy_to_json(s.policy, b, l); });
      return;
    }
    case 3: {
      check_status(am_policy_set_rule(s.policy,
                                      static_cast<am_category>(in.ConsumeIntegralInRange(0, 6)),
                                      static_cast<am_direction>(in.ConsumeIntegralInRange(0, 1)),
                                      static_cast<am_level>(in.ConsumeIntegralInRange(1, 4)),
                                      static_cast<am_level>(in.ConsumeIntegralInRange(1, 4))));
      check_status(am_policy_set_thresholds(
          s.policy, static_cast<am_category>(in.ConsumeIntegralInRange(0, 6)),
          in.ConsumeFloatingPoint<float>(), in.ConsumeProbability<float>(),
          in.ConsumeProbability<float>()));
      return;
    }
    case 4: {
      if (s.stream == nullptr) {
        am_stream_options o = am_stream_options_default();
        o.check_every = in.ConsumeIntegralInRange<size_t>(0, 40);
        o.window = in.ConsumeIntegralInRange<size_t>(0, 80);
        check_status(am_stream_new(
            s.monitor, &o, "c1", nullptr,
            [](void*, const am_verdict* v) {
              if (v == nullptr) std::abort();
            },
            nullptr, &s.stream));
        return;
      }
      const std::string chunk = in.ConsumeRandomLengthString(64);
      check_status(am_stream_feed(s.stream, chunk.data(), chunk.size()));
      (void)am_stream_action(s.stream);
      return;
    }
    default: {
      am_verdict* v = nullptr;
      check_status(am_stream_finish(s.stream, in.ConsumeBool() ? &v : nullptr));
      am_verdict_free(v);
      if (in.ConsumeBool()) {
        am_stream_free(s.stream);
        s.stream = nullptr;
      }
      return;
    }
  }
}

void review_ops(Session& s, FuzzedDataProvider& in) {
  am_review_store* r = review(s);
  if (r == nullptr) return;
  switch (in.ConsumeIntegralInRange<int>(0, 7)) {
    case 0: {
      const std::string content = in.ConsumeRandomLengthString(64);
      const std::string verdict = in.ConsumeBool() ? "{}" : in.ConsumeRandomLengthString(32);
      const std::string customer = pick_id(in);
      am_review_submission sub = am_review_submission_default();
      sub.content = content.data();
      sub.content_len = content.size();
      sub.verdict_json = verdict.c_str();
      sub.customer = customer.c_str();
      sub.region = in.ConsumeBool() ? "us" : "eea";
      sub.signal = "classifier";
      sub.category = static_cast<am_category>(in.ConsumeIntegralInRange(0, 6));
      sub.severity = static_cast<am_severity>(in.ConsumeIntegralInRange(0, 3));
      sub.confidence = in.ConsumeFloatingPoint<double>();
      int64_t id = 0;
      check_status(am_review_submit(r, &sub, &id));
      if (id > 0) s.items.push_back(id);
      return;
    }
    case 1: {
      const std::string filter = in.ConsumeRandomLengthString(96);
      const std::string who = pick_id(in);
      probe(in, [&](char* b, size_t* l) {
        return am_review_queue(r, who.c_str(), filter.empty() ? nullptr : filter.c_str(), b, l);
      });
      return;
    }
    case 2: {
      const std::string who = pick_id(in);
      int64_t grant = 0;
      check_status(am_review_request_access(
          r, who.c_str(), in.ConsumeBool() ? nullptr : "us", nullptr, "fuzz",
          in.ConsumeIntegralInRange<int64_t>(-5, 40'000'000), &grant));
      if (grant > 0) s.grants.push_back(grant);
      return;
    }
    case 3: {
      const int64_t g = s.grants.empty() ? in.ConsumeIntegral<int64_t>() : s.grants.back();
      const std::string who = pick_id(in);
      check_status(in.ConsumeBool() ? am_review_approve_access(r, who.c_str(), g)
                                    : am_review_revoke_access(r, who.c_str(), g));
      probe(in, [&](char* b, size_t* l) { return am_review_grant_json(r, g, b, l); });
      return;
    }
    case 4: {
      const int64_t item = s.items.empty()
                               ? in.ConsumeIntegral<int64_t>()
                               : s.items[in.ConsumeIntegralInRange<size_t>(0, s.items.size() - 1)];
      const std::string who = pick_id(in);
      if (in.ConsumeBool()) {
        am_review_item* it = nullptr;
        check_status(am_review_open_item(r, who.c_str(), item, &it));
        if (it != nullptr) {
          size_t len = 0;
          (void)am_review_item_content(it, &len);
          if (am_review_item_json(it) == nullptr) std::abort();
          am_review_item_free(it);
        }
      } else {
        int64_t seq = 0;
        check_status(am_review_decide(
            r, who.c_str(), item, static_cast<am_review_decision>(in.ConsumeIntegralInRange(0, 2)),
            in.ConsumeIntegralInRange(-2, 7), in.ConsumeIntegralInRange(-2, 4),
            in.ConsumeBool() ? "reason" : "", &seq));
      }
      return;
    }
    case 5: {
      int32_t ok = -1;
      const std::string head = in.ConsumeBool() ? std::string() : in.ConsumeRandomLengthString(48);
      check_status(
          am_review_verify_audit(r, head.empty() ? nullptr : head.c_str(), &ok, nullptr, nullptr));
      // Nothing in a fuzz run tampers with the file: the chain must always verify.
      if (head.empty() && ok != 1) std::abort();
      probe(in, [&](char* b, size_t* l) { return am_review_audit_head(r, b, l); });
      const int64_t after = in.ConsumeIntegralInRange<int64_t>(-1, 5);
      probe(in, [&](char* b, size_t* l) { return am_review_audit_records(r, after, 4, b, l); });
      return;
    }
    case 6: {
      size_t purged = 0;
      g_now += in.ConsumeIntegralInRange<int64_t>(0, 40LL * 24 * 3600 * 1000);
      check_status(am_review_purge(r, &purged));
      const int64_t after = in.ConsumeIntegralInRange<int64_t>(-1, 3);
      probe(in, [&](char* b, size_t* l) { return am_review_decisions_after(r, after, 10, b, l); });
      return;
    }
    default: {
      if (s.enforcement == nullptr) {
        am_enforcement_options o = am_enforcement_options_default();
        o.path = s.db.c_str();
        o.clock = fake_clock;
        o.busy_timeout_ms = 100;
        const std::string policy = in.ConsumeRandomLengthString(64);
        o.policy_json = in.ConsumeBool() ? nullptr : policy.c_str();
        check_status(am_enforcement_open(&o, &s.enforcement));
        return;
      }
      size_t transitions = 0;
      switch (in.ConsumeIntegralInRange(0, 4)) {
        case 0:
          check_status(am_enforcement_sync(s.enforcement, r, &transitions));
          break;
        case 1: {
          const std::string json = in.ConsumeRandomLengthString(128);
          check_status(am_enforcement_apply_json(s.enforcement, json.c_str(), &transitions));
          break;
        }
        case 2: {
          const std::string c = pick_id(in);
          int32_t allowed = -1;
          am_standing st = AM_STANDING_GOOD;
          check_status(
              am_enforcement_is_allowed(s.enforcement, c.c_str(), &allowed, &st, nullptr, nullptr));
          probe(in, [&](char* b, size_t* l) {
            return am_enforcement_status_json(s.enforcement, c.c_str(), b, l);
          });
          break;
        }
        case 3: {
          // Appeals, reinstatement and unblocking by any id (staff, customers, unknown, empty),
          // with fuzzed words; sometimes a principal is disabled first or the clock rewound.
          const std::string c = pick_id(in);
          const std::string actor = pick_id(in);
          const std::string words = in.ConsumeRandomLengthString(48);
          if (in.ConsumeBool()) am_review_set_principal_active(r, pick_id(in).c_str(), 0);
          if (in.ConsumeBool()) g_now -= in.ConsumeIntegralInRange<int64_t>(0, 30LL * 86400000);
          int64_t appeal = 0;
          check_status(
              am_enforcement_file_appeal(s.enforcement, c.c_str(), words.c_str(), &appeal));
          if (appeal > 0) {
            const am_status st = am_enforcement_resolve_appeal(s.enforcement, actor.c_str(), appeal,
                                                               in.ConsumeBool(), words.c_str());
            check_status(st);
            // Only an enabled manager may: customers and unknown ids never are.
            if (st == AM_OK && actor != "mgr" && actor != "mgr2") std::abort();
          }
          const am_status st =
              am_enforcement_reinstate(s.enforcement, actor.c_str(), c.c_str(), words.c_str());
          check_status(st);
          if (st == AM_OK && actor != "mgr" && actor != "mgr2") std::abort();
          const std::string user = pick_id(in);
          const am_status un = am_enforcement_unblock_user(s.enforcement, actor.c_str(), c.c_str(),
                                                           user.c_str(), words.c_str());
          check_status(un);
          if (un == AM_OK && actor != "mgr" && actor != "mgr2" && actor != "alice") std::abort();
          check_status(am_enforcement_set_contact(s.enforcement, c.c_str(), words.c_str()));
          break;
        }
        default: {
          size_t delivered = 0, failed = 0;
          g_now += in.ConsumeIntegralInRange<int64_t>(0, 8LL * 24 * 3600 * 1000);
          check_status(am_enforcement_tick(s.enforcement, &transitions));
          check_status(am_enforcement_deliver(
              s.enforcement,
              [](void* u, const char* json) -> int {
                if (json == nullptr) std::abort();
                return *static_cast<const bool*>(u) ? 1 : 0;
              },
              &g_fail, 3, &delivered, &failed));
          break;
        }
      }
      return;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  g_now = 1'764'000'000'000LL;
  Session s;
  s.db = "/dev/shm/abusemon-fuzz-capi-" + std::to_string(getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) unlink((s.db + suffix).c_str());

  am_monitor_options mo = am_monitor_options_default();
  mo.max_text_bytes = in.ConsumeIntegralInRange<size_t>(0, 300);
  mo.max_batch_texts = in.ConsumeIntegralInRange<size_t>(0, 5);
  mo.scorer_batch_size = in.ConsumeIntegralInRange<size_t>(0, 4);
  am_scorer_callback cb = am_scorer_callback_default();
  cb.output_names = kOutputs;
  cb.output_count = kOutputCount;
  cb.score = score_cb;
  cb.model_id = "fuzz";
  check_status(am_policy_new(&s.policy));
  check_status(am_monitor_new_with_scorer(&cb, s.policy, &mo, &s.monitor));
  if (s.monitor == nullptr) {
    mo = am_monitor_options_default();
    check_status(am_monitor_new_with_scorer(&cb, s.policy, &mo, &s.monitor));
  }
  check_status(am_tracker_new(nullptr, 0, &s.tracker));
  if (s.monitor == nullptr || s.tracker == nullptr) std::abort();

  for (int ops = 0; ops < 64 && in.remaining_bytes() > 0; ++ops) {
    g_now += in.ConsumeIntegralInRange<int64_t>(0, 3'600'000);
    g_fail = in.ConsumeBool();
    switch (in.ConsumeIntegralInRange(0, 2)) {
      case 0:
        monitor_ops(s, in);
        break;
      case 1:
        tracker_ops(s, in);
        break;
      default:
        review_ops(s, in);
        break;
    }
  }
  return 0;
}
