# Embeds abusemon in a host project with add_subdirectory, with only the Monitor
# (ABUSEMON_WITH_FLEET/REVIEW/IMAGES=OFF): it must configure without hiredis, SQLite, libpq,
# libsodium and the image codecs, leave the host's settings alone, work, and link none of them.
function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "command failed (${rc}): ${ARGV}\n${out}\n${err}")
  endif()
  set(LAST_OUTPUT "${out}" PARENT_SCOPE)
endfunction()

# Embedding with add_subdirectory and only the Monitor (ABUSEMON_WITH_FLEET/REVIEW=OFF): the
# library builds without hiredis, SQLite and libsodium and links none of them.
set(build "${WORK_DIR}/embed")
run(${CMAKE_EXE} -S "${SOURCE_DIR}/tests/consumers/embed" -B "${build}"
    "-DABUSEMON_SOURCE_DIR=${SOURCE_DIR}" -DABUSEMON_CCACHE=ON)
run(${CMAKE_EXE} --build "${build}" --target consumer --parallel 2)
run("${build}/consumer")
if(NOT LAST_OUTPUT MATCHES "abusemon embed ok")
  message(FATAL_ERROR "embed consumer printed: ${LAST_OUTPUT}")
endif()
file(GLOB libs "${build}/abusemon/libabusemon.so*")
list(GET libs 0 lib)
run(ldd "${lib}")
if(LAST_OUTPUT MATCHES "hiredis|sodium|sqlite|libpq|jpeg|png|webp")
  message(FATAL_ERROR "the Monitor-only library links an optional dependency:\n${LAST_OUTPUT}")
endif()
message(STATUS "embed: ${LAST_OUTPUT}")
