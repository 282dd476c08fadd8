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

#include <algorithm>
#include <cstddef>
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

// --- extensible structs (abusemon.h, Stability) ---------------------------------------------

/// Size of a struct's first version: up to and including its last field of that version. Newer
/// fields follow it, so older callers' sizes are at least this.
#define AM_FIRST_SIZE(type, last_field) (offsetof(type, last_field) + sizeof(type::last_field))

/// Larger sizes are an uninitialised struct, not a newer caller.
constexpr size_t kMaxStructSize = 4096;

/// Throws std::invalid_argument unless `size` is a size a caller can have compiled.
void check_struct_size(size_t size, size_t first_size, size_t known_size, const char* name);

/// The caller's struct `in` (its `size` bytes) read into the library's layout: fields the caller
/// lacks keep `defaults`; fields the library lacks must be zero. Result's size = sizeof(T).
template <typename T>
T read_struct(const T* in, const T& defaults, size_t first_size, const char* name) {
  size_t size;
  std::memcpy(&size, in, sizeof size);
  check_struct_size(size, first_size, sizeof(T), name);
  const auto* bytes = reinterpret_cast<const unsigned char*>(in);
  for (size_t i = sizeof(T); i < size; ++i) {
    if (bytes[i] != 0) {
      throw std::invalid_argument(std::string(name) +
                                  " sets fields this library does not know (caller's size " +
                                  std::to_string(size) + ", library's " +
                                  std::to_string(sizeof(T)) + "): it needs a newer abusemon");
    }
  }
  T out = defaults;
  std::memcpy(&out, in, std::min(size, sizeof(T)));
  out.size = sizeof(T);
  return out;
}

/// Writes `value` into the caller's struct of `size` bytes (in its size member on entry for
/// output structs, the argument for *_init): the fields it has, newer ones zeroed; out->size
/// becomes min(size, sizeof(T)) for outputs, `size` for *_init.
template <typename T>
void write_struct(T* out, size_t size, T value, size_t first_size, const char* name,
                  bool keep_size) {
  check_struct_size(size, first_size, sizeof(T), name);
  value.size = keep_size ? size : std::min(size, sizeof(T));
  std::memcpy(out, &value, std::min(size, sizeof(T)));
  if (size > sizeof(T)) std::memset(reinterpret_cast<char*>(out) + sizeof(T), 0, size - sizeof(T));
}

/// Body of am_<struct>_init(out, size): defaults into the caller's struct.
template <typename T>
am_status init_struct(T* out, size_t size, const T& defaults, size_t first_size,
                      const char* name) noexcept {
  try {
    require(out, "out");
    write_struct(out, size, defaults, first_size, name, true);
    return AM_OK;
  } catch (...) {
    return handle_exception();
  }
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
