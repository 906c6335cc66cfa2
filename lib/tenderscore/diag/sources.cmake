target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/diagnostic.cpp
  ${CMAKE_CURRENT_LIST_DIR}/source.cpp)
