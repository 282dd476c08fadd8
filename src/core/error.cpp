#include "abusemon/error.hpp"

namespace abusemon {

const char* status_name(status s) noexcept {
  switch (s) {
    case status::ok:
      return "ok";
    case status::invalid_argument:
      return "invalid_argument";
    case status::null_pointer:
      return "null_pointer";
    case status::buffer_too_small:
      return "buffer_too_small";
    case status::io:
      return "io";
    case status::format:
      return "format";
    case status::not_found:
      return "not_found";
    case status::permission_denied:
      return "permission_denied";
    case status::limit:
      return "limit";
    case status::unavailable:
      return "unavailable";
    case status::state:
      return "state";
    case status::out_of_memory:
      return "out_of_memory";
    case status::internal:
      return "internal";
  }
  return "unknown";
}

}  // namespace abusemon
