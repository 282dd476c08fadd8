// Image decoding entry points: the format from the magic bytes only, the size limits, and data:
// URLs. The codecs themselves are in codecs.cpp (libjpeg-turbo, libpng, libwebp), or
// codecs_disabled.cpp when the library is built with ABUSEMON_WITH_IMAGES=OFF.
#include <cstring>
#include <string>

#include "abusemon/error.hpp"
#include "abusemon/image.hpp"
#include "core/enum_names.hpp"
#include "image/codecs.hpp"

namespace abusemon {
namespace {

[[noreturn]] void fail(status s, const std::string& what) {
  throw error(s, "image: " + what);
}

int b64(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

}  // namespace

std::string_view to_string(ImageFormat f) noexcept {
  static constexpr detail::EnumNames<ImageFormat, 3> kNames{{"jpeg", "png", "webp"}, "?"};
  return kNames.name(f);
}

ImageFormat sniff_image_format(std::span<const std::uint8_t> b) {
  if (b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return ImageFormat::jpeg;
  static const std::uint8_t png_magic[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  if (b.size() >= 8 && std::memcmp(b.data(), png_magic, 8) == 0) return ImageFormat::png;
  if (b.size() >= 12 && std::memcmp(b.data(), "RIFF", 4) == 0 &&
      std::memcmp(b.data() + 8, "WEBP", 4) == 0)
    return ImageFormat::webp;
  if (b.size() >= 6 &&
      (std::memcmp(b.data(), "GIF87a", 6) == 0 || std::memcmp(b.data(), "GIF89a", 6) == 0))
    fail(status::format, "GIF images are not supported (JPEG, PNG, WebP are)");
  if (b.empty()) fail(status::format, "empty image");
  fail(status::format, "not a JPEG, PNG or WebP image");
}

RgbImage decode_image(std::span<const std::uint8_t> bytes, const ImageLimits& limits) {
  if (limits.max_bytes != 0 && bytes.size() > limits.max_bytes)
    fail(status::limit, "encoded image of " + std::to_string(bytes.size()) +
                            " bytes is over the limit of " + std::to_string(limits.max_bytes));
  switch (sniff_image_format(bytes)) {
    case ImageFormat::jpeg:
      return detail::decode_jpeg(bytes, limits);
    case ImageFormat::png:
      return detail::decode_png(bytes, limits);
    case ImageFormat::webp:
      return detail::decode_webp(bytes, limits);
  }
  fail(status::internal, "unreachable");
}

std::vector<std::uint8_t> decode_data_url(std::string_view url, std::size_t max_bytes) {
  if (url.substr(0, 5) != "data:") fail(status::format, "not a data: URL");
  const std::size_t comma = url.find(',');
  if (comma == std::string_view::npos) fail(status::format, "data: URL without a comma");
  std::string_view meta = url.substr(5, comma - 5);
  if (meta.size() < 7 || meta.substr(meta.size() - 7) != ";base64")
    fail(status::format, "data: URL is not base64-encoded");
  if (meta.substr(0, 6) != "image/") fail(status::format, "data: URL is not an image");
  std::string_view body = url.substr(comma + 1);
  if (max_bytes != 0 && body.size() / 4 * 3 > max_bytes + 3)
    fail(status::limit,
         "data: URL of " + std::to_string(body.size()) + " characters is over the limit");
  std::vector<std::uint8_t> out;
  out.reserve(body.size() / 4 * 3 + 3);
  std::uint32_t acc = 0;
  int bits = 0;
  std::size_t pad = 0;
  for (char c : body) {
    if (c == '=') {
      ++pad;
      continue;
    }
    if (c == '\n' || c == '\r' || c == ' ') continue;
    const int v = b64(c);
    if (v < 0 || pad) fail(status::format, "data: URL has invalid base64");
    acc = (acc << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<std::uint8_t>(acc >> bits));
    }
  }
  if (pad > 2 || bits >= 6) fail(status::format, "data: URL has invalid base64");
  return out;
}

}  // namespace abusemon
