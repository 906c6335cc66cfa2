target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_app_batch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_app_manifest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_app_sensitivity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_app.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_report_summaries.cpp)
