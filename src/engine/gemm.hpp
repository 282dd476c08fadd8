// fp32 kernels with runtime CPU dispatch (internal): linear layers, the panel GEMM that
// attention also uses, and the element-wise/row kernels (softmax, GELU, LayerNorm, activation
// quantisation).
//
// y[n, o] = sum_i x[n, i] * W[o, i] + b[o]. Weights are repacked into panels of 32 output
// columns ([panel][in][32], zero-padded), so the micro-kernel streams one panel with vector
// loads while broadcasting inputs: AVX-512F (6 x 32 tile) or AVX2+FMA (6 x 32 as two 6 x 16
// halves). Without either, Eigen's portable code runs on the original [out, in] weights. The
// library is built for baseline x86-64, so these kernels are the only code using wider
// instructions, and only after the CPU check.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace abusemon::detail {

/// Instruction set of the fp32 kernels.
enum class FpIsa { portable, avx2, avx512 };

/// The kernel family for this CPU, fixed at first use. ABUSEMON_GEMM_KERNEL=portable (or avx2)
/// in the environment forces a slower one, for comparisons.
FpIsa fp_isa();
/// Whether this CPU can run `isa` (portable always).
bool fp_isa_supported(FpIsa isa);

/// "avx512", "avx2" or "portable": fp_isa() as a name.
const char* gemm_kernel_name();

constexpr std::size_t kPanelCols = 32;

/// Floats that pack_panels() writes for an [out, in] matrix.
inline std::size_t panel_floats(std::size_t out, std::size_t in) {
  return (out + kPanelCols - 1) / kPanelCols * in * kPanelCols;
}

/// Packs W[o, i] = w[o * so + i * si] (o < out, i < in) into panels at `dst` (64-byte aligned,
/// panel_floats(out, in) floats), zero-padding the last panel. The strides let attention pack
/// K (so = row stride, si = 1) and V^T (so = 1, si = row stride) straight from the qkv matrix.
void pack_panels(const float* w, std::size_t out, std::size_t in, std::size_t so, std::size_t si,
                 float* dst);

/// y[r * ldy + o] = sum_i x[r * ldx + i] * W[o, i] + bias[o] for r < n, o < out, with W packed
/// by pack_panels(); `bias` is null (zero) or panel-padded. `isa` must not be portable.
void panel_gemm(FpIsa isa, const float* x, std::size_t ldx, std::size_t n, const float* panels,
                std::size_t in, std::size_t out, const float* bias, float* y, std::size_t ldy);

/// Weights repacked for the dispatched kernel (empty when the portable path is used).
struct PackedWeights {
  std::size_t out = 0, in = 0, panels = 0;
  std::unique_ptr<float[], void (*)(float*)> data{nullptr, nullptr};  // 64-byte aligned
  std::vector<float> bias;                                            // padded to panels * 32
  explicit operator bool() const { return data != nullptr; }
};

/// Packs W [out, in] (row-major) and b [out]; returns empty weights on the portable path.
PackedWeights pack_weights(const float* w, const float* b, std::size_t out, std::size_t in);

/// y [n, out] = x [n, in] W^T + b with packed weights (requires a non-empty `p`).
void packed_linear(const PackedWeights& p, const float* x, std::size_t n, float* y);

/// Vectorised row and element-wise kernels of one instruction set.
struct VecKernels {
  /// Row-wise softmax of scale * s (rows of `len`, `ld` apart), in place.
  void (*softmax_rows)(float* s, std::size_t rows, std::size_t len, std::size_t ld, float scale);
  /// Exact (erf) GELU in place; absolute error of the erf approximation <= 1.5e-7.
  void (*gelu)(float* x, std::size_t n);
  /// x = LayerNorm(x + r) * g + b over rows of h; r may be null.
  void (*add_layer_norm)(float* x, const float* r, std::size_t n, std::size_t h, const float* g,
                         const float* b, float eps);
  /// Per-row symmetric int8 quantisation (scale = max|x| / 127) into q + 128 bytes, rows `ld`
  /// bytes apart, padding 128; bit-identical to the portable code.
  void (*quantize_u8)(const float* x, std::size_t n, std::size_t in, std::uint8_t* xu,
                      std::size_t ld, float* xscale);
  /// The same quantisation into int16 rows `ld` values apart, padding 0.
  void (*quantize_s16)(const float* x, std::size_t n, std::size_t in, std::int16_t* xs,
                       std::size_t ld, float* xscale);
  /// Softmax numerators of scale * s for int8 attention: p = round(255 e^(scale (s - max))) in
  /// [0, 255] as bytes, rows `ldp` apart (padding 0); psum[r] = the row's sum of p, so the
  /// probabilities are p / psum. Rows of `len` floats `ld` apart, read only.
  void (*softmax_u8)(const float* s, std::size_t rows, std::size_t len, std::size_t ld, float scale,
                     std::uint8_t* p, std::size_t ldp, std::int32_t* psum);
  /// The same into int16 (the AVX2 int8 tiles' operand type).
  void (*softmax_s16)(const float* s, std::size_t rows, std::size_t len, std::size_t ld,
                      float scale, std::int16_t* p, std::size_t ldp, std::int32_t* psum);
};

/// The kernels for `isa`, or null for portable / an instruction set this CPU lacks.
const VecKernels* vec_kernels(FpIsa isa);

}  // namespace abusemon::detail
