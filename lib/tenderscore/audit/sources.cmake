target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/audit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sha256.cpp)
target_link_libraries(tenderscore_lib PRIVATE tenderscore::crypto)
