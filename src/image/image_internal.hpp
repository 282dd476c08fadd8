// Internal image helpers shared by the engine, the decoders and the Monitor.
#pragma once

#include <array>
#include <cstddef>
#include <string>

#include "abusemon/image.hpp"

namespace abusemon::detail {

/// How a model wants its input prepared (from the model file).
struct PrepareSpec {
  std::size_t height = 0, width = 0;
  std::string resize;  ///< letterbox_blur, resize_crop or stretch
  bool bgr = false;
  std::array<float, 3> mean{};
  std::array<float, 3> scale{1, 1, 1};
};

/// Antialiased (triangle filter, PIL "bilinear" semantics) resize of 8-bit RGB.
RgbImage resize_rgb(const RgbImage& src, std::size_t width, std::size_t height);

/// Writes height x width x 3 floats, channels-last, per `spec`.
void prepare_image(const RgbImage& image, const PrepareSpec& spec, float* out);

}  // namespace abusemon::detail
