// Fuzz target: the image decoders (JPEG, PNG, WebP through libjpeg-turbo, libpng, libwebp) and
// data: URLs on arbitrary bytes. Every input either decodes to width * height * 3 bytes within
// the limits or throws abusemon::error (format / limit); anything else is a bug.
// Seeds: tests/fuzz/corpus/fuzz_image_decode/ (the test images, truncated and bomb included).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>

#include "abusemon/error.hpp"
#include "abusemon/image.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  abusemon::ImageLimits limits;
  limits.max_pixels = 4'000'000;  // keep each run small; the limit path is exercised too
  try {
    const abusemon::RgbImage img = abusemon::decode_image({data, size}, limits);
    if (img.width == 0 || img.height == 0 ||
        img.pixels.size() != std::size_t{img.width} * img.height * 3 ||
        std::uint64_t{img.width} * img.height > limits.max_pixels)
      std::abort();
  } catch (const abusemon::error& e) {
    if (e.code() != abusemon::status::format && e.code() != abusemon::status::limit) std::abort();
  }
  try {
    abusemon::decode_data_url(std::string_view(reinterpret_cast<const char*>(data), size), 1 << 20);
  } catch (const abusemon::error&) {
  }
  return 0;
}
