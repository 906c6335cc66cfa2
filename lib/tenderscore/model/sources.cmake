target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/bids.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tender.cpp)
