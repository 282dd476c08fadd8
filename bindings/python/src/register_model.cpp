// Model: the inference engine (abusemon.Model). Heavy calls release the GIL.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "abusemon/model.hpp"
#include "bindings.hpp"
#include "convert.hpp"

namespace py = pybind11;

namespace abusemon::python {
namespace {

// str → UTF-8; bytes → raw bytes (may be invalid UTF-8: the engine repairs it).
std::string text_of(const py::handle& h) {
  if (py::isinstance<py::bytes>(h)) return h.cast<std::string>();
  if (py::isinstance<py::str>(h)) return h.cast<std::string>();
  throw std::invalid_argument("texts must be str or bytes");
}

std::vector<std::string> texts_of(const py::object& texts) {
  if (py::isinstance<py::str>(texts) || py::isinstance<py::bytes>(texts))
    throw std::invalid_argument("texts must be a sequence of str/bytes, not a single string");
  std::vector<std::string> out;
  for (auto h : texts) out.push_back(text_of(h));
  return out;
}

WindowPooling pooling_of(const std::string& s) {
  if (auto p = parse_window_pooling(s)) return *p;
  throw std::invalid_argument("window_pooling must be 'max', 'mean' or 'model'");
}

// None → the model's default; True/False → on/off.
Normalization normalization_of(const py::object& v) {
  if (v.is_none()) return Normalization::model_default;
  if (!py::isinstance<py::bool_>(v))
    throw std::invalid_argument("normalize must be None, True or False");
  return v.cast<bool>() ? Normalization::on : Normalization::off;
}

ModelOutput output_of(const std::string& s) {
  if (auto o = parse_model_output(s)) return *o;
  throw std::invalid_argument("output must be 'probabilities', 'logits' or 'pooled'");
}

py::array_t<float> run(const Model& m, const py::object& texts, ModelOutput kind,
                       std::size_t max_tokens, std::size_t stride, const std::string& pooling,
                       std::size_t max_windows, const py::object& normalize) {
  ScoreOptions o;
  o.normalize = normalization_of(normalize);
  o.max_tokens = max_tokens;
  o.stride = stride;
  o.window_pooling = pooling_of(pooling);
  o.max_windows = max_windows;
  std::vector<std::string> owned = texts_of(texts);
  const std::size_t W = m.width(kind);
  py::array_t<float> out({static_cast<py::ssize_t>(owned.size()), static_cast<py::ssize_t>(W)});
  float* dst = out.mutable_data();
  {
    py::gil_scoped_release nogil;
    std::vector<std::string_view> views(owned.begin(), owned.end());
    m.run(views, kind, std::span<float>(dst, owned.size() * W), o);
  }
  return out;
}

constexpr const char* kScoreDoc = R"(Scores texts.

Arguments:
    texts: sequence of str (or bytes; invalid UTF-8 is replaced by U+FFFD).
    max_tokens: window length incl. CLS/SEP (0 = model default).
    stride: tokens between window starts (0 = model default).
    window_pooling: "max", "mean" or "model" (the file's default).
    max_windows: more windows for one text raises abusemon.Error(status="limit"); 0 = no limit.
    normalize: None = the model's default (docs/NORMALIZATION.md), True/False = on/off.

Returns:
    numpy.ndarray float32 of shape (len(texts), len(output_names)).

Raises:
    ValueError for bad options; abusemon.Error for limit violations.)";

}  // namespace

void register_model(py::module_& m) {
  py::class_<Model, std::shared_ptr<Model>>(m, "Model",
                                            "A loaded abusemon model file (immutable, "
                                            "thread-safe). Load with Model.load(path).")
      .def_static(
          "load",
          [](const py::object& path_arg, bool int8, const py::object& normalize) {
            const std::string path = model_path_of(path_arg);
            ModelOptions o;
            o.int8 = int8;
            o.normalize = normalization_of(normalize);
            std::shared_ptr<const Model> p;
            {
              py::gil_scoped_release nogil;
              p = Model::load(path, o);
            }
            return std::const_pointer_cast<Model>(p);
          },
          py::arg("path") = py::none(), py::kw_only(), py::arg("int8") = false,
          py::arg("normalize") = py::none(),
          "Loads and validates a GGUF model file (str or os.PathLike; None = the default model: "
          "$ABUSEMON_MODEL, else the one bundled in the wheel). int8=True quantizes the encoder's "
          "linear "
          "layers. normalize=None follows the file's abusemon.normalize key (absent = on); "
          "True/False sets the scoring default. Raises abusemon.Error (status 'format', "
          "'not_found', 'io', ...).")
      .def_property_readonly(
          "info_json", [](const Model& self) { return self.info().to_json(); },
          "Everything the file says about the model, as a JSON string.")
      .def_property_readonly("output_names", &Model::output_names, "Names of the score columns.")
      .def_property_readonly("hidden_size", [](const Model& self) { return self.info().hidden; })
      .def_property_readonly(
          "normalizes", [](const Model& self) { return self.info().normalize; },
          "Whether score() normalises text by default (docs/NORMALIZATION.md).")
      .def(
          "tokenize",
          [](const Model& self, const py::object& text, bool special) {
            std::string s = text_of(text);
            py::gil_scoped_release nogil;
            return self.tokenize(s, special);
          },
          py::arg("text"), py::kw_only(), py::arg("special") = false,
          "Token ids of text (str or bytes); special=True frames them with CLS/SEP.")
      .def(
          "token", [](const Model& self, std::int32_t id) { return self.tokenizer().token(id); },
          py::arg("id"), "Token string of an id ('' if out of range).")
      .def(
          "score",
          [](const Model& self, const py::object& texts, std::size_t max_tokens, std::size_t stride,
             const std::string& pooling, std::size_t max_windows, const py::object& normalize) {
            return run(self, texts, ModelOutput::probabilities, max_tokens, stride, pooling,
                       max_windows, normalize);
          },
          py::arg("texts"), py::kw_only(), py::arg("max_tokens") = 0, py::arg("stride") = 0,
          py::arg("window_pooling") = "model", py::arg("max_windows") = 0,
          py::arg("normalize") = py::none(), kScoreDoc)
      .def(
          "run",
          [](const Model& self, const py::object& texts, const std::string& output,
             std::size_t max_tokens, std::size_t stride, const std::string& pooling,
             std::size_t max_windows, const py::object& normalize) {
            return run(self, texts, output_of(output), max_tokens, stride, pooling, max_windows,
                       normalize);
          },
          py::arg("texts"), py::kw_only(), py::arg("output") = "probabilities",
          py::arg("max_tokens") = 0, py::arg("stride") = 0, py::arg("window_pooling") = "model",
          py::arg("max_windows") = 0, py::arg("normalize") = py::none(),
          "Like score() with output='probabilities' | 'logits' | 'pooled' (pooled encoder "
          "state, hidden_size columns).")
      .def(
          "run_ids",
          [](const Model& self, const std::vector<std::vector<std::int32_t>>& seqs,
             const std::string& output) {
            ModelOutput kind = output_of(output);
            const std::size_t W = self.width(kind);
            py::array_t<float> out(
                {static_cast<py::ssize_t>(seqs.size()), static_cast<py::ssize_t>(W)});
            float* dst = out.mutable_data();
            {
              py::gil_scoped_release nogil;
              self.run_ids(seqs, kind, std::span<float>(dst, seqs.size() * W));
            }
            return out;
          },
          py::arg("sequences"), py::kw_only(), py::arg("output") = "logits",
          "Runs token-id sequences (each with CLS/SEP, at most max_tokens long) one window "
          "each; returns (len(sequences), width) float32.");
}

}  // namespace abusemon::python
