// The public Model API on a loaded model: tokenising, scoring windows, pooled outputs, and the
// Scorer adapter (ModelScorer). Loading is in model_load.cpp.
#include "abusemon/model.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "abusemon/error.hpp"
#include "core/enum_names.hpp"
#include "core/format.hpp"
#include "model_impl.hpp"

namespace abusemon {

namespace {

constexpr detail::EnumNames<WindowPooling, 3> kWindowPoolingNames{{"max", "mean", "model"}};
constexpr detail::EnumNames<ModelOutput, 3> kModelOutputNames{
    {"probabilities", "logits", "pooled"}};

}  // namespace

std::string_view to_string(WindowPooling p) noexcept {
  return kWindowPoolingNames.name(p);
}
std::string_view to_string(ModelOutput o) noexcept {
  return kModelOutputNames.name(o);
}
std::optional<WindowPooling> parse_window_pooling(std::string_view name) noexcept {
  return kWindowPoolingNames.parse(name);
}
std::optional<ModelOutput> parse_model_output(std::string_view name) noexcept {
  return kModelOutputNames.parse(name);
}

Model::Model(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Model::~Model() = default;

const ModelInfo& Model::info() const {
  return impl_->info;
}
const Tokenizer& Model::tokenizer() const {
  return *impl_->tok;
}
std::size_t Model::output_count() const {
  return impl_->outputs.size();
}
const std::vector<std::string>& Model::output_names() const {
  return impl_->outputs;
}

std::size_t Model::width(ModelOutput kind) const {
  return kind == ModelOutput::pooled ? impl_->info.hidden : impl_->outputs.size();
}

const Lexicon& Model::lexicon() const {
  return impl_->lexicon;
}

std::string Model::normalize(std::string_view text, const NormalizeOptions& steps) const {
  return normalize_text(text, steps, &impl_->lexicon);
}

std::vector<std::int32_t> Model::tokenize(std::string_view text, bool special) const {
  std::vector<std::int32_t> ids;
  const auto& sp = impl_->tok->special();
  if (special) ids.push_back(sp.cls);
  impl_->tok->encode(text, ids);
  if (special) ids.push_back(sp.sep);
  return ids;
}

void Model::score(std::span<const std::string_view> texts, std::span<float> out,
                  const ScoreOptions& options) const {
  run(texts, ModelOutput::probabilities, out, options);
}

namespace {
void calibrate(const ModelInfo& in, int act, float* row, std::size_t K) {
  // act: 0 sigmoid, 1 softmax, 2 none
  if (act == 2) return;
  for (std::size_t k = 0; k < K; ++k) row[k] = in.calibration_a[k] * row[k] + in.calibration_b[k];
  if (act == 0) {
    for (std::size_t k = 0; k < K; ++k) row[k] = 1.0f / (1.0f + std::exp(-row[k]));
  } else {
    float m = *std::max_element(row, row + K), s = 0;
    for (std::size_t k = 0; k < K; ++k) s += (row[k] = std::exp(row[k] - m));
    for (std::size_t k = 0; k < K; ++k) row[k] /= s;
  }
}
}  // namespace

void Model::run(std::span<const std::string_view> texts, ModelOutput kind, std::span<float> out,
                const ScoreOptions& o) const {
  const std::size_t W = width(kind);
  if (out.size() != texts.size() * W)
    throw std::invalid_argument("output span has " + std::to_string(out.size()) +
                                " floats; need texts x " + std::to_string(W));
  const ModelInfo& in = impl_->info;
  std::size_t max_tokens = o.max_tokens ? o.max_tokens : in.window_max_tokens;
  if (max_tokens < 3 || max_tokens > in.max_tokens)
    throw std::invalid_argument("max_tokens must be in [3, " + std::to_string(in.max_tokens) + "]");
  const std::size_t content = max_tokens - 2;
  std::size_t stride = o.stride ? o.stride : std::min(in.window_stride, content);
  if (stride > content)
    throw std::invalid_argument("stride must be at most max_tokens - 2 = " +
                                std::to_string(content));
  WindowPooling wp =
      o.window_pooling == WindowPooling::model_default ? impl_->pooling : o.window_pooling;
  const int act = kind != ModelOutput::probabilities     ? 2
                  : impl_->out_act == Impl::Act::sigmoid ? 0
                  : impl_->out_act == Impl::Act::softmax ? 1
                                                         : 2;
  const auto& sp = impl_->tok->special();

  detail::Batch batch(impl_->enc, kind == ModelOutput::pooled,
                      std::max<std::size_t>(o.batch_tokens, max_tokens));
  thread_local std::vector<std::int32_t> ids;
  thread_local std::vector<float> row;
  // Windows are queued into the packed batch; when it fills, results are folded into `out`.
  thread_local std::vector<std::size_t> owner;  // text index per queued window
  thread_local std::vector<std::size_t> nwin;   // windows per text
  nwin.assign(texts.size(), 0);
  std::fill(out.begin(), out.end(), wp == WindowPooling::max ? -INFINITY : 0.0f);
  owner.clear();
  auto drain = [&]() {
    if (owner.empty()) return;
    batch.run();
    row.resize(W);
    for (std::size_t s = 0; s < owner.size(); ++s) {
      const float* r = batch.output(s);
      std::copy(r, r + W, row.begin());
      calibrate(in, act, row.data(), W);
      float* dst = out.data() + owner[s] * W;
      if (wp == WindowPooling::max)
        for (std::size_t k = 0; k < W; ++k) dst[k] = std::max(dst[k], row[k]);
      else
        for (std::size_t k = 0; k < W; ++k) dst[k] += row[k];
    }
    owner.clear();
    batch.clear();
  };
  const bool normalize =
      o.normalize == Normalization::model_default ? in.normalize : o.normalize == Normalization::on;
  thread_local std::string normalized;
  for (std::size_t t = 0; t < texts.size(); ++t) {
    ids.clear();
    if (normalize) {
      normalize_text(texts[t], normalized, o.normalize_steps, &impl_->lexicon);
      impl_->tok->encode(normalized, ids);
    } else {
      impl_->tok->encode(texts[t], ids);
    }
    const std::size_t n = ids.size();
    std::size_t windows = n <= content ? 1 : 1 + (n - content + stride - 1) / stride;
    if (o.max_windows && windows > o.max_windows)
      throw error(status::limit, "text " + std::to_string(t) + " needs " + std::to_string(windows) +
                                     " windows; max_windows is " + std::to_string(o.max_windows));
    for (std::size_t w = 0; w < windows; ++w) {
      std::size_t begin = std::min(w * stride, n > content ? n - content : 0);
      std::size_t len = std::min(content, n - begin);
      if (!batch.fits(len + 2)) drain();
      batch.add(sp.cls, std::span<const std::int32_t>(ids.data() + begin, len), sp.sep);
      owner.push_back(t);
    }
    nwin[t] = windows;
  }
  drain();
  if (wp == WindowPooling::mean)
    for (std::size_t t = 0; t < texts.size(); ++t)
      for (std::size_t k = 0; k < W; ++k) out[t * W + k] /= static_cast<float>(nwin[t]);
}

void Model::run_ids(std::span<const std::vector<std::int32_t>> seqs, ModelOutput kind,
                    std::span<float> out) const {
  const std::size_t W = width(kind);
  if (out.size() != seqs.size() * W)
    throw std::invalid_argument("output span size must be sequences x width");
  const ModelInfo& in = impl_->info;
  for (const auto& s : seqs) {
    if (s.empty() || s.size() > in.max_tokens)
      throw std::invalid_argument("each sequence must have 1.." + std::to_string(in.max_tokens) +
                                  " ids");
    for (auto id : s)
      if (id < 0 || static_cast<std::size_t>(id) >= in.vocab_size)
        throw std::invalid_argument("token id " + std::to_string(id) + " is out of range");
  }
  const int act = kind != ModelOutput::probabilities     ? 2
                  : impl_->out_act == Impl::Act::sigmoid ? 0
                  : impl_->out_act == Impl::Act::softmax ? 1
                                                         : 2;
  for (std::size_t i = 0; i < seqs.size(); ++i) {
    detail::Batch batch(impl_->enc, kind == ModelOutput::pooled, seqs[i].size());
    batch.add_raw(seqs[i]);
    batch.run();
    const float* r = batch.output(0);
    std::copy(r, r + W, out.begin() + static_cast<std::ptrdiff_t>(i * W));
    calibrate(in, act, out.data() + i * W, W);
  }
}

std::string ModelInfo::to_json() const {
  nlohmann::json j = {{"path", path},
                      {"architecture", architecture},
                      {"model_id", model_id},
                      {"model_version", model_version},
                      {"license", license},
                      {"description", description},
                      {"tokenizer", tokenizer},
                      {"pooling", pooling},
                      {"head", head},
                      {"output_activation", output_activation},
                      {"layers", layers},
                      {"hidden", hidden},
                      {"heads", heads},
                      {"intermediate", intermediate},
                      {"max_positions", max_positions},
                      {"position_offset", position_offset},
                      {"max_tokens", max_tokens},
                      {"vocab_size", vocab_size},
                      {"outputs", outputs},
                      {"int8", int8},
                      {"normalize", normalize},
                      {"window",
                       {{"max_tokens", window_max_tokens},
                        {"stride", window_stride},
                        {"pooling", window_pooling}}}};
  nlohmann::json per = nlohmann::json::object();
  for (std::size_t k = 0; k < outputs.size() && k < calibration_a.size(); ++k)
    per[outputs[k]] = {
        {"calibration", {{"a", calibration_a[k]}, {"b", calibration_b[k]}}},
        {"severity",
         {{"low", severity_low[k]}, {"medium", severity_medium[k]}, {"high", severity_high[k]}}},
        {"policy", {{"annotate", policy_annotate[k]}, {"block", policy_block[k]}}}};
  j["per_output"] = per;
  // Strings come from the file and need not be UTF-8: replace bad bytes rather than throw
  // (found by tests/fuzz/fuzz_model_load).
  return detail::dump_json(j);
}

std::optional<std::string> model_path_from_env(const char* name) {
  const char* v = std::getenv(name);
  if (v == nullptr || *v == '\0') return std::nullopt;
  return std::string(v);
}

ModelScorer::ModelScorer(std::shared_ptr<const Model> model, ScoreOptions options)
    : model_(std::move(model)), options_(options) {
  if (!model_) throw std::invalid_argument("ModelScorer needs a model");
}

std::shared_ptr<ModelScorer> ModelScorer::load(const std::string& path, const ModelOptions& mo,
                                               const ScoreOptions& so) {
  return std::make_shared<ModelScorer>(Model::load(path, mo), so);
}

const std::vector<std::string>& ModelScorer::output_names() const {
  return model_->output_names();
}
void ModelScorer::score(std::span<const std::string_view> texts, std::span<float> out) const {
  model_->score(texts, out, options_);
}
std::string ModelScorer::model_id() const {
  return model_->info().model_id;
}
std::string ModelScorer::model_version() const {
  return model_->info().model_version;
}
std::optional<std::array<float, 3>> ModelScorer::severity_thresholds(std::size_t index) const {
  const ModelInfo& i = model_->info();
  if (index >= i.severity_low.size() || index >= i.severity_medium.size() ||
      index >= i.severity_high.size()) {
    return std::nullopt;
  }
  return std::array<float, 3>{i.severity_low[index], i.severity_medium[index],
                              i.severity_high[index]};
}

}  // namespace abusemon
