#include "int8_kernels.hpp"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "gemm.hpp"

namespace abusemon::detail {
namespace {

constexpr std::size_t kNR = 32;

bool cpu_has(Int8Tile t) {
  __builtin_cpu_init();
  switch (t) {
    case Int8Tile::vnni:
      return __builtin_cpu_supports("avx512vnni") && __builtin_cpu_supports("avx512bw") &&
             __builtin_cpu_supports("avx512f");
    case Int8Tile::avx2:
      return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    default:
      return true;
  }
}

Int8Tile pick() {
  const char* force = std::getenv("ABUSEMON_INT8_KERNEL");
  if (force && std::strcmp(force, "portable") == 0) return Int8Tile::none;
  if (force && std::strcmp(force, "avx2") == 0 && cpu_has(Int8Tile::avx2)) return Int8Tile::avx2;
  if (cpu_has(Int8Tile::vnni)) return Int8Tile::vnni;
  if (cpu_has(Int8Tile::avx2)) return Int8Tile::avx2;
  return Int8Tile::none;
}

// The portable per-row quantisation (the vector kernels in gemm.cpp reproduce it bit for bit).
float quantize_row(const float* xr, std::size_t in, float* inv_out) {
  float m = 0;
  for (std::size_t i = 0; i < in; ++i) m = std::max(m, std::fabs(xr[i]));
  const float s = m > 0 ? m / 127.0f : 1.0f;
  *inv_out = 1.0f / s;
  return s;
}

inline long quant(float v, float inv) {
  return std::lrintf(std::clamp(v * inv, -127.0f, 127.0f));
}

// int32 → float; the masked form avoids GCC 12's false -Wuninitialized on _mm512_undefined_ps.
__attribute__((target("avx512f"))) inline __m512 to_float(__m512i v) {
  return _mm512_mask_cvtepi32_ps(_mm512_setzero_ps(), 0xFFFF, v);
}

// One MR x 32 VNNI tile over all input groups; epilogue dequantizes and adds the bias.
template <int MR>
__attribute__((target("avx512f,avx512bw,avx512vnni,fma"))) void tile_vnni(
    const std::uint8_t* xu, std::size_t ldx, const float* xscale, const std::int8_t* panel,
    std::size_t in4, const float* wscale, const std::int32_t* corr, const float* bias, float* y,
    std::size_t ldy, std::size_t cols) {
  __m512i acc[MR][2];
  for (int r = 0; r < MR; ++r) acc[r][0] = acc[r][1] = _mm512_setzero_si512();
  for (std::size_t k = 0; k < in4; ++k) {
    const __m512i w0 = _mm512_loadu_si512(panel + k * kNR * 4);
    const __m512i w1 = _mm512_loadu_si512(panel + k * kNR * 4 + 64);
    for (int r = 0; r < MR; ++r) {
      std::int32_t quad;
      std::memcpy(&quad, xu + r * ldx + 4 * k, 4);
      const __m512i xv = _mm512_set1_epi32(quad);
      acc[r][0] = _mm512_dpbusd_epi32(acc[r][0], xv, w0);
      acc[r][1] = _mm512_dpbusd_epi32(acc[r][1], xv, w1);
    }
  }
  const __m512i c0 = _mm512_loadu_si512(corr), c1 = _mm512_loadu_si512(corr + 16);
  const __m512 s0 = _mm512_loadu_ps(wscale), s1 = _mm512_loadu_ps(wscale + 16);
  const __m512 b0 = _mm512_loadu_ps(bias), b1 = _mm512_loadu_ps(bias + 16);
  alignas(64) float tmp[kNR];
  for (int r = 0; r < MR; ++r) {
    const __m512 xs = _mm512_set1_ps(xscale[r]);
    __m512 v0 = to_float(_mm512_sub_epi32(acc[r][0], c0));
    __m512 v1 = to_float(_mm512_sub_epi32(acc[r][1], c1));
    v0 = _mm512_fmadd_ps(_mm512_mul_ps(v0, xs), s0, b0);
    v1 = _mm512_fmadd_ps(_mm512_mul_ps(v1, xs), s1, b1);
    float* dst = cols == kNR ? y + r * ldy : tmp;
    _mm512_storeu_ps(dst, v0);
    _mm512_storeu_ps(dst + 16, v1);
    if (cols != kNR) std::memcpy(y + r * ldy, tmp, cols * sizeof(float));
  }
}

// One MR x 32 AVX2 tile: int16 pairs of inputs broadcast against int16 pairs of weights,
// vpmaddwd (exact: |product| <= 127^2) and int32 adds; same epilogue arithmetic as VNNI.
template <int MR>
__attribute__((target("avx2,fma"))) void tile_avx2(const std::int16_t* xs, std::size_t ldx,
                                                   const float* xscale, const std::int16_t* panel,
                                                   std::size_t in2, const float* wscale,
                                                   const float* bias, float* y, std::size_t ldy,
                                                   std::size_t cols) {
  __m256i acc[MR][4];
  for (int r = 0; r < MR; ++r)
    for (int c = 0; c < 4; ++c) acc[r][c] = _mm256_setzero_si256();
  for (std::size_t k = 0; k < in2; ++k) {
    const auto* p = reinterpret_cast<const __m256i*>(panel + k * kNR * 2);
    const __m256i w0 = _mm256_loadu_si256(p), w1 = _mm256_loadu_si256(p + 1),
                  w2 = _mm256_loadu_si256(p + 2), w3 = _mm256_loadu_si256(p + 3);
    for (int r = 0; r < MR; ++r) {
      std::int32_t pair;
      std::memcpy(&pair, xs + r * ldx + 2 * k, 4);
      const __m256i xv = _mm256_set1_epi32(pair);
      acc[r][0] = _mm256_add_epi32(acc[r][0], _mm256_madd_epi16(xv, w0));
      acc[r][1] = _mm256_add_epi32(acc[r][1], _mm256_madd_epi16(xv, w1));
      acc[r][2] = _mm256_add_epi32(acc[r][2], _mm256_madd_epi16(xv, w2));
      acc[r][3] = _mm256_add_epi32(acc[r][3], _mm256_madd_epi16(xv, w3));
    }
  }
  alignas(32) float tmp[kNR];
  for (int r = 0; r < MR; ++r) {
    const __m256 x = _mm256_set1_ps(xscale[r]);
    float* dst = cols == kNR ? y + r * ldy : tmp;
    for (int c = 0; c < 4; ++c) {
      const __m256 v = _mm256_cvtepi32_ps(acc[r][c]);
      _mm256_storeu_ps(dst + 8 * c,
                       _mm256_fmadd_ps(_mm256_mul_ps(v, x), _mm256_loadu_ps(wscale + 8 * c),
                                       _mm256_loadu_ps(bias + 8 * c)));
    }
    if (cols != kNR) std::memcpy(y + r * ldy, tmp, cols * sizeof(float));
  }
}

using VnniFn = void (*)(const std::uint8_t*, std::size_t, const float*, const std::int8_t*,
                        std::size_t, const float*, const std::int32_t*, const float*, float*,
                        std::size_t, std::size_t);
using Avx2Fn = void (*)(const std::int16_t*, std::size_t, const float*, const std::int16_t*,
                        std::size_t, const float*, const float*, float*, std::size_t, std::size_t);

constexpr VnniFn kVnni[6] = {tile_vnni<1>, tile_vnni<2>, tile_vnni<3>,
                             tile_vnni<4>, tile_vnni<5>, tile_vnni<6>};
constexpr Avx2Fn kAvx2[3] = {tile_avx2<1>, tile_avx2<2>, tile_avx2<3>};

}  // namespace

Int8Tile int8_tile() {
  static const Int8Tile k = pick();
  return k;
}

bool int8_tile_supported(Int8Tile t) {
  return cpu_has(t);
}

const char* int8_kernel_name() {
  switch (int8_tile()) {
    case Int8Tile::vnni:
      return "avx512vnni";
    case Int8Tile::avx2:
      return "avx2";
    default:
      return "portable";
  }
}

PackedInt8 pack_int8(const std::int8_t* q, const float* scale, const std::int32_t* row_sum,
                     const float* bias, std::size_t out, std::size_t in) {
  return pack_int8(q, scale, row_sum, bias, out, in, int8_tile());
}

PackedInt8 pack_int8(const std::int8_t* q, const float* scale, const std::int32_t* row_sum,
                     const float* bias, std::size_t out, std::size_t in, Int8Tile tile) {
  PackedInt8 p;
  if (tile == Int8Tile::none) return p;
  p.tile = tile;
  p.out = out;
  p.in = in;
  p.group = tile == Int8Tile::vnni ? 4 : 2;
  p.ing = (in + p.group - 1) / p.group * p.group;
  p.panels = (out + kNR - 1) / kNR;
  const std::size_t g = p.group, panel_size = p.ing * kNR;
  if (tile == Int8Tile::vnni)
    p.data.assign(p.panels * panel_size, 0);
  else
    p.data16.assign(p.panels * panel_size, 0);
  p.scale.assign(p.panels * kNR, 0.0f);
  p.bias.assign(p.panels * kNR, 0.0f);
  p.corr.assign(p.panels * kNR, 0);
  for (std::size_t o = 0; o < out; ++o) {
    const std::size_t base = (o / kNR) * panel_size + (o % kNR) * g;
    for (std::size_t i = 0; i < in; ++i) {
      const std::size_t at = base + (i / g) * kNR * g + i % g;
      if (tile == Int8Tile::vnni)
        p.data[at] = q[o * in + i];
      else
        p.data16[at] = q[o * in + i];
    }
    p.scale[o] = scale[o];
    p.bias[o] = bias[o];
    p.corr[o] = 128 * row_sum[o];
  }
  return p;
}

void int8_packed_linear(const PackedInt8& p, const float* x, std::size_t n, float* y, void* scratch,
                        float* xscale) {
  const std::size_t in = p.in, ld = p.ing;
  const VecKernels* vk = vec_kernels(fp_isa());
  if (p.tile == Int8Tile::vnni) {
    auto* xu = static_cast<std::uint8_t*>(scratch);
    if (vk) {
      vk->quantize_u8(x, n, in, xu, ld, xscale);
    } else {
      for (std::size_t r = 0; r < n; ++r) {
        float inv;
        xscale[r] = quantize_row(x + r * in, in, &inv);
        for (std::size_t i = 0; i < in; ++i)
          xu[r * ld + i] = static_cast<std::uint8_t>(128 + quant(x[r * in + i], inv));
        std::fill(xu + r * ld + in, xu + (r + 1) * ld, std::uint8_t{128});
      }
    }
    for (std::size_t q = 0; q < p.panels; ++q) {
      const std::size_t cols = std::min(kNR, p.out - q * kNR), o = q * kNR;
      const std::int8_t* panel = p.data.data() + q * ld * kNR;
      std::size_t r = 0;
      for (; r + 6 <= n; r += 6)
        kVnni[5](xu + r * ld, ld, xscale + r, panel, ld / 4, p.scale.data() + o, p.corr.data() + o,
                 p.bias.data() + o, y + r * p.out + o, p.out, cols);
      if (r < n)
        kVnni[n - r - 1](xu + r * ld, ld, xscale + r, panel, ld / 4, p.scale.data() + o,
                         p.corr.data() + o, p.bias.data() + o, y + r * p.out + o, p.out, cols);
    }
    return;
  }
  auto* xs = static_cast<std::int16_t*>(scratch);
  if (vk) {
    vk->quantize_s16(x, n, in, xs, ld, xscale);
  } else {
    for (std::size_t r = 0; r < n; ++r) {
      float inv;
      xscale[r] = quantize_row(x + r * in, in, &inv);
      for (std::size_t i = 0; i < in; ++i)
        xs[r * ld + i] = static_cast<std::int16_t>(quant(x[r * in + i], inv));
      std::fill(xs + r * ld + in, xs + (r + 1) * ld, std::int16_t{0});
    }
  }
  for (std::size_t q = 0; q < p.panels; ++q) {
    const std::size_t cols = std::min(kNR, p.out - q * kNR), o = q * kNR;
    const std::int16_t* panel = p.data16.data() + q * ld * kNR;
    std::size_t r = 0;
    for (; r + 3 <= n; r += 3)
      kAvx2[2](xs + r * ld, ld, xscale + r, panel, ld / 2, p.scale.data() + o, p.bias.data() + o,
               y + r * p.out + o, p.out, cols);
    if (r < n)
      kAvx2[n - r - 1](xs + r * ld, ld, xscale + r, panel, ld / 2, p.scale.data() + o,
                       p.bias.data() + o, y + r * p.out + o, p.out, cols);
  }
}

void int8_linear(const float* x, std::size_t n, std::size_t in, const std::int8_t* wq,
                 const float* wscale, const std::int32_t*, const float* bias, std::size_t out,
                 float* y, std::int8_t* xq, float* xscale) {
  for (std::size_t r = 0; r < n; ++r) {
    float inv;
    xscale[r] = quantize_row(x + r * in, in, &inv);
    for (std::size_t i = 0; i < in; ++i)
      xq[r * in + i] = static_cast<std::int8_t>(quant(x[r * in + i], inv));
  }
  // Column blocks of rows: one weight row stays in L1 while all input rows stream past it.
  constexpr std::size_t kRows = 64;
  for (std::size_t r0 = 0; r0 < n; r0 += kRows) {
    const std::size_t rn = std::min(kRows, n - r0);
    for (std::size_t o = 0; o < out; ++o) {
      const std::int8_t* w = wq + o * in;
      const float ws = wscale[o], b = bias[o];
      for (std::size_t r = r0; r < r0 + rn; ++r) {
        const std::int8_t* xr = xq + r * in;
        std::int32_t s = 0;
        for (std::size_t i = 0; i < in; ++i) s += static_cast<std::int32_t>(xr[i]) * w[i];
        y[r * out + o] = static_cast<float>(s) * xscale[r] * ws + b;
      }
    }
  }
}

}  // namespace abusemon::detail
