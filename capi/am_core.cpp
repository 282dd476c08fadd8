// C ABI: version, errors, enum names, build info.
#include <string>

#include "abusemon/types.hpp"
#include "abusemon/version.hpp"
#include "capi_internal.hpp"

namespace am {
namespace {
thread_local std::string t_last_error;
}

am_status set_error(am_status status, std::string_view message) noexcept {
  try {
    t_last_error.assign(message);
  } catch (...) {
    t_last_error.clear();  // out of memory while reporting: keep the status at least
  }
  return status;
}

am_status handle_exception() noexcept {
  try {
    throw;
  } catch (const null_argument& e) {
    return set_error(AM_E_NULL_POINTER, e.what());
  } catch (const abusemon::error& e) {
    return set_error(static_cast<am_status>(e.code()), e.what());
  } catch (const std::invalid_argument& e) {
    return set_error(AM_E_INVALID_ARGUMENT, e.what());
  } catch (const std::bad_alloc&) {
    return set_error(AM_E_OUT_OF_MEMORY, "out of memory");
  } catch (const std::length_error& e) {
    return set_error(AM_E_LIMIT, e.what());
  } catch (const std::exception& e) {
    return set_error(AM_E_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return set_error(AM_E_INTERNAL, "internal error: unknown exception");
  }
}

void check_struct_size(size_t size, size_t first_size, size_t known_size, const char* name) {
  if (size < first_size || size > kMaxStructSize) {
    throw std::invalid_argument(std::string(name) + ".size is " + std::to_string(size) +
                                ": initialise the struct with its _default() function (size " +
                                std::to_string(known_size) + " for this library)");
  }
}

am_status write_string(std::string_view value, char* buf, size_t* len) {
  require(len, "len");
  const size_t needed = value.size() + 1;
  if (buf == nullptr || *len < needed) {
    const size_t have = *len;
    *len = needed;
    if (buf == nullptr) return AM_E_BUFFER_TOO_SMALL;
    return set_error(AM_E_BUFFER_TOO_SMALL, "buffer of " + std::to_string(have) +
                                                " bytes is too small; " + std::to_string(needed) +
                                                " bytes needed");
  }
  std::memcpy(buf, value.data(), value.size());
  buf[value.size()] = '\0';
  *len = needed;
  return AM_OK;
}

}  // namespace am

extern "C" {

AM_API const char* am_version(void) {
  return abusemon::version();
}

AM_API uint32_t am_version_number(void) {
  return ABUSEMON_VERSION;
}

AM_API const char* am_last_error(void) {
  return am::t_last_error.c_str();
}

AM_API const char* am_status_name(am_status status) {
  if (status < AM_OK || status > AM_E_INTERNAL) return "unknown";
  return abusemon::status_name(static_cast<abusemon::status>(status));
}

AM_API const char* am_category_name(am_category c) {
  if (c < 0 || c >= AM_CATEGORY_COUNT) return nullptr;
  return abusemon::to_string(static_cast<abusemon::Category>(c)).data();
}

AM_API const char* am_severity_name(am_severity s) {
  if (s < AM_SEVERITY_SAFE || s > AM_SEVERITY_HIGH) return nullptr;
  return abusemon::to_string(static_cast<abusemon::Severity>(s)).data();
}

AM_API const char* am_direction_name(am_direction d) {
  if (d != AM_DIRECTION_PROMPT && d != AM_DIRECTION_COMPLETION) return nullptr;
  return abusemon::to_string(static_cast<abusemon::Direction>(d)).data();
}

AM_API const char* am_action_name(am_action a) {
  if (a < AM_ACTION_ALLOW || a > AM_ACTION_BLOCK) return nullptr;
  return abusemon::to_string(static_cast<abusemon::Action>(a)).data();
}

AM_API size_t am_category_count(void) {
  return abusemon::kCategoryCount;
}

AM_API am_status am_build_info(char* buf, size_t* len) {
  try {
    return am::write_string(abusemon::build_info_json(), buf, len);
  } catch (...) {
    return am::handle_exception();
  }
}

}  // extern "C"
