target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_cli_measure.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_measure_dataset.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_measure_scoring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_measure_summary.cpp)
