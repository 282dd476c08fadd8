// Private: the policy, monitor and verdict handles and the enum argument checks, shared by
// am_policy.cpp, am_monitor.cpp, am_verdict.cpp and the sections that take them (am_tracker.cpp
// records a verdict, am_enforcement.cpp attaches the gate to a monitor).
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "abusemon.h"
#include "abusemon/image.hpp"
#include "abusemon/monitor.hpp"
#include "abusemon/policy.hpp"
#include "abusemon/verdict.hpp"

struct am_monitor {
  std::unique_ptr<abusemon::Monitor> monitor;
};

struct am_verdict {
  abusemon::Verdict verdict;
};

struct am_image_model {
  std::shared_ptr<const abusemon::ImageModel> model;
};

struct am_policy {
  abusemon::Policy policy;
};

namespace am {

// Enum arguments from C: an out-of-range value is the caller's error, reported, never cast.
inline abusemon::Category category_arg(am_category c) {
  if (static_cast<int>(c) < 0 || static_cast<int>(c) >= AM_CATEGORY_COUNT) {
    throw std::invalid_argument("category out of range: " + std::to_string(static_cast<int>(c)));
  }
  return static_cast<abusemon::Category>(c);
}

inline abusemon::Direction direction_arg(am_direction d) {
  if (d != AM_DIRECTION_PROMPT && d != AM_DIRECTION_COMPLETION) {
    throw std::invalid_argument("direction out of range: " + std::to_string(static_cast<int>(d)));
  }
  return static_cast<abusemon::Direction>(d);
}

inline abusemon::Level level_arg(am_level l, const char* name) {
  if (l < AM_LEVEL_LOW || l > AM_LEVEL_OFF) {
    throw std::invalid_argument(std::string(name) +
                                " out of range: " + std::to_string(static_cast<int>(l)));
  }
  return static_cast<abusemon::Level>(l);
}

}  // namespace am
