// Private: the monitor and verdict handles, shared by am_monitor.cpp with the sections that take
// them (am_tracker.cpp records a verdict, am_enforcement.cpp attaches the gate to a monitor).
#pragma once

#include <memory>

#include "abusemon.h"
#include "abusemon/image.hpp"
#include "abusemon/monitor.hpp"
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
