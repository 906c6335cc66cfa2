# SPDX-License-Identifier: MIT
# Hardening: resource limits, hostile input through the real command line, determinism.
target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_hostile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_limits.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_max_diagnostics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_output.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_scale.cpp)

# Every example through every command and format twice, byte for byte (the command list is
# COMMANDS in scripts/check-determinism; CI also runs it over the g++ and the clang binary).
add_test(NAME determinism.twice
         COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/check-determinism" "$<TARGET_FILE:tenderscore>"
                 "$<TARGET_FILE:tenderscore>")
