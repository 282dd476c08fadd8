// normalize_text: the adversarial-text normaliser (docs/NORMALIZATION.md).
#include <pybind11/pybind11.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "abusemon/model.hpp"
#include "abusemon/normalize.hpp"
#include "bindings.hpp"

namespace py = pybind11;

namespace abusemon::python {

void register_normalize(py::module_& m) {
  m.def(
      "normalize_text",
      [](const py::object& text, const py::object& model, bool nfkc, bool strip_invisible,
         bool strip_marks, bool fold_confusables, bool join_spaced, bool fold_leetspeak,
         bool collapse_elongation) {
        if (!py::isinstance<py::str>(text) && !py::isinstance<py::bytes>(text))
          throw std::invalid_argument("text must be str or bytes");
        std::string s = text.cast<std::string>();
        std::shared_ptr<Model> owner;
        if (!model.is_none()) {
          if (!py::isinstance<Model>(model))
            throw std::invalid_argument("model must be an abusemon.Model or None");
          owner = model.cast<std::shared_ptr<Model>>();
        }
        NormalizeOptions o{nfkc,        strip_invisible, strip_marks,        fold_confusables,
                           join_spaced, fold_leetspeak,  collapse_elongation};
        std::string out;
        {
          py::gil_scoped_release nogil;
          normalize_text(s, out, o, owner ? &owner->lexicon() : nullptr);
        }
        return out;
      },
      py::arg("text"), py::kw_only(), py::arg("model") = py::none(), py::arg("nfkc") = true,
      py::arg("strip_invisible") = true, py::arg("strip_marks") = true,
      py::arg("fold_confusables") = true, py::arg("join_spaced") = true,
      py::arg("fold_leetspeak") = true, py::arg("collapse_elongation") = true,
      R"(Undoes adversarial spelling before classification (docs/NORMALIZATION.md).

Arguments:
    text: str, or bytes (invalid UTF-8 becomes U+FFFD).
    model: an abusemon.Model whose vocabulary chooses between spellings, exactly as its
        scoring does ("he11" -> "hell", "$ex" -> "sex"); None = built-in rules only.
    nfkc, strip_invisible, strip_marks, fold_confusables, join_spaced, fold_leetspeak,
    collapse_elongation: switch each step (all on by default).

Returns:
    The normalised text (str).

Raises:
    ValueError if text is not str/bytes or model is not a Model.)");
}

}  // namespace abusemon::python
