#include "gemm.hpp"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>

#include "core/enum_names.hpp"

namespace abusemon::detail {
namespace {

constexpr std::size_t kNR = kPanelCols;
alignas(64) constexpr float kZeroBias[kNR] = {};

bool cpu_has(FpIsa isa) {
  __builtin_cpu_init();
  switch (isa) {
    case FpIsa::avx512:
      return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
             __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl");
    case FpIsa::avx2:
      return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    default:
      return true;
  }
}

constexpr detail::EnumNames<FpIsa, 3> kFpIsaNames{{"portable", "avx2", "avx512"}, "portable"};

FpIsa pick() {
  // ABUSEMON_GEMM_KERNEL forces a smaller kernel (portable, or avx2 where the CPU has it).
  const char* force = std::getenv("ABUSEMON_GEMM_KERNEL");
  const auto forced = force != nullptr ? kFpIsaNames.parse(force) : std::nullopt;
  if (forced == FpIsa::portable) return FpIsa::portable;
  if (forced == FpIsa::avx2 && cpu_has(FpIsa::avx2)) return FpIsa::avx2;
  if (cpu_has(FpIsa::avx512)) return FpIsa::avx512;
  if (cpu_has(FpIsa::avx2)) return FpIsa::avx2;
  return FpIsa::portable;
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

// One MR x 32 tile as two MR x 16 halves: 2 MR accumulators + 2 panel vectors + 1 broadcast fit
// the 16 ymm registers at MR = 6 (a full 32-column tile would need 4 MR + 5 and spill). Each
// half reads its own 64-byte line of every 128-byte panel row, so the panel is still read once
// per tile; the x rows of the second half come back from L1/L2.
template <int MR>
__attribute__((target("avx2,fma"))) void tile_avx2(const float* x, std::size_t ldx,
                                                   const float* panel, std::size_t in,
                                                   const float* bias, float* y, std::size_t ldy,
                                                   std::size_t cols) {
  for (std::size_t h = 0; h < kNR; h += 16) {
    if (h >= cols) break;
    __m256 acc[MR][2];
    const __m256 b0 = _mm256_loadu_ps(bias + h), b1 = _mm256_loadu_ps(bias + h + 8);
    for (int r = 0; r < MR; ++r) acc[r][0] = b0, acc[r][1] = b1;
    const float* p = panel + h;
    std::size_t i = 0;
    // Unrolled by 2 (same order of additions per accumulator as the plain loop).
    for (; i + 2 <= in; i += 2, p += 2 * kNR) {
      const __m256 w0 = _mm256_load_ps(p), w1 = _mm256_load_ps(p + 8);
      for (int r = 0; r < MR; ++r) {
        const __m256 xv = _mm256_broadcast_ss(x + r * ldx + i);
        acc[r][0] = _mm256_fmadd_ps(xv, w0, acc[r][0]);
        acc[r][1] = _mm256_fmadd_ps(xv, w1, acc[r][1]);
      }
      const __m256 v0 = _mm256_load_ps(p + kNR), v1 = _mm256_load_ps(p + kNR + 8);
      for (int r = 0; r < MR; ++r) {
        const __m256 xv = _mm256_broadcast_ss(x + r * ldx + i + 1);
        acc[r][0] = _mm256_fmadd_ps(xv, v0, acc[r][0]);
        acc[r][1] = _mm256_fmadd_ps(xv, v1, acc[r][1]);
      }
    }
    if (i < in) {
      const __m256 w0 = _mm256_load_ps(p), w1 = _mm256_load_ps(p + 8);
      for (int r = 0; r < MR; ++r) {
        const __m256 xv = _mm256_broadcast_ss(x + r * ldx + i);
        acc[r][0] = _mm256_fmadd_ps(xv, w0, acc[r][0]);
        acc[r][1] = _mm256_fmadd_ps(xv, w1, acc[r][1]);
      }
    }
    const std::size_t c = std::min<std::size_t>(16, cols - h);
    alignas(32) float tmp[16];
    for (int r = 0; r < MR; ++r) {
      float* dst = c == 16 ? y + r * ldy + h : tmp;
      _mm256_storeu_ps(dst, acc[r][0]);
      _mm256_storeu_ps(dst + 8, acc[r][1]);
      if (c != 16) std::memcpy(y + r * ldy + h, tmp, c * sizeof(float));
    }
  }
}

using TileFn = void (*)(const float*, std::size_t, const float*, std::size_t, const float*, float*,
                        std::size_t, std::size_t);

// All panels over all rows: row blocks of MR (the remainder uses a smaller tile). Panels are the
// outer loop so one panel stays in L1/L2 while the rows stream past it.
template <int MR>
void run_tiles(const TileFn (&tiles)[MR], const float* x, std::size_t ldx, std::size_t n,
               const float* panels, std::size_t in, std::size_t out, const float* bias, float* y,
               std::size_t ldy) {
  const std::size_t np = (out + kNR - 1) / kNR;
  for (std::size_t q = 0; q < np; ++q) {
    const float* panel = panels + q * in * kNR;
    const float* b = bias ? bias + q * kNR : kZeroBias;
    const std::size_t cols = std::min(kNR, out - q * kNR);
    std::size_t r = 0;
    for (; r + MR <= n; r += MR)
      tiles[MR - 1](x + r * ldx, ldx, panel, in, b, y + r * ldy + q * kNR, ldy, cols);
    if (r < n) tiles[n - r - 1](x + r * ldx, ldx, panel, in, b, y + r * ldy + q * kNR, ldy, cols);
  }
}

constexpr TileFn kTiles512[6] = {tile_avx512<1>, tile_avx512<2>, tile_avx512<3>,
                                 tile_avx512<4>, tile_avx512<5>, tile_avx512<6>};
constexpr TileFn kTiles256[6] = {tile_avx2<1>, tile_avx2<2>, tile_avx2<3>,
                                 tile_avx2<4>, tile_avx2<5>, tile_avx2<6>};

}  // namespace

FpIsa fp_isa() {
  static const FpIsa k = pick();
  return k;
}

bool fp_isa_supported(FpIsa isa) {
  return cpu_has(isa);
}

const char* gemm_kernel_name() {
  return kFpIsaNames.name(fp_isa()).data();  // the names are literals: NUL-terminated
}

void pack_panels(const float* w, std::size_t out, std::size_t in, std::size_t so, std::size_t si,
                 float* dst) {
  const std::size_t np = (out + kNR - 1) / kNR;
  for (std::size_t q = 0; q < np; ++q) {
    float* panel = dst + q * in * kNR;
    const std::size_t cols = std::min(kNR, out - q * kNR);
    if (cols < kNR) std::fill(panel, panel + in * kNR, 0.0f);
    if (so == 1) {  // rows of the panel are contiguous in the source
      for (std::size_t i = 0; i < in; ++i)
        std::memcpy(panel + i * kNR, w + q * kNR + i * si, cols * sizeof(float));
    } else if (si == 1) {  // columns are: a transpose, read row by row
      for (std::size_t c = 0; c < cols; ++c) {
        const float* s = w + (q * kNR + c) * so;
        for (std::size_t i = 0; i < in; ++i) panel[i * kNR + c] = s[i];
      }
    } else {
      for (std::size_t i = 0; i < in; ++i)
        for (std::size_t c = 0; c < cols; ++c) panel[i * kNR + c] = w[(q * kNR + c) * so + i * si];
    }
  }
}

void panel_gemm(FpIsa isa, const float* x, std::size_t ldx, std::size_t n, const float* panels,
                std::size_t in, std::size_t out, const float* bias, float* y, std::size_t ldy) {
  if (isa == FpIsa::avx512)
    run_tiles(kTiles512, x, ldx, n, panels, in, out, bias, y, ldy);
  else
    run_tiles(kTiles256, x, ldx, n, panels, in, out, bias, y, ldy);
}

PackedWeights pack_weights(const float* w, const float* b, std::size_t out, std::size_t in) {
  PackedWeights p;
  if (fp_isa() == FpIsa::portable) return p;
  p.out = out;
  p.in = in;
  p.panels = (out + kNR - 1) / kNR;
  const std::size_t n = panel_floats(out, in);
  void* mem = std::aligned_alloc(64, (n * sizeof(float) + 63) / 64 * 64);
  if (!mem) throw std::bad_alloc();
  p.data = std::unique_ptr<float[], void (*)(float*)>(static_cast<float*>(mem), free_aligned);
  pack_panels(w, out, in, in, 1, p.data.get());
  p.bias.assign(p.panels * kNR, 0.0f);
  std::copy(b, b + out, p.bias.begin());
  return p;
}

void packed_linear(const PackedWeights& p, const float* x, std::size_t n, float* y) {
  panel_gemm(fp_isa(), x, p.in, n, p.data.get(), p.in, p.out, p.bias.data(), y, p.out);
}

// The vector kernels, once per instruction set (see vec_kernels.inc for why this way).
#pragma GCC push_options
#pragma GCC target("avx512f,avx512dq,avx512bw,avx512vl,fma")
namespace avx512k {
#define AM_VW 16
#include "vec_kernels.inc"
#undef AM_VW
}  // namespace avx512k
#pragma GCC pop_options

#pragma GCC push_options
#pragma GCC target("avx2,fma")
namespace avx2k {
#define AM_VW 8
#include "vec_kernels.inc"
#undef AM_VW
}  // namespace avx2k
#pragma GCC pop_options

const VecKernels* vec_kernels(FpIsa isa) {
  static const VecKernels k512 = {avx512k::softmax_rows,
                                  avx512k::gelu,
                                  avx512k::add_layer_norm,
                                  avx512k::quantize_u8,
                                  avx512k::quantize_s16,
                                  avx512k::softmax_q<std::uint8_t, avx512k::VB>,
                                  avx512k::softmax_q<std::int16_t, avx512k::VS>};
  static const VecKernels k256 = {avx2k::softmax_rows,
                                  avx2k::gelu,
                                  avx2k::add_layer_norm,
                                  avx2k::quantize_u8,
                                  avx2k::quantize_s16,
                                  avx2k::softmax_q<std::uint8_t, avx2k::VB>,
                                  avx2k::softmax_q<std::int16_t, avx2k::VS>};
  if (isa == FpIsa::portable || !cpu_has(isa)) return nullptr;
  return isa == FpIsa::avx512 ? &k512 : &k256;
}

}  // namespace abusemon::detail
