target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/names.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rational.cpp
  ${CMAKE_CURRENT_LIST_DIR}/text.cpp)
