target_sources(tenderscore_cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/app.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/batch_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/diff_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/limits.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/measure_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/outcomes_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/panel_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/problems.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/progress.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/report_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/schema_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/score_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/sensitivity_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/validate_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/value_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/verify_command.cpp)
