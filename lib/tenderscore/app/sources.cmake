target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/batch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/diff_run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_input.cpp
  ${CMAKE_CURRENT_LIST_DIR}/manifest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/outcomes_run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/measure_run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/output.cpp
  ${CMAKE_CURRENT_LIST_DIR}/output_buffer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/panel_run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report_run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sensitivity_run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/summaries_out.cpp
  ${CMAKE_CURRENT_LIST_DIR}/verify.cpp
  ${CMAKE_CURRENT_LIST_DIR}/value_run.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workflow.cpp)
