// Indirect GEMM for convolutions on channels-last feature maps (internal; the image engine's
// dense convolutions and linear layers). No im2col: output row r reads its K = nseg * seglen
// inputs straight from the feature map, segment s being the seglen contiguous floats at
// rows[r] + seg[s]. On a zero-padded channels-last map a kh x kw convolution is kh segments of
// kw * C floats (one per kernel row), whatever the stride; a 1x1 stride-1 convolution or a
// linear layer is one segment per row. The epilogue adds the bias and an optional residual
// and applies ReLU while the tile is in registers (ResNet's conv + add + relu in one pass).
// Weights are the panels of pack_panels() (gemm.hpp) in (segment, element) order.
#pragma once

#include <cstddef>

#include "engine/gemm.hpp"

namespace abusemon::detail {

/// One convolution / linear layer as an indirect GEMM.
struct ConvGemm {
  const float* const* rows = nullptr;   ///< n row base pointers
  std::size_t n = 0;                    ///< output rows
  const std::ptrdiff_t* seg = nullptr;  ///< nseg offsets (in floats) added to every row pointer
  std::size_t nseg = 1, seglen = 0;     ///< K = nseg * seglen
  const float* panels = nullptr;        ///< pack_panels() of W [out, K]
  std::size_t out = 0;
  const float* bias = nullptr;  ///< panel-padded bias (PackedWeights::bias)
  const float* res = nullptr;   ///< null, or [n, ldy] added to the result before the ReLU
  bool relu = false;
  float* y = nullptr;  ///< [n, ldy] output, columns [0, out)
  std::size_t ldy = 0;
};

/// Runs `g` with the AVX-512 or AVX2 tiles (`isa` must not be portable). Every output is summed
/// in K order starting from its bias.
void conv_gemm(FpIsa isa, const ConvGemm& g);

}  // namespace abusemon::detail
