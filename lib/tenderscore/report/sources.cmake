target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/diagnostics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/markdown.cpp
  ${CMAKE_CURRENT_LIST_DIR}/measure_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/measure_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/panel_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/panel_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/panel_md.cpp
  ${CMAKE_CURRENT_LIST_DIR}/panel_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/score_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/score_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/score_table.cpp)
