// PYBIND11_MODULE(_core): error translation plus one register_<component>() per component.
#include <pybind11/pybind11.h>

#include "abusemon/error.hpp"
#include "bindings.hpp"

namespace py = pybind11;

PYBIND11_MODULE(_core, m) {
  m.doc() = "abusemon native core (use the `abusemon` package, not this module)";

  // abusemon.Error(message) with a `.status` attribute naming the abusemon::status.
  // The type object lives as long as the interpreter, so a leaked reference is intended.
  static PyObject* error_type =
      PyErr_NewExceptionWithDoc("abusemon.Error",
                                "Failure reported by the abusemon core; `.status` names the "
                                "kind (\"format\", \"not_found\", \"permission_denied\", ...).",
                                PyExc_RuntimeError, nullptr);
  m.attr("Error") = py::handle(error_type);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const abusemon::error& e) {
      py::object exc =
          py::reinterpret_steal<py::object>(PyObject_CallFunction(error_type, "s", e.what()));
      if (!exc) return;  // the call set a Python error already
      exc.attr("status") = abusemon::status_name(e.code());
      PyErr_SetObject(error_type, exc.ptr());
    }
    // std::invalid_argument → ValueError is pybind11's built-in translation.
  });

  abusemon::python::register_core(m);
  abusemon::python::register_review(m);
  abusemon::python::register_enforcement(m);
  abusemon::python::register_model(m);
  abusemon::python::register_image(m);
  abusemon::python::register_monitor(m);
  abusemon::python::register_tracker(m);
  abusemon::python::register_normalize(m);
  abusemon::python::register_language(m);
  abusemon::python::register_replay(m);
}
