// Private to the Python bindings: argument conversions shared by the register_*.cpp files.
#pragma once

#include <pybind11/pybind11.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace abusemon::python {

namespace py = pybind11;

/// The one way the bindings turn a Python enum spelling ("hate", "prompt", "manager", ...) into
/// the C++ value, with `parse` the component's exact-name parser (parse_category, ...);
/// ValueError (std::invalid_argument) naming `what` for anything else.
template <typename E, typename Parse>
E enum_arg(std::string_view name, Parse parse, const char* what) {
  if (auto v = parse(name)) return *v;
  throw std::invalid_argument(std::string("unknown ") + what + ": \"" + std::string(name) + "\"");
}

/// A model path argument: str or os.PathLike, or None for the default model ($ABUSEMON_MODEL,
/// else the one bundled in the wheel; abusemon/_paths.py).
inline std::string model_path_of(const py::object& path) {
  if (path.is_none()) {
    return py::str(py::module_::import("abusemon._paths").attr("default_model_path")());
  }
  return py::str(py::module_::import("os").attr("fspath")(path));
}

}  // namespace abusemon::python
