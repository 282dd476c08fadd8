# Proves the install/export: install into a fresh prefix, then build and run downstream
# consumers that find abusemon with find_package(CONFIG) and with pkg-config, in C++ and in C.
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "command failed (${rc}): ${ARGV}\n${out}\n${err}")
  endif()
  set(LAST_OUTPUT "${out}" PARENT_SCOPE)
endfunction()

set(config_args)
if(CTEST_CONFIG)
  set(config_args --config ${CTEST_CONFIG})
endif()
run(${CMAKE_EXE} --install "${BINARY_DIR}" --prefix "${prefix}" ${config_args})

foreach(lang cpp c)
  foreach(method config pkgconfig)
    set(build "${WORK_DIR}/${lang}-${method}")
    run(${CMAKE_EXE} -S "${SOURCE_DIR}/tests/consumers/${lang}" -B "${build}"
        -DCMAKE_BUILD_TYPE=Release "-DCMAKE_PREFIX_PATH=${prefix}" -DFIND_METHOD=${method})
    run(${CMAKE_EXE} --build "${build}")
    run(${CMAKE_EXE} -E env "LD_LIBRARY_PATH=${prefix}/lib:${prefix}/lib64" "${build}/consumer")
    if(NOT LAST_OUTPUT MATCHES "abusemon consumer ok")
      message(FATAL_ERROR "${lang}/${method} consumer printed: ${LAST_OUTPUT}")
    endif()
    message(STATUS "${lang}/${method}: ${LAST_OUTPUT}")
  endforeach()
endforeach()

