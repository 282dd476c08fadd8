// fp32 linear layers with runtime CPU dispatch (internal).
//
// y[n, o] = sum_i x[n, i] * W[o, i] + b[o]. Weights are repacked once at load into panels of 32
// output columns ([panel][in][32], zero-padded), so the micro-kernel streams one panel with
// vector loads while broadcasting inputs: AVX-512F (6 x 32 tile) or AVX2+FMA (3 x 32 tile).
// Without either, Eigen's portable GEMM runs on the original [out, in] weights. The library is
// built for baseline x86-64, so these kernels are the only code using wider instructions, and
// only after the CPU check.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace abusemon::detail {

/// Weights repacked for the dispatched kernel (empty when the portable path is used).
struct PackedWeights {
  std::size_t out = 0, in = 0, panels = 0;
  std::unique_ptr<float[], void (*)(float*)> data{nullptr, nullptr};  // 64-byte aligned
  std::vector<float> bias;                                            // padded to panels * 32
  explicit operator bool() const { return data != nullptr; }
};

/// "avx512", "avx2" or "portable": the fp32 kernel for this CPU. ABUSEMON_GEMM_KERNEL=portable
/// (or avx2) in the environment forces a slower one, for comparisons.
const char* gemm_kernel_name();

/// Packs W [out, in] (row-major) and b [out]; returns empty weights on the portable path.
PackedWeights pack_weights(const float* w, const float* b, std::size_t out, std::size_t in);

/// y [n, out] = x [n, in] W^T + b with packed weights (requires a non-empty `p`).
void packed_linear(const PackedWeights& p, const float* x, std::size_t n, float* y);

}  // namespace abusemon::detail
