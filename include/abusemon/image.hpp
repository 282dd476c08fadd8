// Images: decoding (JPEG, PNG, WebP), preprocessing and the image classifier engine.
//
// An image model file (docs/IMAGES.md) is a GGUF holding a short program of channels-last ops
// (convolution incl. depthwise, pooling, linear layers, element-wise and reduction ops,
// softmax) converted from ONNX by bindings/python/abusemon/image_convert.py, plus the input
// preparation (size, channel order, mean, scale, resize mode) and the output names
// ("sexual", "graphic", "benign", ...). ImageModel::load() validates every op and shape.
//
// Errors: abusemon::error(status::format) for a malformed model file or an undecodable image
// (the message says what is wrong: unknown format, truncated, corrupt, mislabelled),
// status::limit for an image over ImageLimits; std::invalid_argument for misuse.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include "abusemon/export.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

/// Limits applied before any pixel is decoded (decompression bombs never allocate).
struct ImageLimits {
  std::uint64_t max_pixels = 50'000'000;      ///< width * height; 0 = no limit
  std::size_t max_bytes = 32u * 1024 * 1024;  ///< encoded size; 0 = no limit
};

/// Encoded formats decode_image() reads. Detected from the bytes, never from a name or type.
enum class ImageFormat : std::uint8_t { jpeg, png, webp };
std::string_view to_string(ImageFormat f) noexcept;

/// 8-bit RGB pixels, row-major, no padding (alpha is composited onto white).
struct RgbImage {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  std::vector<std::uint8_t> pixels;  ///< width * height * 3
};

/// Detects the format from the leading bytes; nullopt-like: throws status::format when unknown.
ImageFormat sniff_image_format(std::span<const std::uint8_t> bytes);

/// Decodes a JPEG, PNG or WebP image. Throws error(status::format) for an unknown, corrupt or
/// truncated image, error(status::limit) past `limits`.
RgbImage decode_image(std::span<const std::uint8_t> bytes, const ImageLimits& limits = {});

/// Parses a `data:image/...;base64,` URL into its bytes. The declared media type is not trusted
/// (decode_image sniffs); a non-base64 or malformed URL throws error(status::format).
std::vector<std::uint8_t> decode_data_url(std::string_view url, std::size_t max_bytes = 0);

/// A loaded image classifier. Immutable and thread-safe: share one between threads.
class ImageModel {
 public:
  static std::shared_ptr<const ImageModel> load(const std::string& path);
  static std::shared_ptr<const ImageModel> from_bytes(std::span<const std::uint8_t> bytes);
  virtual ~ImageModel() = default;

  virtual const std::vector<std::string>& outputs() const noexcept = 0;
  virtual std::string name() const = 0;
  virtual std::string license() const = 0;
  /// Input the network takes: height, width, channels (3).
  virtual std::uint32_t input_height() const noexcept = 0;
  virtual std::uint32_t input_width() const noexcept = 0;
  /// Resize mode from the file: "letterbox_blur" or "resize_crop" or "stretch".
  virtual std::string resize_mode() const = 0;
  /// Bytes held by the loaded model (weights, packed copies, workspace high-water mark).
  virtual std::size_t memory_bytes() const noexcept = 0;

  /// Runs the network on a prepared input: input_height() x input_width() x 3 floats,
  /// channels-last, already in the model's channel order with mean/scale applied.
  /// `out` has outputs().size() entries.
  virtual void run(std::span<const float> input, std::span<float> out) const = 0;
  /// Preprocesses (resize per resize_mode(), channel order, mean, scale) into `input`.
  virtual void prepare(const RgbImage& image, std::span<float> input) const = 0;
  /// decode_image + prepare + run.
  virtual std::vector<float> classify(std::span<const std::uint8_t> encoded,
                                      const ImageLimits& limits = {}) const = 0;
  virtual std::vector<float> classify(const RgbImage& image) const = 0;
};

}  // namespace abusemon
