// The C handle of a tracker, shared by capi/am_tracker.cpp and the review feed in am_review.cpp.
#pragma once

#include <memory>

#include "abusemon.h"
#include "abusemon/tracker.hpp"

struct am_tracker {
  std::unique_ptr<abusemon::Tracker> tracker;
};
