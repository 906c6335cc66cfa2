target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_app_sheets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_load_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_load_sheet.cpp)
