// Fleet mode when the library is built with ABUSEMON_WITH_FLEET=OFF (no hiredis): a tracker
// configured for fleet mode fails to construct with a clear status; nothing else changes.
#include "abusemon/error.hpp"
#include "tracker/fleet.hpp"
#include "tracker/fleet_stream.hpp"

namespace abusemon::detail {

FleetClient::FleetClient(Tracker::Impl& owner, FleetConfig cfg)
    : owner_(owner), cfg_(std::move(cfg)) {
  throw error(status::state,
              "tracker: fleet mode needs abusemon built with ABUSEMON_WITH_FLEET=ON (hiredis)");
}

FleetClient::~FleetClient() = default;
FleetDetector::~FleetDetector() = default;  // never constructed; needed by ~FleetClient
void FleetClient::start() {}
void FleetClient::stop() {}
bool FleetClient::flush(int64_t) {
  return false;
}
void FleetClient::add_stats(TrackerStats&) const {}
std::optional<FleetCounters> FleetClient::read_counters(std::string_view) const {
  return std::nullopt;
}

}  // namespace abusemon::detail
