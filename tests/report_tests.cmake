target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_report_diagnostics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_html.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_score_writers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_invariants.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_app_output.cpp)
