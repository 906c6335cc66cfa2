target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/build_bids.cpp
  ${CMAKE_CURRENT_LIST_DIR}/build_monitoring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/build_tender.cpp
  ${CMAKE_CURRENT_LIST_DIR}/build_value_map.cpp
  ${CMAKE_CURRENT_LIST_DIR}/csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/document.cpp
  ${CMAKE_CURRENT_LIST_DIR}/limits.cpp
  ${CMAKE_CURRENT_LIST_DIR}/loader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/monitoring_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/scalar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/schema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/schema_kind.cpp
  ${CMAKE_CURRENT_LIST_DIR}/schema_report.cpp
  ${CMAKE_CURRENT_LIST_DIR}/schema_walk.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yaml_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/yaml_tree.cpp)

# GCC 12 reports a false -Wrestrict inside valijson's json_pointer.hpp at -O2 (GCC bug 105329:
# std::string::replace inlined from a system header). Silenced for this one file only.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/schema.cpp
                              PROPERTIES COMPILE_OPTIONS -Wno-restrict)
endif()
