// int8 linear layers and int8 attention with runtime CPU dispatch (internal).
//
// y[n, o] = (sum_i xq[n, i] * wq[o, i]) * xscale[n] * wscale[o] + bias[o], where each input row
// is quantized symmetrically on the fly (xscale = max|x| / 127) and weights per output row at
// load. Kernels: AVX-512 VNNI tiles (vpdpbusd on x + 128, corrected by 128 * row_sum), AVX2
// tiles (int16 weights and activations, vpmaddwd), portable C++. All give bit-identical int32
// sums; activation quantisation is vectorised with the fp32 kernels (gemm.hpp).
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

/// Which packed int8 tile kernel a PackedInt8 is laid out for.
enum class Int8Tile {
  none,
  vnni,  ///< AVX-512 VNNI: [panel][in/4][32][4] bytes, one vpdpbusd = 4 MACs per column lane
  avx2,  ///< AVX2: [panel][in/2][32][2] int16, one vpmaddwd = 2 exact MACs per column lane
};

/// The tile kernel for this CPU (none when the portable kernel is chosen or forced).
Int8Tile int8_tile();
/// Whether this CPU can run `t` (none: always).
bool int8_tile_supported(Int8Tile t);

/// Weights repacked for a tile kernel: panels of 32 output columns, groups of 4 (VNNI) or 2
/// (AVX2) inputs per column.
struct PackedInt8 {
  Int8Tile tile = Int8Tile::none;
  std::size_t out = 0, in = 0, group = 4, ing = 0, panels = 0;  ///< ing = in rounded up to group
  std::vector<std::int8_t> data;                                ///< VNNI layout
  std::vector<std::int16_t> data16;                             ///< AVX2 layout
  std::vector<float> scale, bias;                               ///< padded to panels * 32
  std::vector<std::int32_t> corr;  ///< VNNI: 128 * sum of the row's weights (undoes x + 128)
  explicit operator bool() const { return tile != Int8Tile::none; }
};

/// Packs for `tile` (default: int8_tile()); returns empty weights for Int8Tile::none.
PackedInt8 pack_int8(const std::int8_t* q, const float* scale, const std::int32_t* row_sum,
                     const float* bias, std::size_t out, std::size_t in);
PackedInt8 pack_int8(const std::int8_t* q, const float* scale, const std::int32_t* row_sum,
                     const float* bias, std::size_t out, std::size_t in, Int8Tile tile);

/// Bytes of activation scratch int8_packed_linear() needs for n rows.
inline std::size_t int8_scratch_bytes(const PackedInt8& p, std::size_t n) {
  return n * p.ing * (p.tile == Int8Tile::avx2 ? 2 : 1);
}

/// y [n, out] = dequantized (quantize(x) . q^T) + b with packed weights. `scratch` needs
/// int8_scratch_bytes(p, n) bytes (16-byte aligned), `xscale` n floats.
void int8_packed_linear(const PackedInt8& p, const float* x, std::size_t n, float* y, void* scratch,
                        float* xscale);

struct VecKernels;

/// Bytes of scratch int8_attention() needs for `len` tokens, hidden size H and `heads` heads.
std::size_t int8_attention_scratch_bytes(std::size_t len, std::size_t H, std::size_t heads);

/// Self-attention of one sequence (all heads) with int8 products, for int8 mode:
/// scores = (Q K^T) with Q and K quantised per token and head (as the linear layers' inputs),
/// P = softmax numerators as 0..255 integers (VecKernels::softmax_u8 rule) and ctx = P V / sum P
/// with V quantised per head dimension over the sequence. qkv rows hold [Q | K | V] (3H floats),
/// ctx rows H floats. The int32 sums are exact and the dequantisation is the same arithmetic in
/// every tile kernel (none = portable loops), so with the same `vk` (null: std::exp softmax)
/// all kernels give bit-identical results. `scratch`: int8_attention_scratch_bytes() bytes.
void int8_attention(Int8Tile tile, const VecKernels* vk, const float* qkv, std::size_t len,
                    std::size_t H, std::size_t heads, float* ctx, void* scratch);

}  // namespace abusemon::detail
