// Umbrella header of the abusemon C++ API.
#pragma once

#include "abusemon/error.hpp"
#include "abusemon/scorer.hpp"
#include "abusemon/types.hpp"
#include "abusemon/version.hpp"
