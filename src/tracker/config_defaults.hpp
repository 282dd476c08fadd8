// Private (tracker): the built-in detector set for a config's horizons (config_defaults.cpp).
#pragma once

#include <vector>

#include "abusemon/tracker.hpp"

namespace abusemon::detail {

/// The default detectors (docs/TRACKER.md) for these horizons (1 to 3, ascending).
std::vector<DetectorConfig> default_detectors_for(const std::vector<TrackerHorizon>& hz);

}  // namespace abusemon::detail
