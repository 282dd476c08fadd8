// detect_language / language_route: the language guess that routes texts between an English and
// a multilingual model (docs/MULTILINGUAL.md, "Routing by language").
#include <pybind11/pybind11.h>

#include <stdexcept>
#include <string>

#include "abusemon/language.hpp"
#include "abusemon/routed_scorer.hpp"
#include "bindings.hpp"

namespace py = pybind11;

namespace abusemon::python {

namespace {

std::string text_arg(const py::object& text) {
  if (!py::isinstance<py::str>(text) && !py::isinstance<py::bytes>(text))
    throw std::invalid_argument("text must be str or bytes");
  return text.cast<std::string>();
}

}  // namespace

void register_language(py::module_& m) {
  m.def(
      "detect_language",
      [](const py::object& text) {
        const std::string s = text_arg(text);
        return std::string(detect_language(s).language);
      },
      py::arg("text"),
      R"(Guesses the language of a text from its function words and letters (cheap; one pass).

Arguments:
    text: str, or UTF-8 bytes.

Returns:
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "vi", or "und" (undetermined: no clear
    evidence, or mostly a non-Latin script).

Raises:
    ValueError if text is not str/bytes; abusemon.Error(status="format") for invalid UTF-8.)");
  m.def(
      "language_route",
      [](const py::object& text) {
        const std::string s = text_arg(text);
        return std::string(to_string(language_route(s)));
      },
      py::arg("text"),
      R"(Which model a Monitor with a multilingual model sends the text to.

Returns:
    "english" for English, and for Latin-script or letterless text without evidence of another
    language; "multilingual" for every other language and non-Latin scripts.

Raises:
    ValueError if text is not str/bytes; abusemon.Error(status="format") for invalid UTF-8.)");
}

}  // namespace abusemon::python
