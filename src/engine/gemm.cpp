#include "gemm.hpp"

#include <immintrin.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace abusemon::detail {
namespace {

constexpr std::size_t kNR = 32;  // output columns per panel

enum class Isa { portable, avx2, avx512 };

Isa pick() {
  __builtin_cpu_init();
  const char* force = std::getenv("ABUSEMON_GEMM_KERNEL");
  bool avx512 = __builtin_cpu_supports("avx512f");
  bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  if (force && std::strcmp(force, "portable") == 0) return Isa::portable;
  if (force && std::strcmp(force, "avx2") == 0 && avx2) return Isa::avx2;
  if (avx512) return Isa::avx512;
  if (avx2) return Isa::avx2;
  return Isa::portable;
}

Isa isa() {
  static const Isa k = pick();
  return k;
}

void free_aligned(float* p) {
  std::free(p);
}

// One MR x 32 tile: acc = bias; for each i: acc[r] += x[r][i] * panel[i][0..32). Rows past `rows`
// are not computed (MR is a template parameter so the accumulators stay in registers).
template <int MR>
__attribute__((target("avx512f"))) void tile_avx512(const float* x, std::size_t ldx,
                                                    const float* panel, std::size_t in,
                                                    const float* bias, float* y, std::size_t ldy,
                                                    std::size_t cols) {
  __m512 acc[MR][2];
  const __m512 b0 = _mm512_loadu_ps(bias), b1 = _mm512_loadu_ps(bias + 16);
  for (int r = 0; r < MR; ++r) acc[r][0] = b0, acc[r][1] = b1;
  for (std::size_t i = 0; i < in; ++i) {
    const __m512 w0 = _mm512_load_ps(panel + i * kNR), w1 = _mm512_load_ps(panel + i * kNR + 16);
    for (int r = 0; r < MR; ++r) {
      const __m512 xv = _mm512_set1_ps(x[r * ldx + i]);
      acc[r][0] = _mm512_fmadd_ps(xv, w0, acc[r][0]);
      acc[r][1] = _mm512_fmadd_ps(xv, w1, acc[r][1]);
    }
  }
  if (cols == kNR) {
    for (int r = 0; r < MR; ++r) {
      _mm512_storeu_ps(y + r * ldy, acc[r][0]);
      _mm512_storeu_ps(y + r * ldy + 16, acc[r][1]);
    }
  } else {
    alignas(64) float tmp[kNR];
    for (int r = 0; r < MR; ++r) {
      _mm512_store_ps(tmp, acc[r][0]);
      _mm512_store_ps(tmp + 16, acc[r][1]);
      std::memcpy(y + r * ldy, tmp, cols * sizeof(float));
    }
  }
}

template <int MR>
__attribute__((target("avx2,fma"))) void tile_avx2(const float* x, std::size_t ldx,
                                                   const float* panel, std::size_t in,
                                                   const float* bias, float* y, std::size_t ldy,
                                                   std::size_t cols) {
  __m256 acc[MR][4];
  for (int c = 0; c < 4; ++c) {
    const __m256 b = _mm256_loadu_ps(bias + 8 * c);
    for (int r = 0; r < MR; ++r) acc[r][c] = b;
  }
  for (std::size_t i = 0; i < in; ++i) {
    const float* p = panel + i * kNR;
    const __m256 w0 = _mm256_load_ps(p), w1 = _mm256_load_ps(p + 8), w2 = _mm256_load_ps(p + 16),
                 w3 = _mm256_load_ps(p + 24);
    for (int r = 0; r < MR; ++r) {
      const __m256 xv = _mm256_broadcast_ss(x + r * ldx + i);
      acc[r][0] = _mm256_fmadd_ps(xv, w0, acc[r][0]);
      acc[r][1] = _mm256_fmadd_ps(xv, w1, acc[r][1]);
      acc[r][2] = _mm256_fmadd_ps(xv, w2, acc[r][2]);
      acc[r][3] = _mm256_fmadd_ps(xv, w3, acc[r][3]);
    }
  }
  alignas(32) float tmp[kNR];
  for (int r = 0; r < MR; ++r) {
    float* dst = cols == kNR ? y + r * ldy : tmp;
    for (int c = 0; c < 4; ++c) _mm256_storeu_ps(dst + 8 * c, acc[r][c]);
    if (cols != kNR) std::memcpy(y + r * ldy, tmp, cols * sizeof(float));
  }
}

using TileFn = void (*)(const float*, std::size_t, const float*, std::size_t, const float*, float*,
                        std::size_t, std::size_t);

// Row blocks of MR over all rows of one panel; the remainder uses smaller tiles.
template <int MR, class Tiles>
void run_panel(const Tiles& tiles, const float* x, std::size_t n, std::size_t in,
               const float* panel, const float* bias, float* y, std::size_t out, std::size_t cols) {
  std::size_t r = 0;
  for (; r + MR <= n; r += MR)
    tiles[MR - 1](x + r * in, in, panel, in, bias, y + r * out, out, cols);
  if (r < n) tiles[n - r - 1](x + r * in, in, panel, in, bias, y + r * out, out, cols);
}

}  // namespace

const char* gemm_kernel_name() {
  switch (isa()) {
    case Isa::avx512:
      return "avx512";
    case Isa::avx2:
      return "avx2";
    default:
      return "portable";
  }
}

PackedWeights pack_weights(const float* w, const float* b, std::size_t out, std::size_t in) {
  PackedWeights p;
  if (isa() == Isa::portable) return p;
  p.out = out;
  p.in = in;
  p.panels = (out + kNR - 1) / kNR;
  const std::size_t n = p.panels * in * kNR;
  void* mem = std::aligned_alloc(64, (n * sizeof(float) + 63) / 64 * 64);
  if (!mem) throw std::bad_alloc();
  p.data = std::unique_ptr<float[], void (*)(float*)>(static_cast<float*>(mem), free_aligned);
  float* d = p.data.get();
  std::fill(d, d + n, 0.0f);
  for (std::size_t o = 0; o < out; ++o) {
    float* panel = d + (o / kNR) * in * kNR;
    for (std::size_t i = 0; i < in; ++i) panel[i * kNR + o % kNR] = w[o * in + i];
  }
  p.bias.assign(p.panels * kNR, 0.0f);
  std::copy(b, b + out, p.bias.begin());
  return p;
}

void packed_linear(const PackedWeights& p, const float* x, std::size_t n, float* y) {
  const std::size_t in = p.in, out = p.out;
  if (isa() == Isa::avx512) {
    static constexpr TileFn tiles[6] = {tile_avx512<1>, tile_avx512<2>, tile_avx512<3>,
                                        tile_avx512<4>, tile_avx512<5>, tile_avx512<6>};
    for (std::size_t q = 0; q < p.panels; ++q)
      run_panel<6>(tiles, x, n, in, p.data.get() + q * in * kNR, p.bias.data() + q * kNR,
                   y + q * kNR, out, std::min(kNR, out - q * kNR));
  } else {
    static constexpr TileFn tiles[3] = {tile_avx2<1>, tile_avx2<2>, tile_avx2<3>};
    for (std::size_t q = 0; q < p.panels; ++q)
      run_panel<3>(tiles, x, n, in, p.data.get() + q * in * kNR, p.bias.data() + q * kNR,
                   y + q * kNR, out, std::min(kNR, out - q * kNR));
  }
}

}  // namespace abusemon::detail
