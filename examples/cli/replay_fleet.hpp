// `abusemon replay --replicas N`: runs N replica processes of this program against shared
// services and merges their results (docs/FLEET.md#replaying-a-fleet).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "abusemon/enforcement.hpp"
#include "abusemon/replay.hpp"

namespace abusemon::cli {

/// Starts `count` replicas (`abusemon replay TRAFFIC --replica-index I ...` plus `replica_args`)
/// on a common start time and run id, waits for all, and merges their results with the store at
/// `db` ("" = a temporary SQLite file the replicas share), delivering the notifications to
/// `outbox` / `maildir`. Failure with a replica's exit code when one fails.
ReplayResult drive_replicas(std::size_t count, const std::string& traffic, const std::string& db,
                            const std::vector<std::string>& replica_args,
                            const EnforcementPolicy& policy, const std::string& outbox,
                            const std::string& maildir);

}  // namespace abusemon::cli
