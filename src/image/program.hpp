// The image engine's program (internal): the ops of an abusemon image GGUF (docs/IMAGES.md),
// loaded and checked by image_model.cpp, run channels-last by image_exec.cpp. Its own namespace:
// detail already has other types of these names (the text encoder's Workspace), and two
// definitions of one name would break the one-definition rule.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "abusemon/image.hpp"
#include "engine/gemm.hpp"
#include "engine/gguf.hpp"
#include "engine/workspace_pool.hpp"

namespace abusemon::detail::imaging {

enum class Kind { conv, linear, pool, binc, bin, unary, reduce, softmax, affine, view };
enum class Fn { none, relu, gelu, erf, sqrt, clip, add, sub, mul, div, max, avg, l2, sum, mean };

/// A feature map [h * w, cols] (h = w = 1 for plain matrices) as a row-major [rows, cols].
struct Slot {
  std::size_t rows = 0, cols = 0, h = 0, w = 0;
  std::size_t size() const { return rows * cols; }
};

struct Op {
  Kind kind{};
  /// Inputs and output slot. A dense conv / linear with x2 >= 0 adds slot x2 (a residual fused
  /// at load, same shape as y) before its activation.
  int x = -1, x2 = -1, y = -1;
  Fn f = Fn::none;         // unary / binary / reduce / pool function, or conv/linear activation
  bool over_rows = false;  // reduce
  bool rev = false;        // binc: constant is the left operand
  float lo = 0, hi = 0;    // clip
  std::size_t kh = 1, kw = 1, sh = 1, sw = 1, pt = 0, pl = 0, pb = 0, pr = 0, g = 1;
  const float* w = nullptr;  // conv/linear weights [out, in] (depthwise [k, c]); affine scale
  const float* b = nullptr;  // bias [out]; affine shift
  const float* c = nullptr;  // binc constant [cr, cc]
  std::size_t cr = 1, cc = 1, out = 0, in = 0;
  PackedWeights packed;

  bool dense() const { return (kind == Kind::conv && g == 1) || kind == Kind::linear; }
  bool padded() const { return pt + pl + pb + pr != 0; }
};

/// 64-byte aligned storage: the GEMM's full-width stores and residual loads then never split
/// a cache line.
template <class T>
struct CacheAligned {
  using value_type = T;
  CacheAligned() = default;
  template <class U>
  CacheAligned(const CacheAligned<U>&) {}
  T* allocate(std::size_t n) {
    return static_cast<T*>(::operator new (n * sizeof(T), std::align_val_t{64}));
  }
  void deallocate(T* p, std::size_t) { ::operator delete (p, std::align_val_t{64}); }
  friend bool operator==(const CacheAligned&, const CacheAligned&) { return true; }
};
using AlignedFloats = std::vector<float, CacheAligned<float>>;

/// Per-call scratch: one buffer per planned slot group, the zero-padded copy of a convolution's
/// input, the row pointers of the indirect GEMM, and the portable path's im2col block.
struct Workspace {
  std::vector<AlignedFloats> buffers;
  AlignedFloats pad;
  std::vector<float> col, input;
  std::vector<const float*> rows;
};

class Program final : public ImageModel {
 public:
  explicit Program(GgufFile file) : file_(std::move(file)) { load(); }

  const std::vector<std::string>& outputs() const noexcept override { return outputs_; }
  std::string name() const override { return name_; }
  std::string license() const override { return license_; }
  std::uint32_t input_height() const noexcept override { return static_cast<std::uint32_t>(in_h_); }
  std::uint32_t input_width() const noexcept override { return static_cast<std::uint32_t>(in_w_); }
  std::string resize_mode() const override { return resize_; }
  std::size_t memory_bytes() const noexcept override;
  void run(std::span<const float> input, std::span<float> out) const override;
  void prepare(const RgbImage& image, std::span<float> input) const override;
  std::vector<float> classify(std::span<const std::uint8_t> encoded,
                              const ImageLimits& limits) const override;
  std::vector<float> classify(const RgbImage& image) const override;

 private:
  // image_model.cpp: loading and checking
  void load();
  void parse_op(std::string_view text);
  const float* tensor(std::string_view id, std::size_t inner, std::size_t outer);
  void validate();
  void fuse();
  void plan();
  // image_exec.cpp: running
  void run_ws(Workspace& ws, const float* input, float* out) const;
  void exec(const Op& op, Workspace& ws, const float* x, const float* x2, float* y) const;
  void dense(const Op& op, Workspace& ws, const float* x, const float* res, float* y) const;

  GgufFile file_;
  std::vector<std::string> outputs_;
  std::string name_, license_, resize_;
  bool bgr_ = false;
  std::array<float, 3> mean_{}, scale_{1, 1, 1};
  std::size_t in_h_ = 0, in_w_ = 0, out_slot_ = 0, weight_bytes_ = 0, workspace_bytes_ = 0;
  std::vector<Slot> slots_;
  std::vector<Op> ops_;
  std::vector<int> buffer_of_;  // slot -> workspace buffer (-1: the input)
  std::vector<std::size_t> buffer_size_;
  std::size_t pad_floats_ = 0, row_count_ = 0, col_floats_ = 0;
  WorkspacePool<Workspace> pool_;
};

}  // namespace abusemon::detail::imaging
