# SPDX-License-Identifier: MIT
# Corpus replay: each fuzz target's entry point linked with a plain main (no libFuzzer), and one
# ctest test per file of tests/fuzz/corpus/<target>/, so a fuzz regression fails every build.
file(GLOB fuzz_sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_*.cpp")
foreach(source IN LISTS fuzz_sources)
  get_filename_component(target "${source}" NAME_WE)
  add_executable(replay_${target} "${source}" "${CMAKE_CURRENT_SOURCE_DIR}/fuzz/replay_main.cpp")
  target_link_libraries(replay_${target} PRIVATE tenderscore_lib)
  target_compile_definitions(replay_${target} PRIVATE
    TENDERSCORE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_dependencies(unit_tests replay_${target}) # built whenever the tests are
  file(GLOB corpus CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${target}/*")
  foreach(input IN LISTS corpus)
    get_filename_component(name "${input}" NAME)
    add_test(NAME "fuzz-replay.${target}.${name}" COMMAND replay_${target} "${input}")
  endforeach()
endforeach()
