// Small helpers shared by the CLI subcommands (cmd_*.cpp).
#pragma once

#include <cstdint>
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

/// A fixed time for reproducible runs and demos (--now-ms).
class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::int64_t t) : t_(t) {}
  std::int64_t now_ms() const override { return t_; }

 private:
  std::int64_t t_;
};

}  // namespace abusemon::cli
