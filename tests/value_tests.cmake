target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_value_sroi.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_value_vfm.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_value_washing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_value_load.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_value_cli.cpp)
