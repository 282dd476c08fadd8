// Model loading: GGUF → validated weights, tokenizer and metadata (Model::load).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include "abusemon/error.hpp"
#include "abusemon/model.hpp"
#include "core/enum_names.hpp"
#include "core/format.hpp"
#include "model_impl.hpp"

namespace abusemon {

using detail::GgufFile;
using detail::GgufTensor;
using detail::TensorType;

namespace detail {
void VocabLexicon::build(const Tokenizer& tok) {
  const bool spm = tok.kind() == "sentencepiece";
  for (std::size_t id = 0; id < tok.vocab_size(); ++id) {
    std::string t = tok.token(static_cast<std::int32_t>(id));
    std::string_view w = t;
    if (spm) {
      if (w.substr(0, 3) != "\xE2\x96\x81") continue;  // U+2581 marks a word start
      w.remove_prefix(3);
    }
    if (w.size() < 2) continue;
    std::string lower;
    for (char c : w) {
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        lower.clear();
        break;
      }
      lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    if (!lower.empty()) words_.push_back(std::move(lower));
  }
  std::sort(words_.begin(), words_.end());
  words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
}

bool VocabLexicon::contains(std::string_view w) const noexcept {
  return std::binary_search(words_.begin(), words_.end(), w, std::less<>());
}
}  // namespace detail

namespace {

std::string join_dims(const std::vector<std::uint64_t>& dims) {
  std::string s;
  for (auto d : dims) {
    if (!s.empty()) s.push_back(',');
    s.append(std::to_string(d));
  }
  return s;
}

// Loads tensor `name` as float with PyTorch shape [rows, cols] (cols = 0 for a vector).
detail::Tensor load_tensor(const GgufFile& f, const std::string& name, std::size_t rows,
                           std::size_t cols, bool required = true) {
  const GgufTensor* t = f.find_tensor(name);
  detail::Tensor out;
  if (!t) {
    if (required) f.fail("missing tensor '" + name + "'");
    return out;
  }
  std::vector<std::uint64_t> want;
  if (cols == 0)
    want = {rows};
  else
    want = {cols, rows};  // GGUF lists the innermost dimension first
  if (t->dims != want) {
    f.fail("tensor '" + name + "' has dims [" + join_dims(t->dims) + "], expected [" +
           join_dims(want) + "]");
  }
  out.rows = rows;
  out.cols = cols == 0 ? 1 : cols;
  std::size_t n = static_cast<std::size_t>(t->elements);
  switch (t->type) {
    case TensorType::f32:
      // The mapping is 32-byte aligned (validated offsets), so f32 data is used in place.
      if (reinterpret_cast<std::uintptr_t>(t->data) % alignof(float) == 0) {
        out.data = reinterpret_cast<const float*>(t->data);
      } else {
        out.owned.resize(n);
        std::memcpy(out.owned.data(), t->data, n * 4);
        out.data = out.owned.data();
      }
      break;
    case TensorType::f16:
    case TensorType::bf16: {
      out.owned.resize(n);
      for (std::size_t i = 0; i < n; ++i) {
        std::uint16_t h;
        std::memcpy(&h, t->data + 2 * i, 2);
        if (t->type == TensorType::f16) {
          out.owned[i] = detail::half_to_float(h);
        } else {
          std::uint32_t bits = static_cast<std::uint32_t>(h) << 16;
          std::memcpy(&out.owned[i], &bits, 4);
        }
      }
      out.data = out.owned.data();
      break;
    }
    default:
      f.fail("tensor '" + name + "' has an unsupported type (need F32, F16 or BF16)");
  }
  for (std::size_t i = 0; i < n; ++i)
    if (!std::isfinite(out.data[i])) f.fail("tensor '" + name + "' contains NaN or infinity");
  return out;
}

detail::Linear linear_of(const GgufFile& f, const std::string& w, const std::string& b,
                         std::size_t out, std::size_t in) {
  detail::Linear l;
  l.w = load_tensor(f, w, out, in);
  l.b = load_tensor(f, b, out, 0);
  return l;
}

std::size_t dim(const GgufFile& f, const std::string& key, std::size_t lo, std::size_t hi) {
  auto v = f.get_uint(key);
  if (v < lo || v > hi)
    f.fail("key '" + key + "' = " + std::to_string(v) + " is outside [" + std::to_string(lo) +
           ", " + std::to_string(hi) + "]");
  return static_cast<std::size_t>(v);
}

std::vector<float> per_output(const GgufFile& f, const std::string& key, std::size_t k,
                              float fallback) {
  auto v = f.get_f32_array_opt(key);
  if (!v) return std::vector<float>(k, fallback);
  if (v->size() != k)
    f.fail("key '" + key + "' has " + std::to_string(v->size()) + " values for " +
           std::to_string(k) + " outputs");
  for (float x : *v)
    if (!std::isfinite(x)) f.fail("key '" + key + "' contains NaN or infinity");
  return *v;
}

constexpr detail::EnumNames<detail::Activation, 5> kActivationNames{
    {"gelu", "gelu_tanh", "relu", "tanh", "none"}};
constexpr detail::EnumNames<Model::Impl::Act, 3> kOutputActivationNames{
    {"sigmoid", "softmax", "none"}};

detail::Activation parse_act(const GgufFile& f, std::string_view s) {
  if (auto a = kActivationNames.parse(s)) return *a;
  f.fail("unknown activation '" + std::string(s) + "'");
}

std::unique_ptr<Tokenizer> load_tokenizer(const GgufFile& f, ModelInfo& info) {
  auto kind = f.get_string("tokenizer.ggml.model");
  SpecialTokens sp;
  auto id = [&](const char* key) -> std::int32_t {
    auto v = f.get_uint_opt(key);
    if (!v) return -1;
    if (*v > 0x7FFFFFFF) f.fail(std::string("key '") + key + "' is out of range");
    return static_cast<std::int32_t>(*v);
  };
  sp.cls = id("tokenizer.ggml.cls_token_id");
  sp.sep = id("tokenizer.ggml.separator_token_id");
  sp.pad = id("tokenizer.ggml.padding_token_id");
  sp.unk = id("tokenizer.ggml.unknown_token_id");
  std::unique_ptr<Tokenizer> tok;
  try {
    if (kind == "bert") {
      auto tokens = f.get_string_array_opt("tokenizer.ggml.tokens");
      if (!tokens) f.fail("missing required key 'tokenizer.ggml.tokens'");
      std::vector<std::string> vocab(tokens->begin(), tokens->end());
      WordPieceOptions o;
      o.lower_case = f.get_bool_opt("abusemon.tokenizer.do_lower_case").value_or(true);
      o.strip_accents = f.get_bool_opt("abusemon.tokenizer.strip_accents");
      o.tokenize_chinese_chars =
          f.get_bool_opt("abusemon.tokenizer.tokenize_chinese_chars").value_or(true);
      o.max_input_chars_per_word = static_cast<std::size_t>(
          f.get_uint_opt("abusemon.tokenizer.max_input_chars_per_word").value_or(100));
      tok = make_wordpiece_tokenizer(std::move(vocab), o, sp);
      info.tokenizer = "wordpiece";
    } else if (kind == "sentencepiece") {
      auto bytes = f.get_bytes_opt("abusemon.tokenizer.spm_model");
      if (!bytes) f.fail("missing required key 'abusemon.tokenizer.spm_model'");
      auto off = f.get_int_opt("abusemon.tokenizer.spm_id_offset").value_or(0);
      if (off < 0 || off > 1000) f.fail("abusemon.tokenizer.spm_id_offset out of range");
      tok = make_sentencepiece_tokenizer(*bytes, static_cast<std::int32_t>(off), sp);
      info.tokenizer = "sentencepiece";
    } else {
      f.fail("unsupported tokenizer.ggml.model '" + std::string(kind) +
             "' (need 'bert' or 'sentencepiece')");
    }
  } catch (const std::invalid_argument& e) {
    f.fail(std::string("tokenizer: ") + e.what());
  } catch (const error& e) {
    if (e.code() != status::format) throw;
    f.fail(std::string("tokenizer: ") + e.what());
  }
  const auto& s = tok->special();
  for (auto v : {s.cls, s.sep, s.pad, s.unk})
    if (v < 0 || static_cast<std::size_t>(v) >= tok->vocab_size())
      f.fail("tokenizer special token ids (cls/sep/pad/unk) are missing or out of range");
  return tok;
}

}  // namespace

std::shared_ptr<const Model> Model::load(const std::string& path, const ModelOptions& options) {
  auto impl = std::make_unique<Impl>(GgufFile::open(path));
  const GgufFile& f = impl->file;
  ModelInfo& in = impl->info;
  in.path = path;
  in.architecture = std::string(f.get_string("general.architecture"));
  if (in.architecture != "bert" && in.architecture != "roberta")
    f.fail("unsupported architecture '" + in.architecture + "' (need 'bert' or 'roberta')");
  const std::string A = in.architecture + ".";
  in.model_id = std::string(f.get_string_opt("abusemon.model_id")
                                .value_or(f.get_string_opt("general.name").value_or("unnamed")));
  in.model_version = std::string(f.get_string_opt("abusemon.model_version").value_or("0"));
  in.license = std::string(f.get_string_opt("general.license").value_or(""));
  in.description = std::string(f.get_string_opt("general.description").value_or(""));

  detail::EncoderConfig c;
  c.layers = dim(f, A + "block_count", 1, 256);
  c.hidden = dim(f, A + "embedding_length", 1, 16384);
  c.heads = dim(f, A + "attention.head_count", 1, 1024);
  if (c.hidden % c.heads != 0) f.fail("embedding_length is not a multiple of head_count");
  c.intermediate = dim(f, A + "feed_forward_length", 1, 65536);
  c.max_positions = dim(f, A + "context_length", 3, 1 << 16);
  c.eps = static_cast<float>(f.get_float(A + "attention.layer_norm_epsilon"));
  if (!(c.eps > 0 && c.eps < 1)) f.fail("layer_norm_epsilon out of range");
  c.position_offset = static_cast<std::size_t>(f.get_uint_opt("abusemon.arch.position_offset")
                                                   .value_or(in.architecture == "roberta" ? 2 : 0));
  if (c.position_offset + 3 > c.max_positions) f.fail("position_offset leaves no room for tokens");
  c.type_vocab =
      static_cast<std::size_t>(f.get_uint_opt("abusemon.arch.type_vocab_size").value_or(1));
  if (c.type_vocab < 1 || c.type_vocab > 1024) f.fail("abusemon.arch.type_vocab_size out of range");
  c.act = parse_act(f, f.get_string_opt("abusemon.arch.hidden_act").value_or("gelu"));

  impl->tok = load_tokenizer(f, in);
  impl->lexicon.build(*impl->tok);
  in.normalize = options.normalize == Normalization::model_default
                     ? f.get_bool_opt("abusemon.normalize").value_or(true)
                     : options.normalize == Normalization::on;
  c.vocab = impl->tok->vocab_size();
  const GgufTensor* te = f.find_tensor("token_embd.weight");
  if (!te || te->dims.size() != 2) f.fail("missing or malformed tensor 'token_embd.weight'");
  if (te->dims[1] < c.vocab) f.fail("token_embd.weight has fewer rows than the tokenizer has ids");
  c.vocab = static_cast<std::size_t>(te->dims[1]);

  // Head and outputs.
  std::string pooling(f.get_string_opt("abusemon.pooling").value_or("cls"));
  if (pooling != "cls" && pooling != "mean") f.fail("abusemon.pooling must be 'cls' or 'mean'");
  c.mean_pooling = pooling == "mean";
  in.pooling = pooling;
  in.head = std::string(f.get_string_opt("abusemon.head.type").value_or("abusemon"));
  in.output_activation =
      std::string(f.get_string_opt("abusemon.output_activation")
                      .value_or(f.find_tensor("head.out.weight") ? "sigmoid" : "none"));
  c.head_act = parse_act(f, f.get_string_opt("abusemon.head.activation").value_or("tanh"));

  auto& w = impl->enc.weights;
  const std::size_t H = c.hidden, I = c.intermediate;
  if (te->type == TensorType::f16 && te->dims[0] == H &&
      reinterpret_cast<std::uintptr_t>(te->data) % alignof(std::uint16_t) == 0) {
    // Gathered row by row, never multiplied: keep it in the mapped file as f16 and widen the
    // rows a text uses (half the memory of an f32 copy: 192 MB for the XLM-R vocabulary).
    const auto* h = reinterpret_cast<const std::uint16_t*>(te->data);
    const std::size_t n = c.vocab * H;
    for (std::size_t i = 0; i < n; ++i)
      if ((h[i] & 0x7C00u) == 0x7C00u)
        f.fail("tensor 'token_embd.weight' contains NaN or infinity");
    w.tok_emb_f16 = h;
  } else {
    w.tok_emb = load_tensor(f, "token_embd.weight", c.vocab, H);
  }
  w.pos_emb = load_tensor(f, "position_embd.weight", c.max_positions, H);
  w.type_emb = load_tensor(f, "token_types.weight", c.type_vocab, H);
  w.emb_ln_g = load_tensor(f, "token_embd_norm.weight", H, 0);
  w.emb_ln_b = load_tensor(f, "token_embd_norm.bias", H, 0);
  w.layers.resize(c.layers);
  for (std::size_t l = 0; l < c.layers; ++l) {
    auto p = "blk." + std::to_string(l) + ".";
    auto& L = w.layers[l];
    L.q = linear_of(f, p + "attn_q.weight", p + "attn_q.bias", H, H);
    L.k = linear_of(f, p + "attn_k.weight", p + "attn_k.bias", H, H);
    L.v = linear_of(f, p + "attn_v.weight", p + "attn_v.bias", H, H);
    L.o = linear_of(f, p + "attn_output.weight", p + "attn_output.bias", H, H);
    L.ln1_g = load_tensor(f, p + "attn_output_norm.weight", H, 0);
    L.ln1_b = load_tensor(f, p + "attn_output_norm.bias", H, 0);
    L.up = linear_of(f, p + "ffn_up.weight", p + "ffn_up.bias", I, H);
    L.down = linear_of(f, p + "ffn_down.weight", p + "ffn_down.bias", H, I);
    L.ln2_g = load_tensor(f, p + "layer_output_norm.weight", H, 0);
    L.ln2_b = load_tensor(f, p + "layer_output_norm.bias", H, 0);
  }
  if (f.find_tensor("head.dense.weight"))
    w.head_dense = linear_of(f, "head.dense.weight", "head.dense.bias", H, H);
  std::size_t K = H;  // no head: the pooled state is the output
  if (const GgufTensor* ho = f.find_tensor("head.out.weight")) {
    if (ho->dims.size() != 2 || ho->dims[0] != H || ho->dims[1] == 0 || ho->dims[1] > 65536)
      f.fail("tensor 'head.out.weight' must have dims [hidden, outputs]");
    K = static_cast<std::size_t>(ho->dims[1]);
    w.head_out = linear_of(f, "head.out.weight", "head.out.bias", K, H);
    c.has_head = true;
  } else if (in.output_activation != "none") {
    f.fail("model has no tensor 'head.out.weight' but output_activation is not 'none'");
  }
  c.outputs = K;

  if (auto a = kOutputActivationNames.parse(in.output_activation))
    impl->out_act = *a;
  else
    f.fail("abusemon.output_activation must be 'sigmoid', 'softmax' or 'none'");

  if (auto names = f.get_string_array_opt("abusemon.outputs")) {
    if (names->size() != K)
      f.fail("abusemon.outputs has " + std::to_string(names->size()) + " names but the head has " +
             std::to_string(K) + " outputs");
    for (auto n : *names) {
      if (n.empty()) f.fail("abusemon.outputs contains an empty name");
      impl->outputs.emplace_back(n);
    }
    auto sorted = impl->outputs;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
      f.fail("abusemon.outputs contains a duplicate name");
  } else {
    for (std::size_t k = 0; k < K; ++k)
      impl->outputs.push_back((c.has_head ? "output_" : "emb_") + std::to_string(k));
  }
  in.outputs = impl->outputs;
  in.calibration_a = per_output(f, "abusemon.calibration.a", K, 1.0f);
  in.calibration_b = per_output(f, "abusemon.calibration.b", K, 0.0f);
  in.severity_low = per_output(f, "abusemon.severity.low", K, 0.5f);
  in.severity_medium = per_output(f, "abusemon.severity.medium", K, 0.7f);
  in.severity_high = per_output(f, "abusemon.severity.high", K, 0.9f);
  in.policy_annotate = per_output(f, "abusemon.policy.annotate", K, 0.5f);
  in.policy_block = per_output(f, "abusemon.policy.block", K, 0.8f);
  for (std::size_t k = 0; k < K; ++k)
    if (!(in.severity_low[k] <= in.severity_medium[k] &&
          in.severity_medium[k] <= in.severity_high[k]))
      f.fail("severity thresholds of output '" + impl->outputs[k] + "' are not nondecreasing");

  in.layers = c.layers;
  in.hidden = H;
  in.heads = c.heads;
  in.intermediate = I;
  in.max_positions = c.max_positions;
  in.position_offset = c.position_offset;
  in.max_tokens = c.max_positions - c.position_offset;
  in.vocab_size = c.vocab;
  in.window_max_tokens = static_cast<std::size_t>(
      f.get_uint_opt("abusemon.window.max_tokens").value_or(in.max_tokens));
  if (in.window_max_tokens < 3 || in.window_max_tokens > in.max_tokens)
    f.fail("abusemon.window.max_tokens out of range");
  in.window_stride = static_cast<std::size_t>(
      f.get_uint_opt("abusemon.window.stride").value_or((in.window_max_tokens - 2) / 2));
  if (in.window_stride < 1 || in.window_stride > in.window_max_tokens - 2)
    f.fail("abusemon.window.stride out of range");
  in.window_pooling = std::string(f.get_string_opt("abusemon.window.pooling").value_or("max"));
  // A file names its own pooling: "model" (defer to the file) is not one.
  if (auto p = parse_window_pooling(in.window_pooling); p && *p != WindowPooling::model_default)
    impl->pooling = *p;
  else
    f.fail("abusemon.window.pooling must be 'max' or 'mean'");

  impl->enc.config = c;
  impl->enc.prepare();
  if (options.int8) impl->enc.quantize();
  in.int8 = options.int8;
  return std::shared_ptr<const Model>(new Model(std::move(impl)));
}

}  // namespace abusemon
