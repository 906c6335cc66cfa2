target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_report_diagnostics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_evaluation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_html.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_score_writers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_summaries.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_invariants.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_escaping.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_json_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_report_result_diff.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_app_output.cpp)
# GCC 12 reports a false -Wrestrict inside Boost.Multiprecision's cpp_int to-string at -O2 when
# doctest prints a Rational here (GCC bug 105329, as for load/schema.cpp).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set_source_files_properties("${CMAKE_CURRENT_LIST_DIR}/test_report_summaries.cpp"
                              PROPERTIES COMPILE_OPTIONS -Wno-restrict)
endif()
