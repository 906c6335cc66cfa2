# SPDX-License-Identifier: MIT
# docs/FORMAT.md is written from schemas/ by scripts/format-doc: a schema change without its
# documentation fails here.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME docs.format
         COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/scripts/format-doc" --check)
