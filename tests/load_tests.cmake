target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_load_document.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_load_loader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_load_schema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_load_linear.cpp)
