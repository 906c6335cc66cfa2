target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/bids_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/criteria_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/funding_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inputs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lot_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/monitoring_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/outcome_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/price_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/profiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/quantity_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reference_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/score_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stage_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tender_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/value_map_rules.cpp)
