#include "int8_kernels.hpp"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace abusemon::detail {
namespace {

using DotFn = void (*)(const std::int8_t* xq, std::size_t n, std::size_t in, const std::int8_t* w,
                       std::int32_t row_sum, std::int32_t* acc);

// acc[r] = dot(xq[r, :], w) for every input row r.
void dot_portable(const std::int8_t* xq, std::size_t n, std::size_t in, const std::int8_t* w,
                  std::int32_t, std::int32_t* acc) {
  for (std::size_t r = 0; r < n; ++r) {
    const std::int8_t* x = xq + r * in;
    std::int32_t s = 0;
    for (std::size_t i = 0; i < in; ++i) s += static_cast<std::int32_t>(x[i]) * w[i];
    acc[r] = s;
  }
}

__attribute__((target("avx2"))) void dot_avx2(const std::int8_t* xq, std::size_t n, std::size_t in,
                                              const std::int8_t* w, std::int32_t,
                                              std::int32_t* acc) {
  for (std::size_t r = 0; r < n; ++r) {
    const std::int8_t* x = xq + r * in;
    __m256i s = _mm256_setzero_si256();
    std::size_t i = 0;
    for (; i + 16 <= in; i += 16) {
      __m256i a = _mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(x + i)));
      __m256i b = _mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(w + i)));
      s = _mm256_add_epi32(s, _mm256_madd_epi16(a, b));
    }
    __m128i t = _mm_add_epi32(_mm256_castsi256_si128(s), _mm256_extracti128_si256(s, 1));
    t = _mm_hadd_epi32(t, t);
    t = _mm_hadd_epi32(t, t);
    std::int32_t sum = _mm_cvtsi128_si32(t);
    for (; i < in; ++i) sum += static_cast<std::int32_t>(x[i]) * w[i];
    acc[r] = sum;
  }
}

// Input rows are stored as int8; vpdpbusd needs unsigned bytes, so x is shifted by +128 (xor
// 0x80) and the result corrected by 128 * sum(w).
__attribute__((target("avx512f,avx512bw,avx512vnni,avx2"))) void dot_vnni(
    const std::int8_t* xq, std::size_t n, std::size_t in, const std::int8_t* w,
    std::int32_t row_sum, std::int32_t* acc) {
  const __m512i flip = _mm512_set1_epi8(static_cast<char>(0x80));
  const std::size_t body = in - in % 64;
  std::int32_t body_w = row_sum;  // sum of w over the vectorised part
  if (body != in) {
    body_w = 0;
    for (std::size_t j = 0; j < body; ++j) body_w += w[j];
  }
  for (std::size_t r = 0; r < n; ++r) {
    const std::int8_t* x = xq + r * in;
    __m512i s = _mm512_setzero_si512();
    for (std::size_t i = 0; i < body; i += 64) {
      __m512i a = _mm512_xor_si512(_mm512_loadu_si512(x + i), flip);
      __m512i b = _mm512_loadu_si512(w + i);
      s = _mm512_dpbusd_epi32(s, a, b);
    }
    // Reduce through memory: GCC 12's lane-extract intrinsics trip -Wmaybe-uninitialized.
    alignas(64) std::int32_t lanes[16];
    _mm512_store_si512(lanes, s);
    std::int32_t sum = -128 * body_w;
    for (std::int32_t v : lanes) sum += v;
    for (std::size_t i = body; i < in; ++i) sum += static_cast<std::int32_t>(x[i]) * w[i];
    acc[r] = sum;
  }
}

struct Kernel {
  DotFn fn;
  const char* name;
};

Kernel pick() {
  const char* force = std::getenv("ABUSEMON_INT8_KERNEL");
  __builtin_cpu_init();
  bool vnni = __builtin_cpu_supports("avx512vnni") && __builtin_cpu_supports("avx512bw");
  bool avx2 = __builtin_cpu_supports("avx2");
  if (force && std::strcmp(force, "portable") == 0) return {dot_portable, "portable"};
  if (force && std::strcmp(force, "avx2") == 0 && avx2) return {dot_avx2, "avx2"};
  if (vnni) return {dot_vnni, "avx512vnni"};
  if (avx2) return {dot_avx2, "avx2"};
  return {dot_portable, "portable"};
}

const Kernel& kernel() {
  static const Kernel k = pick();
  return k;
}

}  // namespace

const char* int8_kernel_name() {
  return kernel().name;
}

namespace {

constexpr std::size_t kNR = 32;

// int32 → float; the masked form avoids GCC 12's false -Wuninitialized on _mm512_undefined_ps.
__attribute__((target("avx512f"))) inline __m512 to_float(__m512i v) {
  return _mm512_mask_cvtepi32_ps(_mm512_setzero_ps(), 0xFFFF, v);
}

// One MR x 32 tile over all input groups; epilogue dequantizes and adds the bias.
template <int MR>
__attribute__((target("avx512f,avx512bw,avx512vnni"))) void tile_vnni(
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

using TileFn = void (*)(const std::uint8_t*, std::size_t, const float*, const std::int8_t*,
                        std::size_t, const float*, const std::int32_t*, const float*, float*,
                        std::size_t, std::size_t);

}  // namespace

PackedInt8 pack_int8(const std::int8_t* q, const float* scale, const std::int32_t* row_sum,
                     const float* bias, std::size_t out, std::size_t in) {
  PackedInt8 p;
  if (std::strcmp(kernel().name, "avx512vnni") != 0) return p;
  p.out = out;
  p.in = in;
  p.in4 = (in + 3) / 4;
  p.panels = (out + kNR - 1) / kNR;
  p.data.assign(p.panels * p.in4 * kNR * 4, 0);
  p.scale.assign(p.panels * kNR, 0.0f);
  p.bias.assign(p.panels * kNR, 0.0f);
  p.corr.assign(p.panels * kNR, 0);
  for (std::size_t o = 0; o < out; ++o) {
    std::int8_t* panel = p.data.data() + (o / kNR) * p.in4 * kNR * 4;
    for (std::size_t i = 0; i < in; ++i)
      panel[(i / 4) * kNR * 4 + (o % kNR) * 4 + i % 4] = q[o * in + i];
    p.scale[o] = scale[o];
    p.bias[o] = bias[o];
    p.corr[o] = 128 * row_sum[o];
  }
  return p;
}

void int8_packed_linear(const PackedInt8& p, const float* x, std::size_t n, float* y,
                        std::uint8_t* xu, float* xscale) {
  const std::size_t in = p.in, ld = p.in4 * 4;
  for (std::size_t r = 0; r < n; ++r) {
    const float* xr = x + r * in;
    float m = 0;
    for (std::size_t i = 0; i < in; ++i) m = std::max(m, std::fabs(xr[i]));
    float s = m > 0 ? m / 127.0f : 1.0f, inv = 1.0f / s;
    xscale[r] = s;
    std::uint8_t* dst = xu + r * ld;
    for (std::size_t i = 0; i < in; ++i)
      dst[i] =
          static_cast<std::uint8_t>(128 + std::lrintf(std::clamp(xr[i] * inv, -127.0f, 127.0f)));
    for (std::size_t i = in; i < ld; ++i) dst[i] = 128;  // padded weights are zero
  }
  static constexpr TileFn tiles[6] = {tile_vnni<1>, tile_vnni<2>, tile_vnni<3>,
                                      tile_vnni<4>, tile_vnni<5>, tile_vnni<6>};
  for (std::size_t q = 0; q < p.panels; ++q) {
    const std::size_t cols = std::min(kNR, p.out - q * kNR);
    const std::int8_t* panel = p.data.data() + q * p.in4 * kNR * 4;
    const float* ws = p.scale.data() + q * kNR;
    const std::int32_t* corr = p.corr.data() + q * kNR;
    const float* b = p.bias.data() + q * kNR;
    std::size_t r = 0;
    for (; r + 6 <= n; r += 6)
      tiles[5](xu + r * ld, ld, xscale + r, panel, p.in4, ws, corr, b, y + r * p.out + q * kNR,
               p.out, cols);
    if (r < n)
      tiles[n - r - 1](xu + r * ld, ld, xscale + r, panel, p.in4, ws, corr, b,
                       y + r * p.out + q * kNR, p.out, cols);
  }
}

void int8_linear(const float* x, std::size_t n, std::size_t in, const std::int8_t* wq,
                 const float* wscale, const std::int32_t* row_sum, const float* bias,
                 std::size_t out, float* y, std::int8_t* xq, float* xscale) {
  for (std::size_t r = 0; r < n; ++r) {
    const float* xr = x + r * in;
    float m = 0;
    for (std::size_t i = 0; i < in; ++i) m = std::max(m, std::fabs(xr[i]));
    float s = m > 0 ? m / 127.0f : 1.0f, inv = 1.0f / s;
    xscale[r] = s;
    for (std::size_t i = 0; i < in; ++i)
      xq[r * in + i] =
          static_cast<std::int8_t>(std::lrintf(std::clamp(xr[i] * inv, -127.0f, 127.0f)));
  }
  const DotFn dot = kernel().fn;
  // Column blocks of rows: one weight row stays in L1 while all input rows stream past it.
  constexpr std::size_t kRows = 64;
  std::int32_t acc[kRows];
  for (std::size_t r0 = 0; r0 < n; r0 += kRows) {
    std::size_t rn = std::min(kRows, n - r0);
    for (std::size_t o = 0; o < out; ++o) {
      dot(xq + r0 * in, rn, in, wq + o * in, row_sum[o], acc);
      const float ws = wscale[o], b = bias[o];
      for (std::size_t r = 0; r < rn; ++r)
        y[(r0 + r) * out + o] = static_cast<float>(acc[r]) * xscale[r0 + r] * ws + b;
    }
  }
}

}  // namespace abusemon::detail
