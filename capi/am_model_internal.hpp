// The am_model handle (shared by am_model.cpp and am_normalize.cpp).
#pragma once

#include <memory>
#include <string>

#include "abusemon/model.hpp"

struct am_model {
  std::shared_ptr<const abusemon::Model> model;
  std::string info_json;  // computed once: the model is immutable
};
