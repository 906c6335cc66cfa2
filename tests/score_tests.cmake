target_sources(unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/test_score_support.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_price.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_exclusions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_points.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_ranking.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_stages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_quantity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_lots.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_funding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_lot_allocation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_engine.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_rank_reversal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_sensitivity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_share_sweep.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_weight_draws.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_score_exact_path.cpp)
