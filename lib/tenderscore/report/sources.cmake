target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/diagnostics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evaluation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/method.cpp
  ${CMAKE_CURRENT_LIST_DIR}/markdown.cpp
  ${CMAKE_CURRENT_LIST_DIR}/outcomes_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/outcomes_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/outcomes_md.cpp
  ${CMAKE_CURRENT_LIST_DIR}/outcomes_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/measure_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/measure_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/panel_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/panel_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/panel_md.cpp
  ${CMAKE_CURRENT_LIST_DIR}/panel_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report_md.cpp
  ${CMAKE_CURRENT_LIST_DIR}/score_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/score_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/score_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/summaries.cpp
  ${CMAKE_CURRENT_LIST_DIR}/summary_cells.cpp
  ${CMAKE_CURRENT_LIST_DIR}/summary_html.cpp
  ${CMAKE_CURRENT_LIST_DIR}/summary_md.cpp)
target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/report_xlsx.cpp
  ${CMAKE_CURRENT_LIST_DIR}/xlsx_lot_sheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/xlsx_book.cpp)
target_link_libraries(tenderscore_lib PRIVATE tenderscore::xlsxwriter)
  ${CMAKE_CURRENT_LIST_DIR}/score_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/value_cells.cpp
  ${CMAKE_CURRENT_LIST_DIR}/value_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/value_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/value_md.cpp
  ${CMAKE_CURRENT_LIST_DIR}/value_table.cpp)
