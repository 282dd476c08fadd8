// Error model of the C++ API.
//
// Misuse by the caller (a bad argument) throws std::invalid_argument; every other failure throws
// abusemon::error carrying a status. The status values mirror the C ABI's am_status and are pinned.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include "abusemon/export.hpp"

namespace ABUSEMON_EXPORT_NS abusemon {

enum class status : std::int32_t {
  ok = 0,
  invalid_argument = 1,   ///< a parameter is out of its documented range
  null_pointer = 2,       ///< a required pointer was NULL (C ABI)
  buffer_too_small = 3,   ///< the caller's buffer cannot hold the result (C ABI size probe)
  io = 4,                 ///< a file or socket operation failed
  format = 5,             ///< malformed model file, config, JSON or text encoding
  not_found = 6,          ///< unknown customer, item, grant, file
  permission_denied = 7,  ///< access control refused the operation
  limit = 8,              ///< a configured limit (text length, batch size, ...) was exceeded
  unavailable = 9,        ///< a backend (e.g. Redis) is unreachable
  state = 10,             ///< the operation is not valid in the object's current state
  out_of_memory = 11,     ///< an allocation failed
  internal = 12,          ///< a bug: please report it
};

/// Stable lower-case name of a status ("ok", "format", ...).
const char* status_name(status s) noexcept;

/// The one exception type of the library besides std::invalid_argument.
class error : public std::runtime_error {
 public:
  error(status code, const std::string& message) : std::runtime_error(message), code_(code) {}
  status code() const noexcept { return code_; }

 private:
  status code_;
};

}  // namespace abusemon
