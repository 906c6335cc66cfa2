target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/change.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dataset.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dates.cpp
  ${CMAKE_CURRENT_LIST_DIR}/instrument.cpp
  ${CMAKE_CURRENT_LIST_DIR}/qaly.cpp
  ${CMAKE_CURRENT_LIST_DIR}/scoring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/summary.cpp)
include("${PROJECT_SOURCE_DIR}/cmake/EmbedMeasureTables.cmake")
tenderscore_embed_measure_tables(tenderscore_lib)
