# SPDX-License-Identifier: MIT
# The XLSX report: unit tests, and a recalculation of every example's workbook by LibreOffice
# compared with the engine (installs libreoffice-calc-nogui when missing).
target_sources(unit_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/test_report_xlsx.cpp)
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME xlsx.recalc
         COMMAND Python3::Interpreter "${CMAKE_CURRENT_SOURCE_DIR}/xlsx/check_xlsx_recalc.py"
                 "$<TARGET_FILE:tenderscore>" "${PROJECT_SOURCE_DIR}")
set_tests_properties(xlsx.recalc PROPERTIES TIMEOUT 900 LABELS xlsx)
