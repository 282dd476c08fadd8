// Single source of the library version (CMake and the Python package read it from here).
#pragma once

#include <string>
#include "abusemon/export.hpp"

#define ABUSEMON_VERSION_MAJOR 0
#define ABUSEMON_VERSION_MINOR 1
#define ABUSEMON_VERSION_PATCH 0
#define ABUSEMON_VERSION_STRING "0.1.0"
// Monotonic integer for compile-time comparisons: major*10000 + minor*100 + patch.
#define ABUSEMON_VERSION \
  (ABUSEMON_VERSION_MAJOR * 10000 + ABUSEMON_VERSION_MINOR * 100 + ABUSEMON_VERSION_PATCH)

namespace ABUSEMON_EXPORT_NS abusemon {
/// Version of the library actually loaded (may differ from the headers a host compiled against).
const char* version() noexcept;
/// JSON object describing the build: version, compiler, build type, dependency versions, CPU
/// features.
std::string build_info_json();
}  // namespace abusemon
