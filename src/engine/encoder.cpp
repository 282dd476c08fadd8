#include "encoder.hpp"

#include <Eigen/Core>
#include <unsupported/Eigen/SpecialFunctions>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "int8_kernels.hpp"

namespace abusemon::detail {
namespace {

// In int8 mode, sequences at least this long run attention with int8 products too
// (int8_attention). Shorter ones keep fp32 attention: there attention is a small share of the
// time and quantising Q, K, V costs as much as it saves (int8 call time measured on Zen 4: no
// gain at 64 tokens, ~5 % less at 128, ~10 % at 256, ~25 % at 512).
constexpr std::size_t kInt8AttentionMinTokens = 128;

using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ColMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor>;
using MapRow = Eigen::Map<RowMat>;
using CMapRow = Eigen::Map<const RowMat>;
using CMapCol = Eigen::Map<const ColMat>;
using Strided = Eigen::Map<RowMat, 0, Eigen::OuterStride<>>;
using CStrided = Eigen::Map<const RowMat, 0, Eigen::OuterStride<>>;
using CVec = Eigen::Map<const Eigen::RowVectorXf>;

void grow(std::vector<float>& v, std::size_t n) {
  if (v.size() < n) v.resize(n);
}

void activate(float* p, std::size_t n, Activation a) {
  Eigen::Map<Eigen::ArrayXf> x(p, static_cast<Eigen::Index>(n));
  switch (a) {
    case Activation::gelu:
      x = 0.5f * x * (1.0f + (x * static_cast<float>(M_SQRT1_2)).erf());
      break;
    case Activation::gelu_tanh: {
      const float c = std::sqrt(2.0f / static_cast<float>(M_PI));
      x = 0.5f * x * (1.0f + (c * (x + 0.044715f * x.cube())).tanh());
      break;
    }
    case Activation::relu:
      x = x.max(0.0f);
      break;
    case Activation::tanh:
      x = x.tanh();
      break;
    case Activation::none:
      break;
  }
}

// y = LayerNorm(x + r) row-wise, in place into x.
void add_layer_norm(float* x, const float* r, std::size_t n, std::size_t h, const Tensor& g,
                    const Tensor& b, float eps) {
  MapRow X(x, static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(h));
  CVec G(g.data, static_cast<Eigen::Index>(h)), B(b.data, static_cast<Eigen::Index>(h));
  if (r) X += CMapRow(r, static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(h));
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    auto row = X.row(i);
    float mean = row.mean();
    row.array() -= mean;
    float var = row.squaredNorm() / static_cast<float>(h);
    row = (row.array() * (1.0f / std::sqrt(var + eps)) * G.array() + B.array()).matrix();
  }
}

void quantize_linear(Linear& l) {
  const std::size_t O = l.out(), I = l.in();
  l.q.resize(O * I);
  l.scale.resize(O);
  l.row_sum.resize(O);
  for (std::size_t o = 0; o < O; ++o) {
    const float* w = l.w.data + o * I;
    float m = 0;
    for (std::size_t i = 0; i < I; ++i) m = std::max(m, std::fabs(w[i]));
    float s = m > 0 ? m / 127.0f : 1.0f;
    l.scale[o] = s;
    std::int32_t sum = 0;
    for (std::size_t i = 0; i < I; ++i) {
      auto q = static_cast<std::int8_t>(std::lrintf(std::clamp(w[i] / s, -127.0f, 127.0f)));
      l.q[o * I + i] = q;
      sum += q;
    }
    l.row_sum[o] = sum;
  }
}

Linear fuse(const Linear& a, const Linear& b, const Linear& c) {
  Linear f;
  const std::size_t I = a.in(), O = a.out() + b.out() + c.out();
  f.w.owned.resize(O * I);
  f.b.owned.resize(O);
  std::size_t row = 0;
  for (const Linear* l : {&a, &b, &c}) {
    std::copy(l->w.data, l->w.data + l->out() * I,
              f.w.owned.begin() + static_cast<std::ptrdiff_t>(row * I));
    std::copy(l->b.data, l->b.data + l->out(),
              f.b.owned.begin() + static_cast<std::ptrdiff_t>(row));
    row += l->out();
  }
  f.w.data = f.w.owned.data();
  f.w.rows = O;
  f.w.cols = I;
  f.b.data = f.b.owned.data();
  f.b.rows = O;
  f.b.cols = 1;
  return f;
}

// Self-attention of one sequence with the dispatched kernels: per head, K and V^T are packed
// into panels, then blocks of query rows go through scores = Q K^T, the vectorised softmax and
// ctx = P V, so the score block stays in L2 at any length.
void attention_fast(FpIsa isa, const VecKernels& vk, const float* qkv, std::size_t len,
                    std::size_t H, std::size_t heads, float* ctx, Workspace& ws) {
  constexpr std::size_t kRows = 48;
  const std::size_t d = H / heads, ld = 3 * H;
  const std::size_t kf = panel_floats(len, d), vf = panel_floats(d, len);
  // 64-byte aligned panels for the tiles' aligned loads.
  if (ws.panels.size() < kf + vf + 16) ws.panels.resize(kf + vf + 16);
  auto addr = reinterpret_cast<std::uintptr_t>(ws.panels.data());
  float* kp = ws.panels.data() + ((64 - addr % 64) % 64) / sizeof(float);
  float* vp = kp + kf;
  grow(ws.scores, kRows * len);
  const float scale = 1.0f / std::sqrt(static_cast<float>(d));
  for (std::size_t h = 0; h < heads; ++h) {
    const float* q = qkv + h * d;
    pack_panels(qkv + H + h * d, len, d, ld, 1, kp);
    pack_panels(qkv + 2 * H + h * d, d, len, 1, ld, vp);
    for (std::size_t r0 = 0; r0 < len; r0 += kRows) {
      const std::size_t rn = std::min(kRows, len - r0);
      panel_gemm(isa, q + r0 * ld, ld, rn, kp, d, len, nullptr, ws.scores.data(), len);
      vk.softmax_rows(ws.scores.data(), rn, len, len, scale);
      panel_gemm(isa, ws.scores.data(), len, rn, vp, len, d, nullptr, ctx + r0 * H + h * d, H);
    }
  }
}

// The same with Eigen (no vector kernels for this CPU): the whole len x len score matrix.
void fp32_attention_portable(const float* qkv, std::size_t n, std::size_t H, std::size_t heads,
                             float* ctx, Workspace& ws) {
  const std::size_t d = H / heads;
  const auto len = static_cast<Eigen::Index>(n), Hi = static_cast<Eigen::Index>(H),
             di = static_cast<Eigen::Index>(d);
  const float scale = 1.0f / std::sqrt(static_cast<float>(d));
  MapRow P(ws.scores.data(), len, len);
  for (std::size_t h = 0; h < heads; ++h) {
    CStrided Q(qkv + h * d, len, di, Eigen::OuterStride<>(3 * Hi));
    CStrided K(qkv + H + h * d, len, di, Eigen::OuterStride<>(3 * Hi));
    CStrided V(qkv + 2 * H + h * d, len, di, Eigen::OuterStride<>(3 * Hi));
    P.noalias() = (Q * K.transpose()) * scale;
    for (Eigen::Index r = 0; r < len; ++r) {
      auto row = P.row(r).array();
      row = (row - row.maxCoeff()).exp();
      row /= row.sum();
    }
    Strided C(ctx + h * d, len, di, Eigen::OuterStride<>(Hi));
    C.noalias() = P * V;
  }
}

}  // namespace

void Encoder::prepare() {
  auto pack = [](Linear& l) { l.packed = pack_weights(l.w.data, l.b.data, l.out(), l.in()); };
  for (auto& L : weights.layers) {
    L.qkv = fuse(L.q, L.k, L.v);
    for (Linear* l : {&L.qkv, &L.o, &L.up, &L.down}) pack(*l);
  }
  if (weights.head_dense.w) pack(weights.head_dense);
  if (weights.head_out.w) pack(weights.head_out);
}

void Encoder::quantize() {
  for (auto& L : weights.layers)
    for (Linear* l : {&L.qkv, &L.o, &L.up, &L.down}) {
      quantize_linear(*l);
      l->packed8 =
          pack_int8(l->q.data(), l->scale.data(), l->row_sum.data(), l->b.data, l->out(), l->in());
    }
  int8 = true;
}

std::unique_ptr<Workspace> Encoder::acquire() const {
  return pool_.take();
}

void Encoder::release(std::unique_ptr<Workspace> ws) const {
  pool_.give_back(std::move(ws));
}

void Encoder::linear(const Linear& l, const float* x, std::size_t n, float* y,
                     Workspace& ws) const {
  const auto O = static_cast<Eigen::Index>(l.out()), I = static_cast<Eigen::Index>(l.in());
  if (int8 && l.packed8) {
    const std::size_t need = int8_scratch_bytes(l.packed8, n);
    if (ws.xq.size() < need) ws.xq.resize(need);
    grow(ws.xscale, n);
    int8_packed_linear(l.packed8, x, n, y, ws.xq.data(), ws.xscale.data());
    return;
  }
  if (int8 && !l.q.empty()) {
    if (ws.xq.size() < n * l.in()) ws.xq.resize(n * l.in());
    grow(ws.xscale, n);
    int8_linear(x, n, l.in(), l.q.data(), l.scale.data(), l.row_sum.data(), l.b.data, l.out(), y,
                ws.xq.data(), ws.xscale.data());
    return;
  }
  if (l.packed) {
    packed_linear(l.packed, x, n, y);
    return;
  }
  MapRow Y(y, static_cast<Eigen::Index>(n), O);
  Y.noalias() = CMapRow(x, static_cast<Eigen::Index>(n), I) * CMapCol(l.w.data, I, O);
  Y.rowwise() += CVec(l.b.data, O);
}

void Encoder::forward(Workspace& ws, bool head) const {
  const auto& c = config;
  const std::size_t N = ws.ids.size(), H = c.hidden, I = c.intermediate, S = ws.starts.size();
  grow(ws.x, N * H);
  grow(ws.qkv, N * 3 * H);
  grow(ws.ctx, N * H);
  grow(ws.tmp, N * H);
  grow(ws.inter, N * I);
  std::size_t max_len = 0;
  for (auto l : ws.lens) max_len = std::max(max_len, l);
  if (fp_isa() == FpIsa::portable) grow(ws.scores, max_len * max_len);

  // Embeddings: word + position (offset by position_offset) + token type 0, then LayerNorm.
  for (std::size_t s = 0; s < S; ++s)
    for (std::size_t p = 0; p < ws.lens[s]; ++p) {
      std::size_t t = ws.starts[s] + p;
      const std::size_t row = static_cast<std::size_t>(ws.ids[t]) * H;
      const float* pe = weights.pos_emb.data + (c.position_offset + p) * H;
      const float* te = weights.type_emb.data;
      float* dst = ws.x.data() + t * H;
      if (weights.tok_emb_f16 != nullptr) {
        const std::uint16_t* we = weights.tok_emb_f16 + row;
        for (std::size_t j = 0; j < H; ++j) dst[j] = half_to_float(we[j]) + pe[j] + te[j];
      } else {
        const float* we = weights.tok_emb.data + row;
        for (std::size_t j = 0; j < H; ++j) dst[j] = we[j] + pe[j] + te[j];
      }
    }
  // The dispatched kernels (null on the portable path, which keeps Eigen's code).
  const FpIsa isa = fp_isa();
  const VecKernels* vk = vec_kernels(isa);
  auto layer_norm = [&](const float* r, const Tensor& g, const Tensor& b) {
    if (vk)
      vk->add_layer_norm(ws.x.data(), r, N, H, g.data, b.data, c.eps);
    else
      add_layer_norm(ws.x.data(), r, N, H, g, b, c.eps);
  };
  layer_norm(nullptr, weights.emb_ln_g, weights.emb_ln_b);

  const auto Hi = static_cast<Eigen::Index>(H);
  for (const auto& L : weights.layers) {
    linear(L.qkv, ws.x.data(), N, ws.qkv.data(), ws);
    for (std::size_t s = 0; s < S; ++s) {
      const float* seq = ws.qkv.data() + ws.starts[s] * 3 * H;
      float* out = ws.ctx.data() + ws.starts[s] * H;
      if (int8 && ws.lens[s] >= kInt8AttentionMinTokens) {
        const std::size_t need = int8_attention_scratch_bytes(ws.lens[s], H, c.heads);
        if (ws.attn8.size() < need) ws.attn8.resize(need);
        int8_attention(int8_tile(), vk, seq, ws.lens[s], H, c.heads, out, ws.attn8.data());
      } else if (vk) {
        attention_fast(isa, *vk, seq, ws.lens[s], H, c.heads, out, ws);
      } else {
        fp32_attention_portable(seq, ws.lens[s], H, c.heads, out, ws);
      }
    }
    linear(L.o, ws.ctx.data(), N, ws.tmp.data(), ws);
    layer_norm(ws.tmp.data(), L.ln1_g, L.ln1_b);
    linear(L.up, ws.x.data(), N, ws.inter.data(), ws);
    if (vk && c.act == Activation::gelu)
      vk->gelu(ws.inter.data(), N * I);
    else
      activate(ws.inter.data(), N * I, c.act);
    linear(L.down, ws.inter.data(), N, ws.tmp.data(), ws);
    layer_norm(ws.tmp.data(), L.ln2_g, L.ln2_b);
  }

  // Pooling: CLS row or mean over the sequence's tokens.
  grow(ws.pooled, S * H);
  for (std::size_t s = 0; s < S; ++s) {
    float* dst = ws.pooled.data() + s * H;
    const float* src = ws.x.data() + ws.starts[s] * H;
    if (c.mean_pooling) {
      Eigen::Map<Eigen::RowVectorXf> D(dst, Hi);
      D = CMapRow(src, static_cast<Eigen::Index>(ws.lens[s]), Hi).colwise().sum() /
          static_cast<float>(ws.lens[s]);
    } else {
      std::copy(src, src + H, dst);
    }
  }
  if (!head || !c.has_head) return;
  const float* in = ws.pooled.data();
  if (weights.head_dense.w) {
    grow(ws.dense, S * H);
    linear(weights.head_dense, in, S, ws.dense.data(), ws);
    activate(ws.dense.data(), S * H, c.head_act);
    in = ws.dense.data();
  }
  grow(ws.out, S * c.outputs);
  linear(weights.head_out, in, S, ws.out.data(), ws);
}

Batch::Batch(const Encoder& enc, bool pooled_only, std::size_t capacity_tokens)
    : enc_(enc), pooled_only_(pooled_only), capacity_(capacity_tokens), ws_(enc.acquire()) {
  clear();
}

Batch::~Batch() {
  enc_.release(std::move(ws_));
}

void Batch::clear() {
  ws_->ids.clear();
  ws_->starts.clear();
  ws_->lens.clear();
}

void Batch::add(std::int32_t cls, std::span<const std::int32_t> content, std::int32_t sep) {
  ws_->starts.push_back(ws_->ids.size());
  ws_->lens.push_back(content.size() + 2);
  ws_->ids.push_back(cls);
  ws_->ids.insert(ws_->ids.end(), content.begin(), content.end());
  ws_->ids.push_back(sep);
}

void Batch::add_raw(std::span<const std::int32_t> ids) {
  ws_->starts.push_back(ws_->ids.size());
  ws_->lens.push_back(ids.size());
  ws_->ids.insert(ws_->ids.end(), ids.begin(), ids.end());
}

void Batch::run() {
  enc_.forward(*ws_, !pooled_only_);
}

const float* Batch::output(std::size_t s) const {
  if (pooled_only_ || !enc_.config.has_head) return ws_->pooled.data() + s * enc_.config.hidden;
  return ws_->out.data() + s * enc_.config.outputs;
}

}  // namespace abusemon::detail
