# SPDX-License-Identifier: MIT
# The HTML report of every example rendered in headless Chromium: fails on a blank page, a console
# message or a network request. Installs Debian's chromium when missing (as root, else sudo -n).
find_program(TENDERSCORE_PYTHON3 python3 REQUIRED)
add_test(NAME browser.html_report
         COMMAND "${TENDERSCORE_PYTHON3}" "${CMAKE_CURRENT_SOURCE_DIR}/browser/check_html_report.py"
                 "$<TARGET_FILE:tenderscore>" "${PROJECT_SOURCE_DIR}")
set_tests_properties(browser.html_report PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE LABELS browser)
