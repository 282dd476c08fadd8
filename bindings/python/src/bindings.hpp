// Registration functions of the `abusemon._core` extension, one per component
// (bindings/python/src/register_<component>.cpp), called from module.cpp.
#pragma once

#include <pybind11/pybind11.h>

namespace abusemon::python {
void register_core(pybind11::module_& m);
void register_review(pybind11::module_& m);
void register_enforcement(pybind11::module_& m);
void register_model(pybind11::module_& m);
void register_monitor(pybind11::module_& m);
void register_tracker(pybind11::module_& m);
void register_normalize(pybind11::module_& m);
void register_language(pybind11::module_& m);
void register_image(pybind11::module_& m);
void register_replay(pybind11::module_& m);
}  // namespace abusemon::python
