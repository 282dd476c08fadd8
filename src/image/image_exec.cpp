// The image engine, running side: executes a loaded Program (image_model.cpp) channels-last.
// Dense convolutions and linear layers are the indirect GEMM of src/engine/conv_gemm.hpp on
// the feature map itself (a zero-padded copy where the convolution pads), with bias, a fused
// residual and ReLU in its epilogue; depthwise convolutions and the element-wise ops are plain
// loops compiled for AVX-512 / AVX2 / baseline with target clones.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <vector>

#include <Eigen/Core>

#include "engine/conv_gemm.hpp"
#include "engine/gemm.hpp"
#include "image/image_internal.hpp"
#include "image/program.hpp"

namespace abusemon::detail::imaging {
namespace {

#define AM_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))

AM_CLONES void activate(float* y, std::size_t n, Fn f) {
  if (f == Fn::relu) {
    for (std::size_t i = 0; i < n; ++i) y[i] = y[i] > 0.0f ? y[i] : 0.0f;
  } else if (f == Fn::gelu) {
    const VecKernels* vk = vec_kernels(fp_isa());
    if (vk) {
      vk->gelu(y, n);
    } else {
      for (std::size_t i = 0; i < n; ++i)
        y[i] = 0.5f * y[i] * (1.0f + std::erf(y[i] * static_cast<float>(M_SQRT1_2)));
    }
  }
}

AM_CLONES void depthwise(const float* x, std::size_t h, std::size_t w, std::size_t c,
                         const float* k, const float* b, std::size_t kh, std::size_t kw,
                         std::size_t sh, std::size_t sw, std::size_t pt, std::size_t pl,
                         std::size_t ho, std::size_t wo, float* y) {
  for (std::size_t oy = 0; oy < ho; ++oy)
    for (std::size_t ox = 0; ox < wo; ++ox) {
      float* __restrict acc = y + (oy * wo + ox) * c;
      for (std::size_t ch = 0; ch < c; ++ch) acc[ch] = b[ch];
      for (std::size_t ky = 0; ky < kh; ++ky) {
        const std::ptrdiff_t iy =
            static_cast<std::ptrdiff_t>(oy * sh + ky) - static_cast<std::ptrdiff_t>(pt);
        if (iy < 0 || iy >= static_cast<std::ptrdiff_t>(h)) continue;
        for (std::size_t kx = 0; kx < kw; ++kx) {
          const std::ptrdiff_t ix =
              static_cast<std::ptrdiff_t>(ox * sw + kx) - static_cast<std::ptrdiff_t>(pl);
          if (ix < 0 || ix >= static_cast<std::ptrdiff_t>(w)) continue;
          const float* __restrict src =
              x + (static_cast<std::size_t>(iy) * w + static_cast<std::size_t>(ix)) * c;
          const float* __restrict wk = k + (ky * kw + kx) * c;
          for (std::size_t ch = 0; ch < c; ++ch) acc[ch] += src[ch] * wk[ch];
        }
      }
    }
}

// Max or average pooling (padding excluded from both), channels-last.
AM_CLONES void pool(bool max, const float* x, std::size_t h, std::size_t w, std::size_t c,
                    std::size_t kh, std::size_t kw, std::size_t sh, std::size_t sw, std::size_t pt,
                    std::size_t pl, std::size_t ho, std::size_t wo, float* y) {
  for (std::size_t oy = 0; oy < ho; ++oy)
    for (std::size_t ox = 0; ox < wo; ++ox) {
      float* __restrict dst = y + (oy * wo + ox) * c;
      const std::ptrdiff_t y0 =
          static_cast<std::ptrdiff_t>(oy * sh) - static_cast<std::ptrdiff_t>(pt);
      const std::ptrdiff_t x0 =
          static_cast<std::ptrdiff_t>(ox * sw) - static_cast<std::ptrdiff_t>(pl);
      const std::size_t ya = static_cast<std::size_t>(std::max<std::ptrdiff_t>(y0, 0));
      const std::size_t yb = static_cast<std::size_t>(std::min<std::ptrdiff_t>(
          y0 + static_cast<std::ptrdiff_t>(kh), static_cast<std::ptrdiff_t>(h)));
      const std::size_t xa = static_cast<std::size_t>(std::max<std::ptrdiff_t>(x0, 0));
      const std::size_t xb = static_cast<std::size_t>(std::min<std::ptrdiff_t>(
          x0 + static_cast<std::ptrdiff_t>(kw), static_cast<std::ptrdiff_t>(w)));
      std::fill(dst, dst + c, max ? -std::numeric_limits<float>::infinity() : 0.0f);
      for (std::size_t iy = ya; iy < yb; ++iy)
        for (std::size_t ix = xa; ix < xb; ++ix) {
          const float* __restrict src = x + (iy * w + ix) * c;
          if (max) {
            for (std::size_t ch = 0; ch < c; ++ch) dst[ch] = dst[ch] < src[ch] ? src[ch] : dst[ch];
          } else {
            for (std::size_t ch = 0; ch < c; ++ch) dst[ch] += src[ch];
          }
        }
      if (!max) {
        const float inv = 1.0f / static_cast<float>((yb - ya) * (xb - xa));
        for (std::size_t ch = 0; ch < c; ++ch) dst[ch] *= inv;
      }
    }
}

AM_CLONES void binary(Fn f, const float* a, std::size_t ar, std::size_t ac, const float* b,
                      std::size_t br, std::size_t bc, float* y, std::size_t rows,
                      std::size_t cols) {
  for (std::size_t r = 0; r < rows; ++r) {
    const float* pa = a + (ar == 1 ? 0 : r * ac);
    const float* pb = b + (br == 1 ? 0 : r * bc);
    float* py = y + r * cols;
    const std::size_t sa = ac == 1 ? 0 : 1, sb = bc == 1 ? 0 : 1;
    switch (f) {
      case Fn::add:
        for (std::size_t c = 0; c < cols; ++c) py[c] = pa[c * sa] + pb[c * sb];
        break;
      case Fn::sub:
        for (std::size_t c = 0; c < cols; ++c) py[c] = pa[c * sa] - pb[c * sb];
        break;
      case Fn::mul:
        for (std::size_t c = 0; c < cols; ++c) py[c] = pa[c * sa] * pb[c * sb];
        break;
      default:
        for (std::size_t c = 0; c < cols; ++c) py[c] = pa[c * sa] / pb[c * sb];
        break;
    }
  }
}

}  // namespace

void Program::exec(const Op& op, Workspace& ws, const float* x, const float* x2, float* y) const {
  const Slot& X = slots_[static_cast<std::size_t>(op.x)];
  const Slot& Y = slots_[static_cast<std::size_t>(op.y)];
  switch (op.kind) {
    case Kind::conv: {
      if (op.g != 1) {
        depthwise(x, X.h, X.w, X.cols, op.w, op.b, op.kh, op.kw, op.sh, op.sw, op.pt, op.pl, Y.h,
                  Y.w, y);
        activate(y, Y.size(), op.f);
      } else {
        dense(op, ws, x, x2, y);
      }
      break;
    }
    case Kind::linear:
      dense(op, ws, x, x2, y);
      break;
    case Kind::pool:
      pool(op.f == Fn::max, x, X.h, X.w, X.cols, op.kh, op.kw, op.sh, op.sw, op.pt, op.pl, Y.h, Y.w,
           y);
      break;
    case Kind::binc:
      if (op.rev)
        binary(op.f, op.c, op.cr, op.cc, x, X.rows, X.cols, y, Y.rows, Y.cols);
      else
        binary(op.f, x, X.rows, X.cols, op.c, op.cr, op.cc, y, Y.rows, Y.cols);
      break;
    case Kind::bin: {
      const Slot& X2 = slots_[static_cast<std::size_t>(op.x2)];
      binary(op.f, x, X.rows, X.cols, x2, X2.rows, X2.cols, y, Y.rows, Y.cols);
      break;
    }
    case Kind::unary: {
      const std::size_t n = Y.size();
      if (op.f == Fn::relu || op.f == Fn::gelu) {
        std::memcpy(y, x, n * sizeof(float));
        activate(y, n, op.f);
      } else if (op.f == Fn::erf) {
        for (std::size_t i = 0; i < n; ++i) y[i] = std::erf(x[i]);
      } else if (op.f == Fn::sqrt) {
        for (std::size_t i = 0; i < n; ++i) y[i] = std::sqrt(x[i]);
      } else {
        for (std::size_t i = 0; i < n; ++i) y[i] = std::min(std::max(x[i], op.lo), op.hi);
      }
      break;
    }
    case Kind::reduce: {
      if (op.over_rows) {
        std::vector<double> acc(X.cols, 0.0);
        for (std::size_t r = 0; r < X.rows; ++r)
          for (std::size_t c = 0; c < X.cols; ++c) {
            const double v = x[r * X.cols + c];
            acc[c] += op.f == Fn::l2 ? v * v : v;
          }
        for (std::size_t c = 0; c < X.cols; ++c)
          y[c] = static_cast<float>(op.f == Fn::l2     ? std::sqrt(acc[c])
                                    : op.f == Fn::mean ? acc[c] / static_cast<double>(X.rows)
                                                       : acc[c]);
      } else {
        for (std::size_t r = 0; r < X.rows; ++r) {
          double acc = 0;
          for (std::size_t c = 0; c < X.cols; ++c) {
            const double v = x[r * X.cols + c];
            acc += op.f == Fn::l2 ? v * v : v;
          }
          y[r] = static_cast<float>(op.f == Fn::l2     ? std::sqrt(acc)
                                    : op.f == Fn::mean ? acc / static_cast<double>(X.cols)
                                                       : acc);
        }
      }
      break;
    }
    case Kind::softmax:
      for (std::size_t r = 0; r < X.rows; ++r) {
        const float* s = x + r * X.cols;
        float* d = y + r * X.cols;
        const float m = *std::max_element(s, s + X.cols);
        double sum = 0;
        for (std::size_t c = 0; c < X.cols; ++c) sum += d[c] = std::exp(s[c] - m);
        for (std::size_t c = 0; c < X.cols; ++c) d[c] = static_cast<float>(d[c] / sum);
      }
      break;
    case Kind::affine:
      for (std::size_t r = 0; r < X.rows; ++r)
        for (std::size_t c = 0; c < X.cols; ++c)
          y[r * X.cols + c] = x[r * X.cols + c] * op.w[c] + op.b[c];
      break;
    case Kind::view:
      std::memcpy(y, x, X.size() * sizeof(float));
      break;
  }
}

void Program::run(std::span<const float> input, std::span<float> out) const {
  if (input.size() != in_h_ * in_w_ * 3)
    throw std::invalid_argument("ImageModel::run: input must have height*width*3 floats");
  if (out.size() != outputs_.size())
    throw std::invalid_argument("ImageModel::run: output span has the wrong size");
  auto ws = pool_.take();
  run_ws(*ws, input.data(), out.data());
  pool_.give_back(std::move(ws));
}

void Program::prepare(const RgbImage& image, std::span<float> input) const {
  if (input.size() != in_h_ * in_w_ * 3)
    throw std::invalid_argument("ImageModel::prepare: input must have height*width*3 floats");
  PrepareSpec spec{in_h_, in_w_, resize_, bgr_, mean_, scale_};
  prepare_image(image, spec, input.data());
}

std::vector<float> Program::classify(std::span<const std::uint8_t> encoded,
                                     const ImageLimits& limits) const {
  return classify(decode_image(encoded, limits));
}

std::vector<float> Program::classify(const RgbImage& image) const {
  if (image.width == 0 || image.height == 0 ||
      image.pixels.size() != std::size_t{image.width} * image.height * 3)
    throw std::invalid_argument("ImageModel::classify: pixels must be width*height*3 bytes");
  auto ws = pool_.take();
  ws->input.resize(in_h_ * in_w_ * 3);
  prepare(image, ws->input);
  std::vector<float> out(outputs_.size());
  run_ws(*ws, ws->input.data(), out.data());
  pool_.give_back(std::move(ws));
  return out;
}

void Program::run_ws(Workspace& ws, const float* input, float* out) const {
  if (ws.buffers.size() != buffer_size_.size()) {
    ws.buffers.resize(buffer_size_.size());
    for (std::size_t i = 0; i < buffer_size_.size(); ++i) ws.buffers[i].resize(buffer_size_[i]);
    ws.pad.resize(pad_floats_);
    ws.col.resize(col_floats_);
    ws.rows.resize(row_count_);
  }
  auto ptr = [&](int s) -> float* {
    if (s == 0) return const_cast<float*>(input);
    return ws.buffers[static_cast<std::size_t>(buffer_of_[static_cast<std::size_t>(s)])].data();
  };
  for (const Op& op : ops_) exec(op, ws, ptr(op.x), op.x2 >= 0 ? ptr(op.x2) : nullptr, ptr(op.y));
  std::memcpy(out, ptr(static_cast<int>(out_slot_)), outputs_.size() * sizeof(float));
}

// y = f(x * W^T + b [+ res]) for a linear layer or a dense convolution. A kh x kw convolution
// reads kh segments of kw * C contiguous floats per output pixel from the (zero-padded)
// channels-last input, in the (ky, kx, c) order of its weights.
void Program::dense(const Op& op, Workspace& ws, const float* x, const float* res, float* y) const {
  const Slot& X = slots_[static_cast<std::size_t>(op.x)];
  const Slot& Y = slots_[static_cast<std::size_t>(op.y)];
  std::array<std::ptrdiff_t, 16> seg{};
  std::size_t nseg = 1, seglen = op.in;
  if (op.kind == Kind::linear) {
    for (std::size_t r = 0; r < Y.rows; ++r) ws.rows[r] = x + r * X.cols;
  } else {
    const std::size_t c = X.cols, wp = X.w + op.pl + op.pr;
    const float* src = x;
    if (op.padded()) {
      float* p = ws.pad.data();
      const std::size_t hp = X.h + op.pt + op.pb, row = wp * c;
      for (std::size_t iy = 0; iy < hp; ++iy, p += row) {
        if (iy < op.pt || iy >= op.pt + X.h) {
          std::fill(p, p + row, 0.0f);
          continue;
        }
        std::fill(p, p + op.pl * c, 0.0f);
        std::memcpy(p + op.pl * c, x + (iy - op.pt) * X.w * c, X.w * c * sizeof(float));
        std::fill(p + (op.pl + X.w) * c, p + row, 0.0f);
      }
      src = ws.pad.data();
    }
    for (std::size_t oy = 0, r = 0; oy < Y.h; ++oy)
      for (std::size_t ox = 0; ox < Y.w; ++ox, ++r)
        ws.rows[r] = src + (oy * op.sh * wp + ox * op.sw) * c;
    nseg = op.kh;
    seglen = op.kw * c;
    for (std::size_t ky = 0; ky < op.kh; ++ky) seg[ky] = static_cast<std::ptrdiff_t>(ky * wp * c);
  }
  if (op.packed) {
    ConvGemm g;
    g.rows = ws.rows.data();
    g.n = Y.rows;
    g.seg = seg.data();
    g.nseg = nseg;
    g.seglen = seglen;
    g.panels = op.packed.data.get();
    g.out = op.out;
    g.bias = op.packed.bias.data();
    g.res = res;
    g.relu = op.f == Fn::relu;
    g.y = y;
    g.ldy = op.out;
    conv_gemm(fp_isa(), g);
    if (op.f == Fn::gelu) activate(y, Y.size(), op.f);
    return;
  }
  // Portable: blocks of rows gathered into an im2col matrix for Eigen.
  using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  const auto in = static_cast<Eigen::Index>(op.in), out = static_cast<Eigen::Index>(op.out);
  Eigen::Map<const RowMat> W(op.w, out, in);
  const std::size_t block = ws.col.size() / op.in;
  for (std::size_t r0 = 0; r0 < Y.rows; r0 += block) {
    const std::size_t n = std::min(block, Y.rows - r0);
    for (std::size_t r = 0; r < n; ++r)
      for (std::size_t s = 0; s < nseg; ++s)
        std::memcpy(ws.col.data() + r * op.in + s * seglen, ws.rows[r0 + r] + seg[s],
                    seglen * sizeof(float));
    Eigen::Map<const RowMat> C(ws.col.data(), static_cast<Eigen::Index>(n), in);
    Eigen::Map<RowMat> Yb(y + r0 * op.out, static_cast<Eigen::Index>(n), out);
    Yb.noalias() = C * W.transpose();
    Yb.rowwise() += Eigen::Map<const Eigen::RowVectorXf>(op.b, out);
    if (res) Yb += Eigen::Map<const RowMat>(res + r0 * op.out, static_cast<Eigen::Index>(n), out);
  }
  activate(y, Y.size(), op.f);
}

}  // namespace abusemon::detail::imaging
