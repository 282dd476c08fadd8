// Core: version and build info.
#include "abusemon/version.hpp"
#include "bindings.hpp"

namespace py = pybind11;

namespace abusemon::python {

void register_core(py::module_& m) {
  m.attr("__version__") = ABUSEMON_VERSION_STRING;
  m.def(
      "version", [] { return std::string(abusemon::version()); },
      "Version of the loaded native library.");
  m.def("build_info_json", &abusemon::build_info_json,
        "Build information (version, compiler, dependencies, CPU features) as a JSON string.");
}

}  // namespace abusemon::python
