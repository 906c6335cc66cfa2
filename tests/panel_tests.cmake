target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_score_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_panel_agreement.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_panel_leniency.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_panel_worksheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_panel_writers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_panel.cpp)
