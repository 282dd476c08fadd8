// The three codecs behind decode_image(): libjpeg-turbo, libpng (simplified API) and libwebp.
// Built only with ABUSEMON_WITH_IMAGES (codecs_disabled.cpp otherwise). Dimensions are checked
// against ImageLimits before any pixel buffer is allocated; truncated or corrupt data is an
// error, never a half-grey picture.
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <string>

#include <jpeglib.h>
#include <png.h>
#include <webp/decode.h>

#include "abusemon/error.hpp"
#include "image/codecs.hpp"

namespace abusemon::detail {
namespace {

void check_dims(std::uint64_t w, std::uint64_t h, const ImageLimits& limits, const char* fmt) {
  if (w == 0 || h == 0) image_fail(status::format, std::string(fmt) + " has no pixels");
  if (w > 65535 || h > 65535 || (limits.max_pixels != 0 && w * h > limits.max_pixels))
    image_fail(status::limit, std::string(fmt) + " of " + std::to_string(w) + "x" +
                                  std::to_string(h) + " pixels is over the limit of " +
                                  std::to_string(limits.max_pixels) + " pixels");
}

struct JpegError {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
  int warnings = 0;
};

void jpeg_exit(j_common_ptr cinfo) {
  auto* e = reinterpret_cast<JpegError*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, e->message);
  std::longjmp(e->jump, 1);
}

void jpeg_message(j_common_ptr cinfo, int level) {
  auto* e = reinterpret_cast<JpegError*>(cinfo->err);
  if (level < 0 && e->warnings++ == 0) (*cinfo->err->format_message)(cinfo, e->message);
}

// Everything that can longjmp lives in this function, which owns no C++ objects with
// destructors (the pixel buffer is allocated by the caller once the header is read).
struct JpegState {
  jpeg_decompress_struct cinfo;
  JpegError err;
};

int jpeg_header(JpegState& s, const std::uint8_t* data, std::size_t size) {
  s.cinfo.err = jpeg_std_error(&s.err.mgr);
  s.err.mgr.error_exit = jpeg_exit;
  s.err.mgr.emit_message = jpeg_message;
  s.err.message[0] = 0;
  if (setjmp(s.err.jump)) return 1;
  jpeg_create_decompress(&s.cinfo);
  jpeg_mem_src(&s.cinfo, data, static_cast<unsigned long>(size));
  jpeg_read_header(&s.cinfo, TRUE);
  const bool cmyk = s.cinfo.jpeg_color_space == JCS_CMYK || s.cinfo.jpeg_color_space == JCS_YCCK;
  s.cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_RGB;
  return 0;
}

int jpeg_body(JpegState& s, std::uint8_t* out, std::size_t stride) {
  if (setjmp(s.err.jump)) return 1;
  jpeg_start_decompress(&s.cinfo);
  while (s.cinfo.output_scanline < s.cinfo.output_height) {
    JSAMPROW row = out + std::size_t{s.cinfo.output_scanline} * stride;
    jpeg_read_scanlines(&s.cinfo, &row, 1);
  }
  jpeg_finish_decompress(&s.cinfo);
  return 0;
}

}  // namespace

RgbImage decode_jpeg(std::span<const std::uint8_t> bytes, const ImageLimits& limits) {
  JpegState s{};
  std::string msg;
  RgbImage img;
  if (jpeg_header(s, bytes.data(), bytes.size()) == 0) {
    const std::uint64_t w = s.cinfo.image_width, h = s.cinfo.image_height;
    try {
      check_dims(w, h, limits, "JPEG");
    } catch (...) {
      jpeg_destroy_decompress(&s.cinfo);
      throw;
    }
    const bool cmyk = s.cinfo.out_color_space == JCS_CMYK;
    std::vector<std::uint8_t> buf(w * h * (cmyk ? 4 : 3));
    if (jpeg_body(s, buf.data(), static_cast<std::size_t>(w) * (cmyk ? 4 : 3)) == 0 &&
        s.err.warnings == 0) {
      img.width = static_cast<std::uint32_t>(w);
      img.height = static_cast<std::uint32_t>(h);
      if (cmyk) {  // Adobe CMYK JPEGs are stored inverted
        img.pixels.resize(w * h * 3);
        for (std::size_t i = 0; i < w * h; ++i) {
          const unsigned k = buf[i * 4 + 3];
          for (int c = 0; c < 3; ++c)
            img.pixels[i * 3 + static_cast<std::size_t>(c)] =
                static_cast<std::uint8_t>(buf[i * 4 + static_cast<std::size_t>(c)] * k / 255);
        }
      } else {
        img.pixels = std::move(buf);
      }
    }
  }
  msg = s.err.message;
  jpeg_destroy_decompress(&s.cinfo);
  if (img.pixels.empty())
    image_fail(status::format, "corrupt or truncated JPEG" + (msg.empty() ? "" : ": " + msg));
  return img;
}

RgbImage decode_png(std::span<const std::uint8_t> bytes, const ImageLimits& limits) {
  png_image png;
  std::memset(&png, 0, sizeof png);
  png.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&png, bytes.data(), bytes.size()))
    image_fail(status::format, std::string("corrupt PNG: ") + png.message);
  try {
    check_dims(png.width, png.height, limits, "PNG");
  } catch (...) {
    png_image_free(&png);
    throw;
  }
  png.format = PNG_FORMAT_RGB;
  RgbImage img;
  img.width = png.width;
  img.height = png.height;
  img.pixels.resize(std::size_t{png.width} * png.height * 3);
  png_color white{255, 255, 255};
  if (!png_image_finish_read(&png, &white, img.pixels.data(), 0, nullptr)) {
    std::string m = png.message;
    png_image_free(&png);
    image_fail(status::format, "corrupt or truncated PNG: " + m);
  }
  png_image_free(&png);
  return img;
}

RgbImage decode_webp(std::span<const std::uint8_t> bytes, const ImageLimits& limits) {
  WebPBitstreamFeatures f;
  if (WebPGetFeatures(bytes.data(), bytes.size(), &f) != VP8_STATUS_OK)
    image_fail(status::format, "corrupt WebP header");
  if (f.has_animation) image_fail(status::format, "animated WebP is not supported");
  check_dims(static_cast<std::uint64_t>(f.width), static_cast<std::uint64_t>(f.height), limits,
             "WebP");
  const std::size_t w = static_cast<std::size_t>(f.width), h = static_cast<std::size_t>(f.height);
  std::vector<std::uint8_t> rgba(w * h * 4);
  if (!WebPDecodeRGBAInto(bytes.data(), bytes.size(), rgba.data(), rgba.size(),
                          static_cast<int>(w * 4)))
    image_fail(status::format, "corrupt or truncated WebP");
  RgbImage img;
  img.width = static_cast<std::uint32_t>(w);
  img.height = static_cast<std::uint32_t>(h);
  img.pixels.resize(w * h * 3);
  for (std::size_t i = 0; i < w * h; ++i) {
    const unsigned a = rgba[i * 4 + 3];
    for (std::size_t c = 0; c < 3; ++c)
      img.pixels[i * 3 + c] =
          static_cast<std::uint8_t>((rgba[i * 4 + c] * a + 255 * (255 - a) + 127) / 255);
  }
  return img;
}

}  // namespace abusemon::detail
