# SPDX-License-Identifier: MIT
# Hardening: resource limits, hostile input through the real command line, determinism.
target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_hostile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_limits.cpp)
