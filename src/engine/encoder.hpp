// BERT-family encoder forward pass (internal): weights, per-thread workspaces, packed batches.
//
// Layout: activations are row-major [tokens, features]; linear weights keep PyTorch's
// [out, in] row-major layout, which Eigen sees as a column-major [in, out] matrix = W^T, so
// y = x W^T + b is one GEMM per layer over all tokens of the batch. Sequences are packed back to
// back (no padding); attention runs per sequence, so tokens never attend across texts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <vector>

#include "gemm.hpp"
#include "int8_kernels.hpp"
#include "workspace_pool.hpp"

namespace abusemon::detail {

enum class Activation { gelu, gelu_tanh, relu, tanh, none };

/// IEEE binary16 to float (exact).
inline float half_to_float(std::uint16_t h) {
  std::uint32_t sign = (h & 0x8000u) << 16, exp = (h >> 10) & 0x1F, man = h & 0x3FF, bits;
  if (exp == 0) {
    if (man == 0) {
      bits = sign;
    } else {  // subnormal
      exp = 127 - 15 + 1;
      while (!(man & 0x400)) {
        man <<= 1;
        --exp;
      }
      man &= 0x3FF;
      bits = sign | (exp << 23) | (man << 13);
    }
  } else if (exp == 31) {
    bits = sign | 0x7F800000u | (man << 13);
  } else {
    bits = sign | ((exp + 127 - 15) << 23) | (man << 13);
  }
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

/// A float tensor, either viewing the mapped file or owning converted data.
struct Tensor {
  const float* data = nullptr;
  std::size_t rows = 0, cols = 0;
  std::vector<float> owned;

  Tensor() = default;
  Tensor(Tensor&& o) noexcept { *this = std::move(o); }
  Tensor& operator=(Tensor&& o) noexcept {
    bool own = o.data && !o.owned.empty() && o.data == o.owned.data();
    rows = o.rows;
    cols = o.cols;
    owned = std::move(o.owned);
    data = own ? owned.data() : o.data;
    o.data = nullptr;
    return *this;
  }
  explicit operator bool() const { return data != nullptr; }
};

struct Linear {
  Tensor w;  ///< [out, in]
  Tensor b;  ///< [out]
  // int8 form (ModelOptions::int8): symmetric per-output-row quantization.
  std::vector<std::int8_t> q;         ///< [out, in]
  std::vector<float> scale;           ///< [out]
  std::vector<std::int32_t> row_sum;  ///< sum of q per row (for the unsigned-input kernels)
  PackedWeights packed;               ///< fp32 weights for the dispatched kernel (prepare())
  PackedInt8 packed8;                 ///< int8 weights for the VNNI tile kernel (quantize())
  std::size_t out() const { return w.rows; }
  std::size_t in() const { return w.cols; }
};

struct LayerWeights {
  Linear q, k, v, o, up, down;
  Linear qkv;  ///< q, k, v fused at prepare() into one [3H, H] layer
  Tensor ln1_g, ln1_b, ln2_g, ln2_b;
};

struct Weights {
  Tensor tok_emb, pos_emb, type_emb, emb_ln_g, emb_ln_b;
  /// Set instead of tok_emb when the file stores the token embedding as f16 ([vocab, hidden] in
  /// the mapping): rows are widened when gathered.
  const std::uint16_t* tok_emb_f16 = nullptr;
  std::vector<LayerWeights> layers;
  Linear head_dense;  ///< optional
  Linear head_out;    ///< optional (no head: pooled state is the output)
};

struct EncoderConfig {
  std::size_t layers = 0, hidden = 0, heads = 0, intermediate = 0;
  std::size_t max_positions = 0, position_offset = 0, type_vocab = 1, vocab = 0;
  float eps = 1e-12f;
  Activation act = Activation::gelu;
  Activation head_act = Activation::tanh;
  bool mean_pooling = false;
  bool has_head = false;
  std::size_t outputs = 0;
};

/// Scratch of one forward pass; reused across calls (buffers only grow).
struct Workspace {
  std::vector<float> x, qkv, ctx, tmp, inter, scores, pooled, dense, out;
  std::vector<float> panels;    ///< attention's packed K and V^T of one head
  std::vector<std::int8_t> xq;  ///< quantized activations (bytes, or int16 on the AVX2 path)
  std::vector<float> xscale;
  std::vector<std::uint8_t> attn8;  ///< int8 attention's scratch (int8_attention_scratch_bytes)
  std::vector<std::int32_t> acc;
  std::vector<std::int32_t> ids;
  std::vector<std::size_t> starts, lens;
};

class Encoder {
 public:
  EncoderConfig config;
  Weights weights;
  bool int8 = false;

  /// Fuses q/k/v and packs the weights for the CPU's kernel; call once after loading.
  void prepare();
  /// Quantizes all encoder linear layers to int8 (head stays fp32).
  void quantize();

  std::unique_ptr<Workspace> acquire() const;
  void release(std::unique_ptr<Workspace> ws) const;

  /// Runs the sequences described by ws.ids/starts/lens; fills ws.pooled [S, H] and, when
  /// `head` and the model has one, ws.out [S, outputs].
  void forward(Workspace& ws, bool head) const;

 private:
  void linear(const Linear& l, const float* x, std::size_t n, float* y, Workspace& ws) const;
  WorkspacePool<Workspace> pool_;
};

/// A packed batch of sequences borrowing a workspace from the encoder (RAII).
class Batch {
 public:
  Batch(const Encoder& enc, bool pooled_only, std::size_t capacity_tokens);
  ~Batch();
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;

  bool fits(std::size_t tokens) const {
    return ws_->ids.size() + tokens <= capacity_ || ws_->ids.empty();
  }
  void add(std::int32_t cls, std::span<const std::int32_t> content, std::int32_t sep);
  void add_raw(std::span<const std::int32_t> ids);
  void run();
  /// Output row of sequence `s` (pooled state or logits) after run().
  const float* output(std::size_t s) const;
  void clear();

 private:
  const Encoder& enc_;
  bool pooled_only_;
  std::size_t capacity_;
  std::unique_ptr<Workspace> ws_;
};

}  // namespace abusemon::detail
