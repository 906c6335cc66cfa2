target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/assessment.cpp
  ${CMAKE_CURRENT_LIST_DIR}/banding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/payment.cpp
  ${CMAKE_CURRENT_LIST_DIR}/promises.cpp)
