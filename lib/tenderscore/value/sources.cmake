target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sensitivity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sroi.cpp
  ${CMAKE_CURRENT_LIST_DIR}/vfm.cpp
  ${CMAKE_CURRENT_LIST_DIR}/washing.cpp)
