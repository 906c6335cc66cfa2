target_sources(tenderscore_cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/tenderscore/cli/app.cpp)
