# SPDX-License-Identifier: MIT
# One ctest test per line of tests/golden/cases, each running the real binary.
file(STRINGS "${CMAKE_CURRENT_SOURCE_DIR}/golden/cases" golden_cases REGEX "^[^#]")
foreach(line IN LISTS golden_cases)
  string(REGEX MATCH "^[^ ]+" name "${line}")
  add_test(NAME "golden.${name}"
           COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/golden/run" "$<TARGET_FILE:tenderscore>"
                   "${PROJECT_SOURCE_DIR}" "${name}")
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             "${CMAKE_CURRENT_SOURCE_DIR}/golden/cases")
