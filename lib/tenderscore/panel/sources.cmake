target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/agreement.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leniency.cpp
  ${CMAKE_CURRENT_LIST_DIR}/worksheet.cpp)
