// Content parts and image models shared by register_image.cpp and register_monitor.cpp.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <memory>
#include <string>
#include <vector>

#include "abusemon/image.hpp"
#include "abusemon/monitor.hpp"

namespace abusemon::python {

/// Python's ImageModel (a shared_ptr<const> cannot be a pybind11 holder).
struct ImageModelHandle {
  std::shared_ptr<const ImageModel> model;
};

/// A content part converted from Python, owning its bytes (so the GIL can be released).
struct OwnedPart {
  PartKind kind = PartKind::text;
  std::string text;
  std::vector<std::uint8_t> bytes;
  RgbImage pixels;
  bool has_pixels = false;
};

/// str → text; bytes/bytearray/memoryview → encoded image; uint8 array (h, w, 3) → pixels;
/// {"type": "text", "text": ...} / {"type": "image_url", "image_url": {"url": "data:..."}}.
OwnedPart part_of(const pybind11::handle& obj);
std::vector<ContentPart> views_of(const std::vector<OwnedPart>& owned);
RgbImage rgb_of_array(const pybind11::array& array);
/// None → null; an ImageModel; or a path (loaded).
std::shared_ptr<const ImageModel> image_model_of(const pybind11::object& obj);

}  // namespace abusemon::python
