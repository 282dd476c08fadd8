// Private (image): the codecs behind decode_image(), one per format. Built from codecs.cpp with
// ABUSEMON_WITH_IMAGES (libjpeg-turbo, libpng, libwebp), or from codecs_disabled.cpp without.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "abusemon/error.hpp"
#include "abusemon/image.hpp"

namespace abusemon::detail {

[[noreturn]] inline void image_fail(status s, const std::string& what) {
  throw error(s, "image: " + what);
}

RgbImage decode_jpeg(std::span<const std::uint8_t> bytes, const ImageLimits& limits);
RgbImage decode_png(std::span<const std::uint8_t> bytes, const ImageLimits& limits);
RgbImage decode_webp(std::span<const std::uint8_t> bytes, const ImageLimits& limits);

}  // namespace abusemon::detail
