target_sources(tenderscore_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/engine.cpp
  ${CMAKE_CURRENT_LIST_DIR}/exclusions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/funding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lots.cpp
  ${CMAKE_CURRENT_LIST_DIR}/panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/points.cpp
  ${CMAKE_CURRENT_LIST_DIR}/measured.cpp
  ${CMAKE_CURRENT_LIST_DIR}/price.cpp
  ${CMAKE_CURRENT_LIST_DIR}/price_methods.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rank_reversal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ranking.cpp
  ${CMAKE_CURRENT_LIST_DIR}/robustness.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sensitivity.cpp
  ${CMAKE_CURRENT_LIST_DIR}/share_sweep.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/weight_draws.cpp)
