#include "int8_kernels.hpp"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/enum_names.hpp"
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

constexpr detail::EnumNames<Int8Tile, 3> kInt8TileNames{{"portable", "avx512vnni", "avx2"},
                                                        "portable"};

Int8Tile pick() {
  // ABUSEMON_INT8_KERNEL forces a smaller kernel (portable, or avx2 where the CPU has it).
  const char* force = std::getenv("ABUSEMON_INT8_KERNEL");
  const auto forced = force != nullptr ? kInt8TileNames.parse(force) : std::nullopt;
  if (forced == Int8Tile::none) return Int8Tile::none;
  if (forced == Int8Tile::avx2 && cpu_has(Int8Tile::avx2)) return Int8Tile::avx2;
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

// Portable forms of VecKernels::quantize_u8 / quantize_s16 (same signature, same results).
void quantize_u8_ref(const float* x, std::size_t n, std::size_t in, std::uint8_t* xu,
                     std::size_t ld, float* xscale) {
  for (std::size_t r = 0; r < n; ++r) {
    float inv;
    xscale[r] = quantize_row(x + r * in, in, &inv);
    for (std::size_t i = 0; i < in; ++i)
      xu[r * ld + i] = static_cast<std::uint8_t>(128 + quant(x[r * in + i], inv));
    std::fill(xu + r * ld + in, xu + (r + 1) * ld, std::uint8_t{128});
  }
}

void quantize_s16_ref(const float* x, std::size_t n, std::size_t in, std::int16_t* xs,
                      std::size_t ld, float* xscale) {
  for (std::size_t r = 0; r < n; ++r) {
    float inv;
    xscale[r] = quantize_row(x + r * in, in, &inv);
    for (std::size_t i = 0; i < in; ++i)
      xs[r * ld + i] = static_cast<std::int16_t>(quant(x[r * in + i], inv));
    std::fill(xs + r * ld + in, xs + (r + 1) * ld, std::int16_t{0});
  }
}

// Portable form of VecKernels::softmax_u8 / softmax_s16 (std::exp instead of the vector exp).
template <class T>
void softmax_q_ref(const float* s, std::size_t rows, std::size_t len, std::size_t ld, float scale,
                   T* p, std::size_t ldp, std::int32_t* psum) {
  for (std::size_t r = 0; r < rows; ++r) {
    const float* row = s + r * ld;
    float m = -INFINITY;
    for (std::size_t i = 0; i < len; ++i) m = std::max(m, row[i]);
    const float mx = m * scale;
    std::int32_t total = 0;
    for (std::size_t i = 0; i < len; ++i) {
      const auto q = static_cast<std::int32_t>(std::lrintf(std::exp(row[i] * scale - mx) * 255.0f));
      p[r * ldp + i] = static_cast<T>(q);
      total += q;
    }
    std::fill(p + r * ldp + len, p + (r + 1) * ldp, T{0});
    psum[r] = total;
  }
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

// y [n, out] (rows ldy apart) from the VNNI tiles over all panels of `out` columns: x rows of
// `ing` bytes (ldx apart), panels [ceil(out / 32)][ing / 4][32][4]; per-column wscale, corr and
// bias padded to whole panels.
void gemm_vnni(const std::uint8_t* xu, std::size_t ldx, std::size_t n, const float* xscale,
               const std::int8_t* panels, std::size_t ing, std::size_t out, const float* wscale,
               const std::int32_t* corr, const float* bias, float* y, std::size_t ldy) {
  for (std::size_t q = 0, o = 0; o < out; ++q, o += kNR) {
    const std::size_t cols = std::min(kNR, out - o);
    const std::int8_t* panel = panels + q * ing * kNR;
    std::size_t r = 0;
    for (; r + 6 <= n; r += 6)
      kVnni[5](xu + r * ldx, ldx, xscale + r, panel, ing / 4, wscale + o, corr + o, bias + o,
               y + r * ldy + o, ldy, cols);
    if (r < n)
      kVnni[n - r - 1](xu + r * ldx, ldx, xscale + r, panel, ing / 4, wscale + o, corr + o,
                       bias + o, y + r * ldy + o, ldy, cols);
  }
}

// The same with the AVX2 tiles: int16 x rows and panels [ceil(out / 32)][ing / 2][32][2].
void gemm_avx2(const std::int16_t* xs, std::size_t ldx, std::size_t n, const float* xscale,
               const std::int16_t* panels, std::size_t ing, std::size_t out, const float* wscale,
               const float* bias, float* y, std::size_t ldy) {
  for (std::size_t q = 0, o = 0; o < out; ++q, o += kNR) {
    const std::size_t cols = std::min(kNR, out - o);
    const std::int16_t* panel = panels + q * ing * kNR;
    std::size_t r = 0;
    for (; r + 3 <= n; r += 3)
      kAvx2[2](xs + r * ldx, ldx, xscale + r, panel, ing / 2, wscale + o, bias + o, y + r * ldy + o,
               ldy, cols);
    if (r < n)
      kAvx2[n - r - 1](xs + r * ldx, ldx, xscale + r, panel, ing / 2, wscale + o, bias + o,
                       y + r * ldy + o, ldy, cols);
  }
}

}  // namespace

Int8Tile int8_tile() {
  static const Int8Tile k = pick();
  return k;
}

bool int8_tile_supported(Int8Tile t) {
  return cpu_has(t);
}

const char* int8_kernel_name() {
  return kInt8TileNames.name(int8_tile()).data();  // the names are literals: NUL-terminated
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
    (vk ? vk->quantize_u8 : quantize_u8_ref)(x, n, in, xu, ld, xscale);
    gemm_vnni(xu, ld, n, xscale, p.data.data(), ld, p.out, p.scale.data(), p.corr.data(),
              p.bias.data(), y, p.out);
    return;
  }
  auto* xs = static_cast<std::int16_t*>(scratch);
  (vk ? vk->quantize_s16 : quantize_s16_ref)(x, n, in, xs, ld, xscale);
  gemm_avx2(xs, ld, n, xscale, p.data16.data(), ld, p.out, p.scale.data(), p.bias.data(), y, p.out);
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

namespace {

constexpr std::size_t kAttnRows = 48;  // query rows per block: the score block stays in L2

std::size_t round_up(std::size_t n, std::size_t m) {
  return (n + m - 1) / m * m;
}

// Hands out 64-byte aligned pieces of the caller's scratch (addresses as integers, so a zero
// base just adds up the sizes).
struct Carver {
  std::uintptr_t p;
  template <class T>
  T* take(std::size_t count) {
    T* r = reinterpret_cast<T*>(p);
    p += round_up(count * sizeof(T), 64);
    return r;
  }
};

// Scratch of one sequence, all heads quantised up front (one kernel call per token for Q and
// K, one for all of V^T). The portable loops use the same pieces as plain int8 matrices.
struct AttnScratch {
  void* qx;             ///< Q, quantised per token and head: [len][heads][dg] (bytes or int16)
  float* qs;            ///< their scales [len][heads]
  float* qscale;        ///< the same transposed: [heads][len]
  void* kp;             ///< K per head as tile panels [heads][kcols / 32][dg / g][32][g]
  float* kscale;        ///< [heads][kcols], zero past len
  std::int32_t* kcorr;  ///< VNNI: 128 * row sum of K (undoes the +128 of Q's bytes)
  void* krow;           ///< one token's K, quantised: [heads][dg]
  float* krs;           ///< its scales [heads]
  float* vt;            ///< V^T in fp32: [H][len]
  void* vq;             ///< V^T quantised per row (= per head dimension): [H][lg]
  float* vscale;        ///< [H + 32] (a head's tile reads 32 from its first dimension)
  void* vp;             ///< V^T per head as tile panels [heads][vcols / 32][lg / g][32][g]
  std::int32_t* zcorr;  ///< zeros (P is unsigned: nothing to undo)
  float* zbias;         ///< zeros
  float* scores;        ///< [kAttnRows][len]
  void* pq;             ///< softmax numerators [kAttnRows][lg]
  float* pscale;        ///< 1 / row sum of pq
  std::int32_t* psum;
  std::size_t bytes;  ///< all of the above, from the aligned base
};

AttnScratch carve(void* scratch, std::size_t len, std::size_t H, std::size_t heads) {
  const std::size_t d = H / heads, dg = round_up(d, 4), lg = round_up(len, 4);
  const std::size_t kcols = round_up(len, kNR), vcols = round_up(d, kNR);
  const auto a = reinterpret_cast<std::uintptr_t>(scratch);
  const std::uintptr_t base = a + (64 - a % 64) % 64;
  Carver c{base};
  AttnScratch s;
  s.qx = c.take<std::int16_t>(len * heads * dg);
  s.qs = c.take<float>(len * heads);
  s.qscale = c.take<float>(len * heads);
  s.kp = c.take<std::int16_t>(heads * kcols * dg);
  s.kscale = c.take<float>(heads * kcols);
  s.kcorr = c.take<std::int32_t>(heads * kcols);
  s.krow = c.take<std::int16_t>(heads * dg);
  s.krs = c.take<float>(heads);
  s.vt = c.take<float>(H * len);
  s.vq = c.take<std::int16_t>(H * lg);
  s.vscale = c.take<float>(H + kNR);
  s.vp = c.take<std::int16_t>(heads * vcols * lg);
  s.zcorr = c.take<std::int32_t>(std::max(kcols, vcols));
  s.zbias = c.take<float>(std::max(kcols, vcols));
  s.scores = c.take<float>(kAttnRows * len);
  s.pq = c.take<std::int16_t>(kAttnRows * lg);
  s.pscale = c.take<float>(kAttnRows);
  s.psum = c.take<std::int32_t>(kAttnRows);
  s.bytes = c.p - base;
  return s;
}

// Copies quantised row `src` (n elements of `esz` bytes, n a multiple of 4 / esz; null: zeros)
// into column `col` of tile panels with `in` (padded) inputs: 4-byte groups go to panel
// col / 32, group k, lane col % 32. VNNI weights are signed: the +128 bytes are flipped back
// (x ^ 0x80 = x - 128).
void scatter_column(const void* src, std::size_t n, std::size_t esz, bool flip, std::size_t in,
                    std::size_t col, void* panels) {
  auto* base = static_cast<std::uint8_t*>(panels) + (col / kNR) * in * kNR * esz + (col % kNR) * 4;
  const auto* from = static_cast<const std::uint8_t*>(src);
  for (std::size_t k = 0; k < n * esz / 4; ++k) {
    std::uint32_t v = 0;
    if (from) std::memcpy(&v, from + 4 * k, 4);
    if (from && flip) v ^= 0x80808080u;
    std::memcpy(base + k * kNR * 4, &v, 4);
  }
}

// The portable path: plain int8 matrices and scalar int32 dot products, all heads.
void attention_portable(const VecKernels* vk, const float* qkv, std::size_t len, std::size_t H,
                        std::size_t heads, float scale, float* ctx, AttnScratch& s) {
  const std::size_t d = H / heads, ld = 3 * H, lg = round_up(len, 4);
  auto* qq = static_cast<std::int8_t*>(s.qx);  // [len][H]
  auto* kq = static_cast<std::int8_t*>(s.kp);  // [len][H]
  auto* vq = static_cast<std::int8_t*>(s.vq);  // [H][len]
  auto* pq = static_cast<std::uint8_t*>(s.pq);
  auto quantize = [](const float* x, std::size_t n, std::int8_t* q, float* sc) {
    float inv;
    *sc = quantize_row(x, n, &inv);
    for (std::size_t i = 0; i < n; ++i) q[i] = static_cast<std::int8_t>(quant(x[i], inv));
  };
  for (std::size_t t = 0; t < len; ++t)
    for (std::size_t h = 0; h < heads; ++h) {
      quantize(qkv + t * ld + h * d, d, qq + t * H + h * d, s.qs + t * heads + h);
      quantize(qkv + t * ld + H + h * d, d, kq + t * H + h * d, s.kscale + t * heads + h);
    }
  for (std::size_t j = 0; j < H; ++j) quantize(s.vt + j * len, len, vq + j * len, s.vscale + j);
  for (std::size_t h = 0; h < heads; ++h)
    for (std::size_t r0 = 0; r0 < len; r0 += kAttnRows) {
      const std::size_t rn = std::min(kAttnRows, len - r0);
      for (std::size_t i = 0; i < rn; ++i) {
        const std::size_t t = r0 + i;
        for (std::size_t u = 0; u < len; ++u) {
          std::int32_t acc = 0;
          for (std::size_t k = 0; k < d; ++k)
            acc += static_cast<std::int32_t>(qq[t * H + h * d + k]) * kq[u * H + h * d + k];
          s.scores[i * len + u] =
              static_cast<float>(acc) * s.qs[t * heads + h] * s.kscale[u * heads + h];
        }
      }
      (vk ? vk->softmax_u8 : softmax_q_ref<std::uint8_t>)(s.scores, rn, len, len, scale, pq, lg,
                                                          s.psum);
      for (std::size_t i = 0; i < rn; ++i) {
        const float ps = 1.0f / static_cast<float>(s.psum[i]);
        for (std::size_t j = h * d; j < (h + 1) * d; ++j) {
          std::int32_t acc = 0;
          for (std::size_t u = 0; u < len; ++u)
            acc += static_cast<std::int32_t>(pq[i * lg + u]) * vq[j * len + u];
          ctx[(r0 + i) * H + j] = static_cast<float>(acc) * ps * s.vscale[j];
        }
      }
    }
}

}  // namespace

std::size_t int8_attention_scratch_bytes(std::size_t len, std::size_t H, std::size_t heads) {
  return carve(nullptr, len, H, heads).bytes + 64;  // + the alignment slack
}

void int8_attention(Int8Tile tile, const VecKernels* vk, const float* qkv, std::size_t len,
                    std::size_t H, std::size_t heads, float* ctx, void* scratch) {
  const std::size_t d = H / heads, ld = 3 * H, dg = round_up(d, 4), lg = round_up(len, 4);
  const std::size_t kcols = round_up(len, kNR), vcols = round_up(d, kNR);
  const float scale = 1.0f / std::sqrt(static_cast<float>(d));
  AttnScratch s = carve(scratch, len, H, heads);
  // V per head dimension over the sequence: transpose (in blocks of 16 tokens, so the writes are
  // not all len * 4 bytes apart, which thrashes cache sets), then quantise rows.
  for (std::size_t u0 = 0; u0 < len; u0 += 16)
    for (std::size_t j = 0; j < H; ++j)
      for (std::size_t u = u0; u < std::min(len, u0 + 16); ++u)
        s.vt[j * len + u] = qkv[u * ld + 2 * H + j];
  if (tile == Int8Tile::none) {
    attention_portable(vk, qkv, len, H, heads, scale, ctx, s);
    return;
  }
  const bool vnni = tile == Int8Tile::vnni;
  const std::size_t esz = vnni ? 1 : 2;
  // Quantises `n` rows of `in` floats into rows of `ldq` elements (bytes + 128 for VNNI,
  // int16 for AVX2), with the vector kernels when there are some.
  auto quantize = [&](const float* x, std::size_t n, std::size_t in, void* dst, std::size_t ldq,
                      float* sc) {
    if (vnni)
      (vk ? vk->quantize_u8 : quantize_u8_ref)(x, n, in, static_cast<std::uint8_t*>(dst), ldq, sc);
    else
      (vk ? vk->quantize_s16 : quantize_s16_ref)(x, n, in, static_cast<std::int16_t*>(dst), ldq,
                                                 sc);
  };
  std::fill(s.zcorr, s.zcorr + std::max(kcols, vcols), 0);
  std::fill(s.zbias, s.zbias + std::max(kcols, vcols), 0.0f);
  auto* qx = static_cast<std::uint8_t*>(s.qx);
  auto* kp = static_cast<std::uint8_t*>(s.kp);
  auto* krow = static_cast<std::uint8_t*>(s.krow);
  const std::size_t kpanels = kcols * dg * esz;  // bytes of one head's K panels
  for (std::size_t t = 0; t < len; ++t) {
    // A token's Q (K) row holds the heads' d values back to back: `heads` rows of d.
    quantize(qkv + t * ld, heads, d, qx + t * heads * dg * esz, dg, s.qs + t * heads);
    quantize(qkv + t * ld + H, heads, d, krow, dg, s.krs);
    for (std::size_t h = 0; h < heads; ++h) {
      const std::uint8_t* row = krow + h * dg * esz;
      scatter_column(row, dg, esz, vnni, dg, t, kp + h * kpanels);
      std::int32_t sum = 0;
      if (vnni)
        for (std::size_t i = 0; i < d; ++i) sum += row[i] - 128;
      s.kcorr[h * kcols + t] = 128 * sum;
      s.kscale[h * kcols + t] = s.krs[h];
      s.qscale[h * len + t] = s.qs[t * heads + h];
    }
  }
  for (std::size_t h = 0; h < heads; ++h)
    for (std::size_t u = len; u < kcols; ++u) {
      scatter_column(nullptr, dg, esz, false, dg, u, kp + h * kpanels);
      s.kscale[h * kcols + u] = 0.0f;
      s.kcorr[h * kcols + u] = 0;
    }
  auto* vq = static_cast<std::uint8_t*>(s.vq);
  auto* vp = static_cast<std::uint8_t*>(s.vp);
  const std::size_t vpanels = vcols * lg * esz;  // bytes of one head's V^T panels
  quantize(s.vt, H, len, vq, lg, s.vscale);
  std::fill(s.vscale + H, s.vscale + H + kNR, 0.0f);
  for (std::size_t h = 0; h < heads; ++h)
    for (std::size_t j = 0; j < vcols; ++j)
      scatter_column(j < d ? vq + (h * d + j) * lg * esz : nullptr, lg, esz, vnni, lg, j,
                     vp + h * vpanels);
  for (std::size_t h = 0; h < heads; ++h) {
    const float* qscale = s.qscale + h * len;
    for (std::size_t r0 = 0; r0 < len; r0 += kAttnRows) {
      const std::size_t rn = std::min(kAttnRows, len - r0);
      float* out = ctx + r0 * H + h * d;
      const std::size_t qrow = (r0 * heads + h) * dg * esz, ldq = heads * dg;
      if (vnni) {
        gemm_vnni(qx + qrow, ldq, rn, qscale + r0,
                  reinterpret_cast<const std::int8_t*>(kp + h * kpanels), dg, len,
                  s.kscale + h * kcols, s.kcorr + h * kcols, s.zbias, s.scores, len);
        auto* pq = static_cast<std::uint8_t*>(s.pq);
        (vk ? vk->softmax_u8 : softmax_q_ref<std::uint8_t>)(s.scores, rn, len, len, scale, pq, lg,
                                                            s.psum);
        for (std::size_t i = 0; i < rn; ++i) s.pscale[i] = 1.0f / static_cast<float>(s.psum[i]);
        gemm_vnni(pq, lg, rn, s.pscale, reinterpret_cast<const std::int8_t*>(vp + h * vpanels), lg,
                  d, s.vscale + h * d, s.zcorr, s.zbias, out, H);
      } else {
        gemm_avx2(reinterpret_cast<const std::int16_t*>(qx + qrow), ldq, rn, qscale + r0,
                  reinterpret_cast<const std::int16_t*>(kp + h * kpanels), dg, len,
                  s.kscale + h * kcols, s.zbias, s.scores, len);
        auto* pq = static_cast<std::int16_t*>(s.pq);
        (vk ? vk->softmax_s16 : softmax_q_ref<std::int16_t>)(s.scores, rn, len, len, scale, pq, lg,
                                                             s.psum);
        for (std::size_t i = 0; i < rn; ++i) s.pscale[i] = 1.0f / static_cast<float>(s.psum[i]);
        gemm_avx2(pq, lg, rn, s.pscale, reinterpret_cast<const std::int16_t*>(vp + h * vpanels), lg,
                  d, s.vscale + h * d, s.zbias, out, H);
      }
    }
  }
}

}  // namespace abusemon::detail
