// C ABI, section "monitor": policy, monitor, verdicts, streams.
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "abusemon/model.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/policy.hpp"
#include "am_monitor_internal.hpp"
#include "capi_internal.hpp"

struct am_policy {
  abusemon::Policy policy;
};

struct am_stream {
  std::unique_ptr<abusemon::StreamChecker> checker;
  am_verdict_fn on_verdict = nullptr;
  void* user_data = nullptr;
};

namespace {

using abusemon::Category;
using abusemon::Direction;

Category category_arg(am_category c) {
  if (static_cast<int>(c) < 0 || static_cast<int>(c) >= AM_CATEGORY_COUNT) {
    throw std::invalid_argument("category out of range: " + std::to_string(static_cast<int>(c)));
  }
  return static_cast<Category>(c);
}

Direction direction_arg(am_direction d) {
  if (d != AM_DIRECTION_PROMPT && d != AM_DIRECTION_COMPLETION) {
    throw std::invalid_argument("direction out of range: " + std::to_string(static_cast<int>(d)));
  }
  return static_cast<Direction>(d);
}

abusemon::Level level_arg(am_level l, const char* name) {
  if (l < AM_LEVEL_LOW || l > AM_LEVEL_OFF) {
    throw std::invalid_argument(std::string(name) +
                                " out of range: " + std::to_string(static_cast<int>(l)));
  }
  return static_cast<abusemon::Level>(l);
}

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
constexpr size_t kBlocklistMatchFirst = AM_FIRST_SIZE(am_blocklist_match, end);
constexpr size_t kContentPartFirst = AM_FIRST_SIZE(am_content_part, image_len);
constexpr size_t kVerdictPartFirst = AM_FIRST_SIZE(am_verdict_part, action);

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

const abusemon::CategoryResult* category_of(const am_verdict* v, am_category c) {
  if (v == nullptr || static_cast<int>(c) < 0 || static_cast<int>(c) >= AM_CATEGORY_COUNT) {
    return nullptr;
  }
  return &v->verdict.categories[static_cast<size_t>(c)];
}

}  // namespace

extern "C" {

// --- policy ---------------------------------------------------------------------------------

am_status am_policy_new(am_policy** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  *out = new am_policy{};
  AM_API_END
}

am_status am_policy_from_json(const char* json, size_t len, am_policy** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  auto p = abusemon::Policy::from_json(am::text(json, len, "json"));
  *out = new am_policy{std::move(p)};
  AM_API_END
}

am_status am_policy_from_file(const char* path, am_policy** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  auto p = abusemon::Policy::from_file(std::string(am::cstr(path, "path")));
  *out = new am_policy{std::move(p)};
  AM_API_END
}

void am_policy_free(am_policy* policy) {
  delete policy;
}

am_status am_policy_to_json(const am_policy* policy, char* buf, size_t* len) {
  AM_API_BEGIN
  am::require(policy, "policy");
  am::require(len, "len");
  return am::write_string(policy->policy.to_json(), buf, len);
  AM_API_END
}

am_status am_policy_set_rule(am_policy* policy, am_category category, am_direction direction,
                             am_level annotate_at, am_level block_at) {
  AM_API_BEGIN
  am::require(policy, "policy");
  policy->policy.set_rule(category_arg(category), direction_arg(direction),
                          {level_arg(annotate_at, "annotate_at"), level_arg(block_at, "block_at")});
  AM_API_END
}

am_status am_policy_get_rule(const am_policy* policy, am_category category, am_direction direction,
                             am_level* annotate_at, am_level* block_at) {
  AM_API_BEGIN
  am::require(policy, "policy");
  am::require(annotate_at, "annotate_at");
  am::require(block_at, "block_at");
  const auto& r = policy->policy.rule(category_arg(category), direction_arg(direction));
  *annotate_at = static_cast<am_level>(r.annotate_at);
  *block_at = static_cast<am_level>(r.block_at);
  AM_API_END
}

am_status am_policy_set_thresholds(am_policy* policy, am_category category, float low, float medium,
                                   float high) {
  AM_API_BEGIN
  am::require(policy, "policy");
  policy->policy.set_thresholds(category_arg(category), {low, medium, high});
  AM_API_END
}

am_status am_policy_clear_thresholds(am_policy* policy, am_category category) {
  AM_API_BEGIN
  am::require(policy, "policy");
  policy->policy.clear_thresholds(category_arg(category));
  AM_API_END
}

am_status am_policy_add_blocklist_json(am_policy* policy, const char* json, size_t len) {
  AM_API_BEGIN
  am::require(policy, "policy");
  // Reuse the document parser (and its messages) for one blocklist object.
  const std::string doc = "{\"blocklists\": [" + std::string(am::text(json, len, "json")) + "]}";
  abusemon::Policy parsed = abusemon::Policy::from_json(doc);
  if (parsed.blocklists().size() != 1) {
    throw abusemon::error(abusemon::status::format, "policy: expected one blocklist object");
  }
  policy->policy.add_blocklist(parsed.blocklists().front());
  AM_API_END
}

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
  } else if (const char* env = std::getenv("ABUSEMON_MODEL"); env != nullptr && *env != '\0') {
    path = env;
  } else {
    throw abusemon::error(abusemon::status::not_found,
                          "am_monitor_new: no model_path and ABUSEMON_MODEL is not set");
  }
  auto scorer = abusemon::ModelScorer::load(path);
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
  auto s = std::make_shared<const CallbackScorer>(cb);
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

// --- verdict --------------------------------------------------------------------------------

void am_verdict_free(am_verdict* verdict) {
  delete verdict;
}

am_direction am_verdict_direction(const am_verdict* v) {
  return v ? static_cast<am_direction>(v->verdict.direction) : AM_DIRECTION_PROMPT;
}

am_action am_verdict_action(const am_verdict* v) {
  return v ? static_cast<am_action>(v->verdict.action) : AM_ACTION_ALLOW;
}

int32_t am_verdict_flagged(const am_verdict* v) {
  return v && v->verdict.flagged() ? 1 : 0;
}

float am_verdict_score(const am_verdict* v, am_category c) {
  const auto* r = category_of(v, c);
  return r ? r->score : 0.0f;
}

am_severity am_verdict_severity(const am_verdict* v, am_category c) {
  const auto* r = category_of(v, c);
  return r ? static_cast<am_severity>(r->severity) : AM_SEVERITY_SAFE;
}

int32_t am_verdict_filtered(const am_verdict* v, am_category c) {
  const auto* r = category_of(v, c);
  return r && r->filtered ? 1 : 0;
}

int32_t am_verdict_annotated(const am_verdict* v, am_category c) {
  const auto* r = category_of(v, c);
  return r && r->annotated ? 1 : 0;
}

int32_t am_verdict_jailbreak_detected(const am_verdict* v) {
  return v && v->verdict.jailbreak_detected ? 1 : 0;
}

int32_t am_verdict_jailbreak_filtered(const am_verdict* v) {
  return v && v->verdict.jailbreak_filtered ? 1 : 0;
}

const char* am_verdict_refusal(const am_verdict* v) {
  return v && v->verdict.refusal ? v->verdict.refusal->c_str() : nullptr;
}

const char* am_verdict_model_id(const am_verdict* v) {
  return v ? v->verdict.model_id.c_str() : nullptr;
}

const char* am_verdict_model_version(const am_verdict* v) {
  return v ? v->verdict.model_version.c_str() : nullptr;
}

double am_verdict_elapsed_ms(const am_verdict* v) {
  return v ? v->verdict.elapsed_ms : 0.0;
}

size_t am_verdict_match_count(const am_verdict* v) {
  return v ? v->verdict.blocklist_matches.size() : 0;
}

am_status am_verdict_match(const am_verdict* v, size_t index, am_blocklist_match* out) {
  AM_API_BEGIN
  am::require(v, "verdict");
  am::require(out, "out");
  const auto& ms = v->verdict.blocklist_matches;
  if (index >= ms.size()) {
    throw std::invalid_argument("match index " + std::to_string(index) + " out of range (" +
                                std::to_string(ms.size()) + " matches)");
  }
  const auto& m = ms[index];
  size_t size;
  std::memcpy(&size, out, sizeof size);
  am_blocklist_match r{};
  r.blocklist = m.blocklist.c_str();
  r.pattern = m.pattern.c_str();
  r.kind = static_cast<am_match_kind>(m.kind);
  r.action = static_cast<am_action>(m.action);
  r.start = m.start;
  r.end = m.end;
  am::write_struct(out, size, r, kBlocklistMatchFirst, "am_blocklist_match", false);
  AM_API_END
}

am_status am_verdict_stream_offsets(const am_verdict* v, size_t* check_offset, size_t* start_offset,
                                    size_t* end_offset, int32_t* is_final) {
  AM_API_BEGIN
  am::require(v, "verdict");
  if (!v->verdict.stream) {
    throw abusemon::error(abusemon::status::state, "verdict is not from a stream");
  }
  const auto& o = *v->verdict.stream;
  if (check_offset) *check_offset = o.check_offset;
  if (start_offset) *start_offset = o.start_offset;
  if (end_offset) *end_offset = o.end_offset;
  if (is_final) *is_final = o.final ? 1 : 0;
  AM_API_END
}

am_status am_verdict_to_json(const am_verdict* v, am_format format, char* buf, size_t* len) {
  AM_API_BEGIN
  am::require(v, "verdict");
  am::require(len, "len");
  if (format < AM_FORMAT_NATIVE || format > AM_FORMAT_AZURE) {
    throw std::invalid_argument("format out of range: " + std::to_string(static_cast<int>(format)));
  }
  return am::write_string(
      abusemon::to_json(v->verdict, static_cast<abusemon::VerdictFormat>(format)), buf, len);
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

size_t am_verdict_part_count(const am_verdict* verdict) {
  return verdict == nullptr ? 0 : verdict->verdict.parts.size();
}

am_status am_verdict_get_part(const am_verdict* verdict, size_t index, am_verdict_part* out) {
  AM_API_BEGIN
  am::require(verdict, "verdict");
  am::require(out, "out");
  size_t size;
  std::memcpy(&size, out, sizeof size);
  if (index >= verdict->verdict.parts.size()) {
    throw std::invalid_argument("part index " + std::to_string(index) + " out of range (" +
                                std::to_string(verdict->verdict.parts.size()) + " parts)");
  }
  const auto& p = verdict->verdict.parts[index];
  am_verdict_part r{};
  r.size = sizeof r;
  r.index = p.index;
  r.kind = static_cast<am_part_kind>(p.kind);
  r.action = static_cast<am_action>(p.action);
  am::write_struct(out, size, r, kVerdictPartFirst, "am_verdict_part", false);
  AM_API_END
}

float am_verdict_part_score(const am_verdict* verdict, size_t index, am_category category) {
  if (verdict == nullptr || index >= verdict->verdict.parts.size() ||
      static_cast<int>(category) < 0 || static_cast<int>(category) >= AM_CATEGORY_COUNT) {
    return 0.0f;
  }
  return verdict->verdict.parts[index].scores[static_cast<size_t>(category)];
}

}  // extern "C"
