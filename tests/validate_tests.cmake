target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/validate_test_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_validate_bids.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_validate_inputs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_validate_outcomes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_validate_price.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_validate_profiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_validate_stages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_validate_quantity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_validate_lots.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_validate_funding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_validate_tender.cpp)
