# Third-party dependencies, all from Debian packages (scripts/setup.sh installs them).
# A missing one stops the configure step with its name and the package that provides it.
find_package(PkgConfig QUIET)
find_package(Threads REQUIRED)

function(abusemon_missing what package)
  message(FATAL_ERROR
    "abusemon: required dependency '${what}' was not found. Install the Debian package "
    "'${package}' (scripts/setup.sh installs everything), or point CMAKE_PREFIX_PATH at it.")
endfunction()

# pkg-config lookup that fails with a clear message naming the dependency.
function(abusemon_pkg target module package)
  if(NOT PKG_CONFIG_FOUND)
    abusemon_missing("pkg-config (needed to find ${module})" "pkg-config")
  endif()
  pkg_check_modules(${target} QUIET IMPORTED_TARGET GLOBAL ${module})
  if(NOT ${target}_FOUND)
    abusemon_missing("${module}" "${package}")
  endif()
endfunction()

find_package(Eigen3 3.3 CONFIG QUIET)
if(NOT TARGET Eigen3::Eigen)
  abusemon_missing("Eigen3" "libeigen3-dev")
endif()
find_package(fmt CONFIG QUIET)
if(NOT TARGET fmt::fmt)
  abusemon_missing("fmt" "libfmt-dev")
endif()
find_package(nlohmann_json 3.9 CONFIG QUIET)
if(NOT TARGET nlohmann_json::nlohmann_json)
  abusemon_missing("nlohmann_json" "nlohmann-json3-dev")
endif()
set(_am_optional_deps)
if(ABUSEMON_WITH_REVIEW)
  find_package(SQLite3 QUIET)
  if(TARGET SQLite3::SQLite3)  # CMake >= 4.1 name
    list(APPEND _am_optional_deps SQLite3::SQLite3)
  elseif(TARGET SQLite::SQLite3)
    list(APPEND _am_optional_deps SQLite::SQLite3)
  else()
    abusemon_missing("SQLite3 (or configure with -DABUSEMON_WITH_REVIEW=OFF)" "libsqlite3-dev")
  endif()
  abusemon_pkg(AM_SODIUM libsodium libsodium-dev)
  abusemon_pkg(AM_LIBPQ libpq libpq-dev)
  list(APPEND _am_optional_deps PkgConfig::AM_SODIUM PkgConfig::AM_LIBPQ)
endif()
if(ABUSEMON_WITH_FLEET)
  abusemon_pkg(AM_HIREDIS hiredis libhiredis-dev)
  list(APPEND _am_optional_deps PkgConfig::AM_HIREDIS)
endif()
abusemon_pkg(AM_SENTENCEPIECE sentencepiece libsentencepiece-dev)
abusemon_pkg(AM_UTF8PROC libutf8proc libutf8proc-dev)
abusemon_pkg(AM_RE2 re2 libre2-dev)
if(ABUSEMON_WITH_IMAGES)
  abusemon_pkg(AM_JPEG libjpeg libjpeg62-turbo-dev)
  abusemon_pkg(AM_PNG libpng libpng-dev)
  abusemon_pkg(AM_WEBP libwebp libwebp-dev)
  list(APPEND _am_optional_deps PkgConfig::AM_JPEG PkgConfig::AM_PNG PkgConfig::AM_WEBP)
endif()

# Everything the compiled core needs, kept PRIVATE: none of it appears in our public headers.
add_library(abusemon_private_deps INTERFACE)
target_link_libraries(abusemon_private_deps INTERFACE
  Eigen3::Eigen fmt::fmt nlohmann_json::nlohmann_json ${_am_optional_deps}
  PkgConfig::AM_SENTENCEPIECE PkgConfig::AM_UTF8PROC PkgConfig::AM_RE2
  Threads::Threads ${CMAKE_DL_LIBS})

# ccache only when asked (-DABUSEMON_CCACHE=ON; scripts/test.sh asks): a parent project or a
# packager chooses its own compiler launcher.
if(ABUSEMON_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(ABUSEMON_CCACHE_PROGRAM ccache)
  if(ABUSEMON_CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${ABUSEMON_CCACHE_PROGRAM}")
    set(CMAKE_C_COMPILER_LAUNCHER "${ABUSEMON_CCACHE_PROGRAM}")
  endif()
endif()
