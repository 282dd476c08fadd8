#include "engine/conv_gemm.hpp"

#include <immintrin.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace abusemon::detail {
namespace {

constexpr std::size_t kNR = kPanelCols;

// Cache lines the epilogue will read (residual) and write (output): fetched before the K loop,
// which takes longer than a trip to L3.
template <int MR>
inline void prefetch_rows(const ConvGemm& g, std::size_t r0, std::size_t c0) {
  for (int r = 0; r < MR; ++r) {
    const std::size_t at = (r0 + static_cast<std::size_t>(r)) * g.ldy + c0;
    if (g.res) __builtin_prefetch(g.res + at), __builtin_prefetch(g.res + at + 16);
    __builtin_prefetch(g.y + at, 1), __builtin_prefetch(g.y + at + 16, 1);
  }
}

// One MR x 32 tile of output rows r0.. and panel q: 2 MR accumulators (24 of the 32 zmm
// registers at MR = 12), two panel vectors and one broadcast per step. `pf` is the part of the
// next panel (one cache line per step) this tile pulls into L2: a panel read by few tiles
// would otherwise come from L3 at the speed of the first tile.
template <int MR>
__attribute__((target("avx512f"))) void tile_avx512(const ConvGemm& g, std::size_t r0,
                                                    std::size_t q, const float* pf) {
  const std::size_t k = g.nseg * g.seglen, seglen = g.seglen, c0 = q * kNR;
  const std::size_t cols = std::min(kNR, g.out - c0);
  const float* w = g.panels + q * k * kNR;
  __m512 acc[MR][2];
  const __m512 b0 = _mm512_loadu_ps(g.bias + c0), b1 = _mm512_loadu_ps(g.bias + c0 + 16);
  for (int r = 0; r < MR; ++r) acc[r][0] = b0, acc[r][1] = b1;
  prefetch_rows<MR>(g, r0, c0);
  for (std::size_t s = 0; s < g.nseg; ++s) {
    const float* p[MR];
    for (int r = 0; r < MR; ++r) p[r] = g.rows[r0 + static_cast<std::size_t>(r)] + g.seg[s];
    for (std::size_t i = 0; i < seglen; ++i, w += kNR, pf += 16) {
      _mm_prefetch(reinterpret_cast<const char*>(pf), _MM_HINT_T1);
      const __m512 w0 = _mm512_load_ps(w), w1 = _mm512_load_ps(w + 16);
      for (int r = 0; r < MR; ++r) {
        const __m512 xv = _mm512_set1_ps(p[r][i]);
        acc[r][0] = _mm512_fmadd_ps(xv, w0, acc[r][0]);
        acc[r][1] = _mm512_fmadd_ps(xv, w1, acc[r][1]);
      }
    }
  }
  const __mmask16 m0 = cols >= 16 ? 0xFFFF : static_cast<__mmask16>((1u << cols) - 1);
  const __mmask16 m1 = cols >= 32   ? 0xFFFF
                       : cols <= 16 ? 0
                                    : static_cast<__mmask16>((1u << (cols - 16)) - 1);
  const __m512 zero = _mm512_setzero_ps();
  for (int r = 0; r < MR; ++r) {
    const std::size_t at = (r0 + static_cast<std::size_t>(r)) * g.ldy + c0;
    __m512 v0 = acc[r][0], v1 = acc[r][1];
    if (g.res) {
      v0 = _mm512_add_ps(v0, _mm512_maskz_loadu_ps(m0, g.res + at));
      v1 = _mm512_add_ps(v1, _mm512_maskz_loadu_ps(m1, g.res + at + 16));
    }
    if (g.relu)  // mask_max: plain max_ps reads an "undefined" register GCC 12 warns about
      v0 = _mm512_mask_max_ps(v0, 0xFFFF, v0, zero), v1 = _mm512_mask_max_ps(v1, 0xFFFF, v1, zero);
    _mm512_mask_storeu_ps(g.y + at, m0, v0);
    _mm512_mask_storeu_ps(g.y + at + 16, m1, v1);
  }
}

// AVX2: the MR x 32 tile as two MR x 16 halves (2 MR accumulators + 2 panel vectors + 1
// broadcast fit the 16 ymm registers at MR = 6); each half reads its own 64-byte line of every
// 128-byte panel row.
template <int MR>
__attribute__((target("avx2,fma"))) void tile_avx2(const ConvGemm& g, std::size_t r0, std::size_t q,
                                                   const float* pf) {
  const std::size_t k = g.nseg * g.seglen, seglen = g.seglen, c0 = q * kNR;
  const std::size_t cols = std::min(kNR, g.out - c0);
  prefetch_rows<MR>(g, r0, c0);
  for (std::size_t h = 0; h < cols; h += 16) {
    const float* w = g.panels + q * k * kNR + h;
    __m256 acc[MR][2];
    const __m256 b0 = _mm256_loadu_ps(g.bias + c0 + h), b1 = _mm256_loadu_ps(g.bias + c0 + h + 8);
    for (int r = 0; r < MR; ++r) acc[r][0] = b0, acc[r][1] = b1;
    for (std::size_t s = 0; s < g.nseg; ++s) {
      const float* p[MR];
      for (int r = 0; r < MR; ++r) p[r] = g.rows[r0 + static_cast<std::size_t>(r)] + g.seg[s];
      for (std::size_t i = 0; i < seglen; ++i, w += kNR) {
        if (h == 0) _mm_prefetch(reinterpret_cast<const char*>(pf), _MM_HINT_T1), pf += 16;
        const __m256 w0 = _mm256_load_ps(w), w1 = _mm256_load_ps(w + 8);
        for (int r = 0; r < MR; ++r) {
          const __m256 xv = _mm256_broadcast_ss(p[r] + i);
          acc[r][0] = _mm256_fmadd_ps(xv, w0, acc[r][0]);
          acc[r][1] = _mm256_fmadd_ps(xv, w1, acc[r][1]);
        }
      }
    }
    const std::size_t c = std::min<std::size_t>(16, cols - h);
    const __m256 zero = _mm256_setzero_ps();
    alignas(32) float tmp[16];
    for (int r = 0; r < MR; ++r) {
      const std::size_t at = (r0 + static_cast<std::size_t>(r)) * g.ldy + c0 + h;
      __m256 v0 = acc[r][0], v1 = acc[r][1];
      if (g.res) {
        const float* rs = g.res + at;
        if (c != 16) rs = static_cast<const float*>(std::memcpy(tmp, rs, c * sizeof(float)));
        v0 = _mm256_add_ps(v0, _mm256_loadu_ps(rs));
        v1 = _mm256_add_ps(v1, _mm256_loadu_ps(rs + 8));
      }
      if (g.relu) v0 = _mm256_max_ps(v0, zero), v1 = _mm256_max_ps(v1, zero);
      float* dst = c == 16 ? g.y + at : tmp;
      _mm256_storeu_ps(dst, v0);
      _mm256_storeu_ps(dst + 8, v1);
      if (c != 16) std::memcpy(g.y + at, tmp, c * sizeof(float));
    }
  }
}

using TileFn = void (*)(const ConvGemm&, std::size_t, std::size_t, const float*);

template <int... R>
constexpr auto tiles512(std::integer_sequence<int, R...>) {
  return std::array<TileFn, sizeof...(R)>{tile_avx512<R + 1>...};
}
template <int... R>
constexpr auto tiles256(std::integer_sequence<int, R...>) {
  return std::array<TileFn, sizeof...(R)>{tile_avx2<R + 1>...};
}

// Rows in blocks small enough to stay in L2 while every panel passes over them; within a block
// one panel at a time over all of its tiles, the rows split evenly into tiles of at most MR.
// The first two tiles of a panel prefetch the next panel (each half of it).
template <std::size_t MR>
void run(const std::array<TileFn, MR>& tiles, const ConvGemm& g) {
  const std::size_t k = g.nseg * g.seglen;
  const std::size_t block =
      std::max<std::size_t>(2 * MR, (512 * 1024 / (k * sizeof(float) + 1)) / MR * MR);
  const std::size_t np = (g.out + kNR - 1) / kNR;
  for (std::size_t r = 0; r < g.n; r += block) {
    const std::size_t end = std::min(g.n, r + block);
    const std::size_t count = (end - r + MR - 1) / MR, base = (end - r) / count;
    const std::size_t extra = (end - r) % count;  // the first `extra` tiles get one more row
    for (std::size_t q = 0; q < np; ++q) {
      const float* panel = g.panels + q * k * kNR;
      const float* next = q + 1 < np ? panel + k * kNR : end < g.n ? g.panels : panel;
      std::size_t t = r;
      for (std::size_t j = 0; j < count; ++j) {
        const std::size_t m = base + (j < extra ? 1 : 0);
        tiles[m - 1](g, t, q, j < 2 && next != panel ? next + j * k * 16 : panel);
        t += m;
      }
    }
  }
}

}  // namespace

void conv_gemm(FpIsa isa, const ConvGemm& g) {
  static constexpr auto k512 = tiles512(std::make_integer_sequence<int, 12>());
  static constexpr auto k256 = tiles256(std::make_integer_sequence<int, 6>());
  if (g.n == 0 || g.out == 0) return;
  if (isa == FpIsa::avx512)
    run(k512, g);
  else
    run(k256, g);
}

}  // namespace abusemon::detail
