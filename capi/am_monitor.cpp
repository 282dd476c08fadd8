// C ABI, section "monitor": monitors, streams, content parts (policies: am_policy.cpp; verdicts:
// am_verdict.cpp).
#include <cstring>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "abusemon/model.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/policy.hpp"
#include "abusemon/routed_scorer.hpp"
#include "am_monitor_internal.hpp"
#include "capi_internal.hpp"

struct am_stream {
  std::unique_ptr<abusemon::StreamChecker> checker;
  am_verdict_fn on_verdict = nullptr;
  void* user_data = nullptr;
};

namespace {

using abusemon::Category;
using abusemon::Direction;
using am::category_arg;
using am::direction_arg;

am_monitor_options default_monitor_options() {
  const abusemon::MonitorOptions d;
  am_monitor_options o{};  // field by field: later versions append fields, zero by default
  o.size = sizeof o;
  o.max_text_bytes = d.max_text_bytes;
  o.max_batch_texts = d.max_batch_texts;
  o.scorer_batch_size = d.scorer_batch_size;
  o.max_parts = d.max_parts;
  o.image_max_pixels = d.image_limits.max_pixels;
  o.image_max_bytes = d.image_limits.max_bytes;
  return o;
}

am_stream_options default_stream_options() {
  const abusemon::StreamOptions d;
  am_stream_options o{};
  o.size = sizeof o;
  o.check_every = d.check_every;
  o.window = d.window;
  return o;
}

am_scorer_callback default_scorer_callback() {
  am_scorer_callback c{};
  c.size = sizeof c;
  return c;
}

constexpr size_t kMonitorOptionsFirst = AM_FIRST_SIZE(am_monitor_options, scorer_batch_size);
constexpr size_t kStreamOptionsFirst = AM_FIRST_SIZE(am_stream_options, window);
constexpr size_t kScorerCallbackFirst = AM_FIRST_SIZE(am_scorer_callback, model_version);
constexpr size_t kContentPartFirst = AM_FIRST_SIZE(am_content_part, image_len);

am_content_part default_content_part() {
  am_content_part p{};
  p.size = sizeof p;
  p.kind = AM_PART_TEXT;
  return p;
}

abusemon::MonitorOptions monitor_options(const am_monitor_options* options) {
  abusemon::MonitorOptions m;
  if (options != nullptr) {
    const am_monitor_options o = am::read_struct(options, default_monitor_options(),
                                                 kMonitorOptionsFirst, "am_monitor_options");
    m.max_text_bytes = o.max_text_bytes;
    m.max_batch_texts = o.max_batch_texts;
    m.scorer_batch_size = o.scorer_batch_size;
    if (o.max_parts != 0) m.max_parts = o.max_parts;
    if (o.image_max_pixels != 0) m.image_limits.max_pixels = o.image_max_pixels;
    if (o.image_max_bytes != 0) m.image_limits.max_bytes = o.image_max_bytes;
  }
  return m;
}

// `scorer`, or a RoutedScorer over it and options->multilingual_model_path when that is set.
// `env_default`: the monitor was asked for the default models (model_path NULL), so an unset
// options->multilingual_model_path falls back to $ABUSEMON_MULTILINGUAL_MODEL.
std::shared_ptr<const abusemon::Scorer> with_multilingual(
    std::shared_ptr<const abusemon::Scorer> scorer, const am_monitor_options* options,
    bool env_default = false) {
  am_monitor_options o = default_monitor_options();
  if (options != nullptr) {
    o = am::read_struct(options, default_monitor_options(), kMonitorOptionsFirst,
                        "am_monitor_options");
  }
  std::optional<std::string> path;
  std::string origin = "multilingual model: ";
  if (o.multilingual_model_path != nullptr) {
    path = o.multilingual_model_path;
  } else if (env_default) {
    path = abusemon::model_path_from_env(abusemon::kMultilingualModelEnv);
    origin = std::string("multilingual model ($") + abusemon::kMultilingualModelEnv + "): ";
  }
  if (!path) return scorer;  // one model: the consensus fields are not read
  abusemon::ConsensusOptions consensus;
  if (o.consensus != 0 && o.consensus != AM_CONSENSUS_OFF) {
    throw std::invalid_argument("am_monitor_options.consensus must be 0 or AM_CONSENSUS_OFF");
  }
  consensus.enabled = o.consensus == 0;
  if (o.consensus_low != 0.0f || o.consensus_high != 0.0f) {
    consensus.low = o.consensus_low;
    consensus.high = o.consensus_high;
  }
  std::shared_ptr<const abusemon::Scorer> multilingual;
  try {
    multilingual = abusemon::ModelScorer::load(*path);
  } catch (const abusemon::error& e) {
    throw abusemon::error(e.code(), origin + e.what());
  }
  return std::make_shared<const abusemon::RoutedScorer>(std::move(scorer), std::move(multilingual),
                                                        consensus);
}

abusemon::CheckContext context(const char* customer, const char* user) {
  abusemon::CheckContext c;
  if (customer != nullptr) c.customer = customer;
  if (user != nullptr) c.user = user;
  return c;
}

std::vector<std::string_view> text_args(const char* const* texts, const size_t* lens, size_t n) {
  if (n != 0) {
    am::require(texts, "texts");
    am::require(lens, "lens");
  }
  std::vector<std::string_view> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) out.push_back(am::text(texts[i], lens[i], "texts[i]"));
  return out;
}

// A Scorer that calls back into the host.
class CallbackScorer final : public abusemon::Scorer {
 public:
  explicit CallbackScorer(const am_scorer_callback& cb)
      : fn_(cb.score),
        user_data_(cb.user_data),
        id_(cb.model_id ? cb.model_id : ""),
        version_(cb.model_version ? cb.model_version : "") {
    if (cb.output_count != 0) am::require(cb.output_names, "scorer->output_names");
    for (size_t i = 0; i < cb.output_count; ++i) {
      am::require(cb.output_names[i], "scorer->output_names[i]");
      names_.emplace_back(cb.output_names[i]);
    }
  }
  const std::vector<std::string>& output_names() const override { return names_; }
  void score(std::span<const std::string_view> texts, std::span<float> out) const override {
    if (out.size() != texts.size() * names_.size()) {
      throw std::invalid_argument("CallbackScorer: output size mismatch");
    }
    std::vector<const char*> ptrs;
    std::vector<size_t> lens;
    ptrs.reserve(texts.size());
    lens.reserve(texts.size());
    for (auto t : texts) {
      // An empty view may have a null data(); hosts pass texts[i] to memchr/memcpy, which must
      // not get NULL even for length 0 (found by tests/fuzz/fuzz_capi).
      ptrs.push_back(t.data() != nullptr ? t.data() : "");
      lens.push_back(t.size());
    }
    const am_status s = fn_(user_data_, ptrs.data(), lens.data(), texts.size(), out.data());
    if (s != AM_OK) {
      throw abusemon::error(
          static_cast<abusemon::status>(s),
          std::string("host scorer callback failed with status ") + am_status_name(s));
    }
  }
  std::string model_id() const override { return id_; }
  std::string model_version() const override { return version_; }

 private:
  am_score_fn fn_;
  void* user_data_;
  std::vector<std::string> names_;
  std::string id_;
  std::string version_;
};

}  // namespace

extern "C" {

// --- monitor --------------------------------------------------------------------------------

am_status am_monitor_options_init(am_monitor_options* out, size_t size) {
  return am::init_struct(out, size, default_monitor_options(), kMonitorOptionsFirst,
                         "am_monitor_options");
}

am_status am_scorer_callback_init(am_scorer_callback* out, size_t size) {
  return am::init_struct(out, size, default_scorer_callback(), kScorerCallbackFirst,
                         "am_scorer_callback");
}

am_status am_monitor_new(const char* model_path, const am_policy* policy,
                         const am_monitor_options* options, am_monitor** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  std::string path;
  if (model_path != nullptr) {
    path = model_path;
  } else if (auto env = abusemon::model_path_from_env(abusemon::kModelEnv)) {
    path = std::move(*env);
  } else {
    throw abusemon::error(
        abusemon::status::not_found,
        std::string("am_monitor_new: no model_path and ") + abusemon::kModelEnv + " is not set");
  }
  auto scorer =
      with_multilingual(abusemon::ModelScorer::load(path), options, model_path == nullptr);
  auto m = std::make_unique<abusemon::Monitor>(
      std::move(scorer), policy ? policy->policy : abusemon::Policy(), monitor_options(options));
  *out = new am_monitor{std::move(m)};
  AM_API_END
}

am_status am_monitor_new_with_scorer(const am_scorer_callback* scorer, const am_policy* policy,
                                     const am_monitor_options* options, am_monitor** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  am::require(scorer, "scorer");
  const am_scorer_callback cb = am::read_struct(scorer, default_scorer_callback(),
                                                kScorerCallbackFirst, "am_scorer_callback");
  if (cb.score == nullptr) throw am::null_argument("argument 'scorer->score' must not be NULL");
  auto s = with_multilingual(std::make_shared<const CallbackScorer>(cb), options);
  auto m = std::make_unique<abusemon::Monitor>(
      std::move(s), policy ? policy->policy : abusemon::Policy(), monitor_options(options));
  *out = new am_monitor{std::move(m)};
  AM_API_END
}

void am_monitor_free(am_monitor* monitor) {
  delete monitor;
}

am_status am_monitor_set_policy(am_monitor* monitor, const am_policy* policy) {
  AM_API_BEGIN
  am::require(monitor, "monitor");
  am::require(policy, "policy");
  monitor->monitor->set_policy(policy->policy);
  AM_API_END
}

am_status am_monitor_check(const am_monitor* monitor, const char* text, size_t len,
                           am_direction direction, const char* customer, const char* user,
                           am_verdict** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  am::require(monitor, "monitor");
  auto v = monitor->monitor->check(am::text(text, len, "text"), direction_arg(direction),
                                   context(customer, user));
  *out = new am_verdict{std::move(v)};
  AM_API_END
}

am_status am_monitor_check_batch(const am_monitor* monitor, const char* const* texts,
                                 const size_t* lens, size_t count, am_direction direction,
                                 am_verdict** out) {
  AM_API_BEGIN
  if (count != 0) am::require(out, "out");
  for (size_t i = 0; i < count; ++i) out[i] = nullptr;
  am::require(monitor, "monitor");
  const auto views = text_args(texts, lens, count);
  auto verdicts = monitor->monitor->check_batch(views, direction_arg(direction));
  // Allocate everything first so that a failure leaves no half-filled array.
  std::vector<std::unique_ptr<am_verdict>> owned;
  owned.reserve(count);
  for (auto& v : verdicts) owned.push_back(std::make_unique<am_verdict>(am_verdict{std::move(v)}));
  for (size_t i = 0; i < count; ++i) out[i] = owned[i].release();
  AM_API_END
}

am_status am_monitor_scores(const am_monitor* monitor, const char* const* texts, const size_t* lens,
                            size_t count, float* out, size_t out_len) {
  AM_API_BEGIN
  am::require(monitor, "monitor");
  if (count != 0) am::require(out, "out");
  if (out_len != count * abusemon::kCategoryCount) {
    throw std::invalid_argument("out_len is " + std::to_string(out_len) + "; " +
                                std::to_string(count) + " texts need exactly " +
                                std::to_string(count * abusemon::kCategoryCount) +
                                " floats (count * am_category_count())");
  }
  const auto views = text_args(texts, lens, count);
  const auto s = monitor->monitor->scores(views);
  std::copy(s.begin(), s.end(), out);
  AM_API_END
}

// --- stream ---------------------------------------------------------------------------------

am_status am_stream_options_init(am_stream_options* out, size_t size) {
  return am::init_struct(out, size, default_stream_options(), kStreamOptionsFirst,
                         "am_stream_options");
}

am_status am_stream_new(const am_monitor* monitor, const am_stream_options* options,
                        const char* customer, const char* user, am_verdict_fn on_verdict,
                        void* user_data, am_stream** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  am::require(monitor, "monitor");
  abusemon::StreamOptions so;
  if (options) {
    const am_stream_options o = am::read_struct(options, default_stream_options(),
                                                kStreamOptionsFirst, "am_stream_options");
    so.check_every = o.check_every;
    so.window = o.window;
  }
  so.context = context(customer, user);
  auto s = std::make_unique<am_stream>();
  s->checker = std::make_unique<abusemon::StreamChecker>(*monitor->monitor, std::move(so));
  s->on_verdict = on_verdict;
  s->user_data = user_data;
  *out = s.release();
  AM_API_END
}

void am_stream_free(am_stream* stream) {
  delete stream;
}

am_status am_stream_feed(am_stream* stream, const char* chunk, size_t len) {
  AM_API_BEGIN
  am::require(stream, "stream");
  auto verdicts = stream->checker->feed(am::text(chunk, len, "chunk"));
  if (stream->on_verdict) {
    for (auto& v : verdicts) {
      const am_verdict borrowed{std::move(v)};
      stream->on_verdict(stream->user_data, &borrowed);
    }
  }
  AM_API_END
}

am_status am_stream_finish(am_stream* stream, am_verdict** out) {
  AM_API_BEGIN
  if (out) *out = nullptr;
  am::require(stream, "stream");
  auto v = std::make_unique<am_verdict>(am_verdict{stream->checker->finish()});
  if (stream->on_verdict) stream->on_verdict(stream->user_data, v.get());
  if (out) *out = v.release();
  AM_API_END
}

am_action am_stream_action(const am_stream* stream) {
  return stream ? static_cast<am_action>(stream->checker->action()) : AM_ACTION_ALLOW;
}

// --- content parts (images) ------------------------------------------------------------------

am_status am_content_part_init(am_content_part* out, size_t size) {
  return am::init_struct(out, size, default_content_part(), kContentPartFirst, "am_content_part");
}

am_status am_monitor_set_image_model(am_monitor* monitor, const am_image_model* model) {
  AM_API_BEGIN
  am::require(monitor, "monitor");
  monitor->monitor->set_image_model(model ? model->model : nullptr);
  AM_API_END
}

am_status am_monitor_check_content(const am_monitor* monitor, const am_content_part* parts,
                                   size_t count, am_direction direction, const char* customer,
                                   const char* user, am_verdict** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  am::require(monitor, "monitor");
  if (count == 0) throw std::invalid_argument("count must be >= 1");
  am::require(parts, "parts");
  size_t stride;
  std::memcpy(&stride, parts, sizeof stride);
  am::check_struct_size(stride, kContentPartFirst, sizeof(am_content_part), "am_content_part");
  std::vector<abusemon::ContentPart> views;
  views.reserve(count);
  const auto* base = reinterpret_cast<const unsigned char*>(parts);
  for (size_t i = 0; i < count; ++i) {
    const auto* elem = reinterpret_cast<const am_content_part*>(base + i * stride);
    size_t size;
    std::memcpy(&size, elem, sizeof size);
    if (size != stride) {
      throw std::invalid_argument("parts[" + std::to_string(i) +
                                  "].size differs from parts[0].size");
    }
    const am_content_part p =
        am::read_struct(elem, default_content_part(), kContentPartFirst, "am_content_part");
    const int kind = am::enum_value(p.kind);
    if (kind == AM_PART_TEXT) {
      views.push_back(
          abusemon::ContentPart::of_text(am::text(p.text, p.text_len, "parts[i].text")));
    } else if (kind == AM_PART_IMAGE) {
      if (p.image_len != 0) am::require(p.image, "parts[i].image");
      views.push_back(abusemon::ContentPart::of_image({p.image, p.image_len}));
    } else {
      throw std::invalid_argument("parts[" + std::to_string(i) +
                                  "].kind out of range: " + std::to_string(kind));
    }
  }
  auto v =
      monitor->monitor->check_content(views, direction_arg(direction), context(customer, user));
  *out = new am_verdict{std::move(v)};
  AM_API_END
}

}  // extern "C"
