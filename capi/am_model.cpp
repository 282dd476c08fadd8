// C ABI: the inference engine (am_model_*).
#include <memory>
#include <string>
#include <vector>

#include "abusemon/model.hpp"
#include "am_model_internal.hpp"
#include "capi_internal.hpp"

namespace {

abusemon::Normalization normalization(int32_t v, const char* field) {
  switch (v) {
    case 0:
      return abusemon::Normalization::model_default;
    case 1:
      return abusemon::Normalization::on;
    case 2:
      return abusemon::Normalization::off;
    default:
      throw std::invalid_argument(std::string(field) +
                                  " must be 0 (model default), 1 (on) or 2 (off)");
  }
}

am_model_options default_model_options() {
  am_model_options o{};
  o.size = sizeof o;
  return o;
}

am_score_params default_score_params() {
  am_score_params p{};
  p.size = sizeof p;
  return p;
}

constexpr size_t kModelOptionsFirst = AM_FIRST_SIZE(am_model_options, normalize);
constexpr size_t kScoreParamsFirst = AM_FIRST_SIZE(am_score_params, normalize);

abusemon::ScoreOptions score_options(const am_score_params* params) {
  abusemon::ScoreOptions o;
  if (params == nullptr) return o;
  const am_score_params read =
      am::read_struct(params, default_score_params(), kScoreParamsFirst, "am_score_params");
  const am_score_params* p = &read;
  o.max_tokens = p->max_tokens;
  o.stride = p->stride;
  switch (p->window_pooling) {
    case 0:
      o.window_pooling = abusemon::WindowPooling::model_default;
      break;
    case 1:
      o.window_pooling = abusemon::WindowPooling::max;
      break;
    case 2:
      o.window_pooling = abusemon::WindowPooling::mean;
      break;
    default:
      throw std::invalid_argument("window_pooling must be 0 (model), 1 (max) or 2 (mean)");
  }
  o.max_windows = p->max_windows;
  o.normalize = normalization(p->normalize, "normalize");
  return o;
}

}  // namespace

extern "C" {

am_status am_model_options_init(am_model_options* out, size_t size) {
  return am::init_struct(out, size, default_model_options(), kModelOptionsFirst,
                         "am_model_options");
}

am_status am_score_params_init(am_score_params* out, size_t size) {
  return am::init_struct(out, size, default_score_params(), kScoreParamsFirst, "am_score_params");
}

am_status am_model_load(const char* path, const am_model_options* options, am_model** out) {
  AM_API_BEGIN
  am::require(out, "out");
  *out = nullptr;
  std::string p(am::cstr(path, "path"));
  abusemon::ModelOptions o;
  if (options) {
    const am_model_options read =
        am::read_struct(options, default_model_options(), kModelOptionsFirst, "am_model_options");
    o.int8 = read.int8 != 0;
    o.normalize = normalization(read.normalize, "options->normalize");
  }
  auto m = std::make_unique<am_model>();
  m->model = abusemon::Model::load(p, o);
  m->info_json = m->model->info().to_json();
  *out = m.release();
  AM_API_END
}

void am_model_free(am_model* model) {
  delete model;
}

size_t am_model_output_count(const am_model* model) {
  return model ? model->model->output_count() : 0;
}

const char* am_model_output_name(const am_model* model, size_t index) {
  if (!model || index >= model->model->output_count()) return nullptr;
  return model->model->output_names()[index].c_str();
}

am_status am_model_info_json(const am_model* model, char* buf, size_t* len) {
  AM_API_BEGIN
  am::require(model, "model");
  return am::write_string(model->info_json, buf, len);
  AM_API_END
}

am_status am_model_tokenize(const am_model* model, const char* text, size_t text_len,
                            int32_t special, int32_t* ids, size_t* count) {
  AM_API_BEGIN
  am::require(model, "model");
  am::require(count, "count");
  auto t = am::text(text, text_len, "text");
  if (ids == nullptr && *count != 0)
    throw am::null_argument("argument 'ids' is NULL with non-zero capacity");
  std::vector<std::int32_t> v = model->model->tokenize(t, special != 0);
  const size_t have = *count;
  *count = v.size();
  if (v.size() > have) {
    if (ids == nullptr) return AM_E_BUFFER_TOO_SMALL;  // pure probe: no message
    return am::set_error(AM_E_BUFFER_TOO_SMALL, "ids has room for " + std::to_string(have) +
                                                    " tokens; " + std::to_string(v.size()) +
                                                    " needed");
  }
  std::copy(v.begin(), v.end(), ids);
  AM_API_END
}

am_status am_model_score(const am_model* model, const char* const* texts, const size_t* lens,
                         size_t n, const am_score_params* params, float* out, size_t out_len) {
  AM_API_BEGIN
  am::require(model, "model");
  auto o = score_options(params);
  if (n == 0) {
    if (out_len != 0) throw std::invalid_argument("out_len must be 0 when n is 0");
    return AM_OK;
  }
  am::require(texts, "texts");
  am::require(lens, "lens");
  am::require(out, "out");
  const size_t k = model->model->output_count();
  if (out_len != n * k)
    throw std::invalid_argument("out_len is " + std::to_string(out_len) +
                                "; need n x outputs = " + std::to_string(n * k));
  std::vector<std::string_view> views;
  views.reserve(n);
  for (size_t i = 0; i < n; ++i) views.push_back(am::text(texts[i], lens[i], "texts[i]"));
  model->model->score(views, std::span<float>(out, out_len), o);
  AM_API_END
}

}  // extern "C"
