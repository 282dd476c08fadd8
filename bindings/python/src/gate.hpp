// Private to the Python bindings: a customer gate crossing from register_enforcement.cpp
// (Enforcement.customer_gate()) to register_monitor.cpp (Monitor.set_gate / set_enforcement).
#pragma once

#include <memory>

#include "abusemon/monitor.hpp"

namespace abusemon::python {

struct GateHandle {
  std::shared_ptr<const CustomerGate> gate;
};

}  // namespace abusemon::python
