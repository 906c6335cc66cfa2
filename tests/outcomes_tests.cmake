target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_outcomes_banding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_outcomes_assessment.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_outcomes_monitoring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_outcomes_cli.cpp)
