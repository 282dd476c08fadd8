# Install + export: find_package(abusemon CONFIG) and pkg-config (abusemon, abusemon-c) for
# downstream C++ and C projects.
include(CMakePackageConfigHelpers)
set(ABUSEMON_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/abusemon")

install(TARGETS abusemon abusemon_c EXPORT abusemonTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_COMPONENT devel
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/abusemon DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT devel)
install(FILES "${ABUSEMON_GENERATED_INCLUDE_DIR}/abusemon/export.hpp"
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/abusemon COMPONENT devel)
install(FILES capi/abusemon.h "${ABUSEMON_CAPI_GENERATED_DIR}/abusemon_version.h" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT devel)
install(EXPORT abusemonTargets NAMESPACE abusemon:: DESTINATION ${ABUSEMON_CMAKE_DIR}
        COMPONENT devel)

configure_package_config_file(cmake/abusemonConfig.cmake.in
  "${CMAKE_CURRENT_BINARY_DIR}/abusemonConfig.cmake" INSTALL_DESTINATION ${ABUSEMON_CMAKE_DIR})
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/abusemonConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/abusemonConfig.cmake"
              "${CMAKE_CURRENT_BINARY_DIR}/abusemonConfigVersion.cmake"
        DESTINATION ${ABUSEMON_CMAKE_DIR} COMPONENT devel)

# Relocatable .pc files: the prefix is found relative to the .pc file itself.
file(RELATIVE_PATH AM_PC_PREFIX_REL "${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig" "${CMAKE_INSTALL_PREFIX}")
string(REGEX REPLACE "/$" "" AM_PC_PREFIX_REL "${AM_PC_PREFIX_REL}")
foreach(pc abusemon abusemon-c)
  configure_file(cmake/${pc}.pc.in "${CMAKE_CURRENT_BINARY_DIR}/${pc}.pc" @ONLY)
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${pc}.pc"
          DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT devel)
endforeach()

if(EXISTS "${ABUSEMON_DEFAULT_MODEL}")
  install(FILES "${ABUSEMON_DEFAULT_MODEL}" DESTINATION ${CMAKE_INSTALL_DATADIR}/abusemon
          COMPONENT runtime)
endif()
# The CLI looks for it under this name (examples/cli/CMakeLists.txt).
if(EXISTS "${ABUSEMON_MULTILINGUAL_MODEL}")
  install(FILES "${ABUSEMON_MULTILINGUAL_MODEL}" DESTINATION ${CMAKE_INSTALL_DATADIR}/abusemon
          RENAME abusemon-multilingual.gguf COMPONENT runtime)
endif()
