// int8 linear layers with runtime CPU dispatch (internal).
//
// y[n, o] = (sum_i xq[n, i] * wq[o, i]) * xscale[n] * wscale[o] + bias[o], where each input row
// is quantized symmetrically on the fly (xscale = max|x| / 127) and weights per output row at
// load. Kernels: AVX-512 VNNI (vpdpbusd on x + 128, corrected by 128 * row_sum), AVX2
// (sign-extend to int16 + vpmaddwd), portable C++. All three give bit-identical int32 sums.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace abusemon::detail {

/// "avx512vnni", "avx2" or "portable": the kernel chosen for this CPU (fixed at first use).
/// ABUSEMON_INT8_KERNEL=portable|avx2|avx512vnni in the environment forces a (supported) one.
const char* int8_kernel_name();

void int8_linear(const float* x, std::size_t n, std::size_t in, const std::int8_t* wq,
                 const float* wscale, const std::int32_t* row_sum, const float* bias,
                 std::size_t out, float* y, std::int8_t* xq_scratch, float* xscale_scratch);

/// Weights repacked for the AVX-512 VNNI tile kernel: panels of 32 output columns, groups of 4
/// inputs per column ([panel][in/4][32][4] bytes), so one vpdpbusd does 4 MACs per column lane.
struct PackedInt8 {
  std::size_t out = 0, in = 0, in4 = 0, panels = 0;
  std::vector<std::int8_t> data;
  std::vector<float> scale, bias;  ///< padded to panels * 32
  std::vector<std::int32_t> corr;  ///< 128 * sum of the row's weights (undoes the +128 shift)
  explicit operator bool() const { return !data.empty(); }
};

/// Packs for the tile kernel; returns empty weights unless the CPU has AVX-512 VNNI (and the
/// kernel is not forced to another one).
PackedInt8 pack_int8(const std::int8_t* q, const float* scale, const std::int32_t* row_sum,
                     const float* bias, std::size_t out, std::size_t in);

/// y [n, out] = dequantized (quantize(x) . q^T) + b with packed weights. `xu` needs
/// n * in4 * 4 bytes, `xscale` n floats.
void int8_packed_linear(const PackedInt8& p, const float* x, std::size_t n, float* y,
                        std::uint8_t* xu, float* xscale);

}  // namespace abusemon::detail
