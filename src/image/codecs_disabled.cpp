// The codecs when the library is built with ABUSEMON_WITH_IMAGES=OFF (no libjpeg-turbo, libpng or
// libwebp): decoding reports the missing component; sniffing, data: URLs and image models that
// are given pixels still work.
#include "image/codecs.hpp"

namespace abusemon::detail {
namespace {

[[noreturn]] void not_built(const char* format) {
  image_fail(status::state, std::string("decoding ") + format +
                                " needs abusemon built with ABUSEMON_WITH_IMAGES=ON "
                                "(libjpeg-turbo, libpng, libwebp)");
}

}  // namespace

RgbImage decode_jpeg(std::span<const std::uint8_t>, const ImageLimits&) {
  not_built("JPEG");
}
RgbImage decode_png(std::span<const std::uint8_t>, const ImageLimits&) {
  not_built("PNG");
}
RgbImage decode_webp(std::span<const std::uint8_t>, const ImageLimits&) {
  not_built("WebP");
}

}  // namespace abusemon::detail
