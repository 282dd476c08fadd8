// Private helpers shared by the C ABI implementation files (capi/am_*.cpp).
//
// Every entry point is written as
//
//   am_status am_thing_do(am_thing* t, const char* s, size_t n) {
//     AM_API_BEGIN
//     am::require(t, "t");
//     ...
//     AM_API_END
//   }
//
// so that no exception crosses the boundary: each one is turned into an am_status and a
// thread-local message for am_last_error().
#pragma once

#include <cstring>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>

#include "abusemon.h"
#include "abusemon/error.hpp"

namespace am {

/// Records `message` as this thread's last error and returns `status`.
am_status set_error(am_status status, std::string_view message) noexcept;

/// Maps the exception in flight to a status and records its message. Call only from a catch.
am_status handle_exception() noexcept;

/// Thrown by require() for a NULL argument; mapped to AM_E_NULL_POINTER.
class null_argument : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

template <typename T>
inline void require(const T* p, const char* name) {
  if (p == nullptr) throw null_argument(std::string("argument '") + name + "' must not be NULL");
}

/// Text argument: NULL is allowed only with length 0.
inline std::string_view text(const char* s, size_t n, const char* name) {
  if (s == nullptr && n != 0) {
    throw null_argument(std::string("argument '") + name + "' is NULL with non-zero length");
  }
  return s == nullptr ? std::string_view() : std::string_view(s, n);
}

/// C string argument (NUL-terminated, required).
inline std::string_view cstr(const char* s, const char* name) {
  require(s, name);
  return std::string_view(s);
}

/// The integer a C caller stored in an enum-typed field or parameter. C lets any int into a C
/// enum; reading an out-of-range value through the C++ enum type is undefined, so validation
/// must look at the raw bytes.
template <typename Enum>
inline int enum_value(const Enum& e) noexcept {
  static_assert(sizeof(Enum) == sizeof(int), "C enums are int-sized here");
  int v;
  std::memcpy(&v, &e, sizeof v);
  return v;
}

/// Size-probe output: copies `value` plus a NUL into buf if *len is large enough; always sets
/// *len to the bytes needed. Returns AM_E_BUFFER_TOO_SMALL (without recording an error message
/// for a pure probe with buf == NULL) when it does not fit.
am_status write_string(std::string_view value, char* buf, size_t* len);

}  // namespace am

#define AM_API_BEGIN try {
#define AM_API_END                 \
  return AM_OK;                    \
  }                                \
  catch (...) {                    \
    return am::handle_exception(); \
  }
