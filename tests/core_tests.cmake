target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_util_rational.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_util_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_util_names.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_diag_source.cpp)
