# Warning and sanitizer flags for our own targets (never for third-party code).
function(abusemon_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
                           $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
                           $<$<BOOL:${ABUSEMON_WERROR}>:-Werror>)
  endif()
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 reports impossible overlaps in inlined std::string copies at -O3 (GCC bug 105329).
    target_compile_options(${target} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:-Wno-restrict>)
  endif()
endfunction()

if(ABUSEMON_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
if(ABUSEMON_SANITIZE_THREAD)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
if(ABUSEMON_BUILD_FUZZERS)
  # libFuzzer needs clang; every object gets coverage instrumentation, the fuzz targets (tests/fuzz)
  # link the fuzzer's main.
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "abusemon: ABUSEMON_BUILD_FUZZERS needs clang (e.g. CXX=clang++-14 CC=clang-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link -fno-omit-frame-pointer)
endif()
