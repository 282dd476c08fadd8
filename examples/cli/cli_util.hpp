// Small helpers shared by the CLI subcommands (cmd_*.cpp).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "abusemon/types.hpp"
#include "commands.hpp"

namespace abusemon::cli {

/// The whole file; Failure(kExitNotFound) naming it (and `what` it is, if given) when unreadable.
inline std::string read_file(const std::string& path, const char* what = nullptr) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    throw Failure(kExitNotFound, std::string("cannot read ") +
                                     (what ? std::string(what) + " " : "") + "'" + path + "'");
  }
  return std::string(std::istreambuf_iterator<char>(f), {});
}

/// A fixed time for replays and tests (--now-ms). Audited stores must run on the real clock, so
/// the CLI only accepts an injected time when ABUSEMON_ALLOW_TEST_CLOCK=1 says this is a test or
/// a replay; the stores themselves never let time go backwards whatever the clock says.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::int64_t t) : t_(t) {
    const char* allow = std::getenv("ABUSEMON_ALLOW_TEST_CLOCK");
    if (allow == nullptr || std::string(allow) != "1") {
      throw Failure(kExitUsage,
                    "--now-ms injects a clock for tests and replays only (audited actions use the "
                    "real clock); set ABUSEMON_ALLOW_TEST_CLOCK=1 to use it");
    }
  }
  std::int64_t now_ms() const override { return t_; }

 private:
  std::int64_t t_;
};

}  // namespace abusemon::cli
