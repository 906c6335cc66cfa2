target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/bids.cpp
  ${CMAKE_CURRENT_LIST_DIR}/monitoring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tender.cpp
  ${CMAKE_CURRENT_LIST_DIR}/value_map.cpp)
