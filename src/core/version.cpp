#include "abusemon/version.hpp"

#include <fmt/core.h>
#if ABUSEMON_WITH_REVIEW
#include <libpq-fe.h>
#include <sqlite3.h>
#endif
#include <Eigen/Core>
#include <nlohmann/json.hpp>

#ifndef ABUSEMON_BUILD_TYPE
#define ABUSEMON_BUILD_TYPE "unknown"
#endif
#ifndef ABUSEMON_COMPILER
#define ABUSEMON_COMPILER "unknown"
#endif

namespace abusemon {

const char* version() noexcept {
  return ABUSEMON_VERSION_STRING;
}

std::string build_info_json() {
  nlohmann::json cpu = nlohmann::json::object();
#if defined(__x86_64__) || defined(__i386__)
  __builtin_cpu_init();
  cpu["avx2"] = static_cast<bool>(__builtin_cpu_supports("avx2"));
  cpu["fma"] = static_cast<bool>(__builtin_cpu_supports("fma"));
  cpu["avx512f"] = static_cast<bool>(__builtin_cpu_supports("avx512f"));
  cpu["avx512vnni"] = static_cast<bool>(__builtin_cpu_supports("avx512vnni"));
#endif
  nlohmann::json info = {
    {"version", ABUSEMON_VERSION_STRING},
    {"build_type", ABUSEMON_BUILD_TYPE},
    {"compiler", ABUSEMON_COMPILER},
    {"cplusplus", static_cast<long>(__cplusplus)},
    {"dependencies",
     {{"eigen",
       fmt::format("{}.{}.{}", EIGEN_WORLD_VERSION, EIGEN_MAJOR_VERSION, EIGEN_MINOR_VERSION)},
      {"fmt",
       fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100)},
      {"nlohmann_json", fmt::format("{}.{}.{}", NLOHMANN_JSON_VERSION_MAJOR,
                                    NLOHMANN_JSON_VERSION_MINOR, NLOHMANN_JSON_VERSION_PATCH)}
#if ABUSEMON_WITH_REVIEW
      ,
      {"sqlite", sqlite3_libversion()},
      {"libpq", fmt::format("{}.{}", PQlibVersion() / 10000, PQlibVersion() % 10000)}
#endif
     }},
    {"components",
     {{"fleet", ABUSEMON_WITH_FLEET != 0},
      {"review", ABUSEMON_WITH_REVIEW != 0},
      {"images", ABUSEMON_WITH_IMAGES != 0}}},
    {"cpu", cpu},
#if defined(__SANITIZE_ADDRESS__)
    {"sanitizers", "address"},
#else
    {"sanitizers", "none"},
#endif
  };
  return info.dump();
}

}  // namespace abusemon
